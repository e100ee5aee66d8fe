import Testing
@testable import LadderKit

/// A cell's text as the importer reads it: full-width digits, letters and number punctuation to
/// ASCII, ideographic spaces and NBSP trimmed, everything else (the brackets of a name) kept.
@Suite struct CellTextTests {
    struct TextCase: CustomTestStringConvertible, Sendable {
        let raw: String
        let normalized: String
        var testDescription: String { raw.debugDescription }
    }

    @Test(arguments: [
        TextCase(raw: "９１３６０７２２ＭＡ３５Ｇ１ＹＫ７Ｒ", normalized: "91360722MA35G1YK7R"),
        TextCase(raw: "２０２３－０５－０６", normalized: "2023-05-06"),
        TextCase(raw: "２０２３．５．６", normalized: "2023.5.6"),
        TextCase(raw: "２０２３／５／６", normalized: "2023/5/6"),
        TextCase(raw: "１，２３４．５６", normalized: "1,234.56"),
        TextCase(raw: "＞５００", normalized: ">500"),
        TextCase(raw: "５００～６００", normalized: "500~600"),
        TextCase(raw: "１２％", normalized: "12%"),
        TextCase(raw: "\u{3000}信丰众城矿业有限公司\u{3000}", normalized: "信丰众城矿业有限公司"),
        TextCase(raw: "\u{00A0}85 ", normalized: "85"),
        TextCase(raw: "江西铜业（集团）有限公司", normalized: "江西铜业（集团）有限公司"),
        TextCase(raw: "中国（江西）检测认证有限公司；分公司", normalized: "中国（江西）检测认证有限公司；分公司"),
        TextCase(raw: "GR202336000123", normalized: "GR202336000123"),
        TextCase(raw: "", normalized: ""),
    ])
    func normalizes(_ c: TextCase) {
        #expect(CellText.normalize(c.raw) == c.normalized)
    }
}
