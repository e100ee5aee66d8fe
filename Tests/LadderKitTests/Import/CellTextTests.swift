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

extension CellTextTests {
    /// Workbook numbers as Excel shows them: 15 significant digits.
    @Test(arguments: [
        TextCase(raw: "1358.0160000000001", normalized: "1358.016"),
        TextCase(raw: "0.30000000000000004", normalized: "0.3"),
        TextCase(raw: "1234.5599999999999", normalized: "1234.56"),
        TextCase(raw: "-12.500000000000002", normalized: "-12.5"),
        TextCase(raw: "99999.999999999999", normalized: "100000"),
        TextCase(raw: "120.00000000000001", normalized: "120"),
        TextCase(raw: "9472.38", normalized: "9472.38"),
        TextCase(raw: "123456789012.345", normalized: "123456789012.345"),
        TextCase(raw: "45052", normalized: "45052"),
        TextCase(raw: "913609021234567883", normalized: "913609021234567883"),
        TextCase(raw: "9.1360902123456794E+17", normalized: "9.1360902123456794E+17"),
        TextCase(raw: "1.0000000000000001E-3", normalized: "1.0000000000000001E-3"),
    ])
    func workbookNumbers(_ c: TextCase) {
        #expect(CellText.of(.number(c.raw)) == c.normalized)
    }
}
