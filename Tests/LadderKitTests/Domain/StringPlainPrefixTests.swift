import Testing
@testable import LadderKit

/// `firstPlainPrefix` answers as `hasPrefix` does: from the bytes for ASCII and CJK ideographs,
/// through `hasPrefix` when a character could be more than its bytes say.
@Suite struct StringPlainPrefixTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let prefix: String
        let starts: Bool
        var testDescription: String { "'\(text)' \(starts ? "starts" : "does not start") with '\(prefix)'" }
    }

    @Test(arguments: [
        Case(text: "新材料", prefix: "新材料", starts: true),
        Case(text: "新材料/高分子", prefix: "新材料", starts: true),
        Case(text: "新材", prefix: "新材料", starts: false),
        Case(text: "电子信息", prefix: "新材料", starts: false),
        // 一 (U+4E00) and 鿿 (U+9FFF): the ends of the plain range.
        Case(text: "一鿿", prefix: "一", starts: true),
        Case(text: "abc", prefix: "", starts: true),
        Case(text: "", prefix: "a", starts: false),
        // A combining accent joins 料 into another character: not the prefix, though the bytes are.
        Case(text: "新材料\u{301}", prefix: "新材料", starts: false),
        Case(text: "e\u{301}x", prefix: "e", starts: false),
        // U+F900 is canonically U+8C48: the same character, different bytes.
        Case(text: "\u{F900}材", prefix: "\u{8C48}", starts: true),
        // U+3400 lies below the plain range: left to hasPrefix, which agrees with the bytes.
        Case(text: "\u{3400}材", prefix: "\u{3400}", starts: true),
    ])
    func plainPrefix(_ c: Case) {
        #expect(c.text.firstPlainPrefix(among: [c.prefix]) == (c.starts ? c.prefix : nil))
        #expect(c.text.hasPrefix(c.prefix) == c.starts)
    }

    /// The first prefix in the list's order that the text starts with, not the longest; nil for none.
    @Test func firstOfSeveral() {
        #expect("新材料/高分子".firstPlainPrefix(among: ["电子信息", "新材", "新材料"]) == "新材")
        #expect("新材料".firstPlainPrefix(among: ["电子信息", "新材料/高分子"]) == nil)
        #expect("新材料\u{301}".firstPlainPrefix(among: ["新材料\u{301}", "新材料"]) == "新材料\u{301}")
        #expect("新材料".firstPlainPrefix(among: []) == nil)
    }
}
