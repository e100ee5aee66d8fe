import Testing
@testable import LadderKit

/// `containsText` compares UTF-8 bytes; the needle's first byte is found with memchr, so matches
/// at either end, false starts and a needle longer than the text are its edges.
@Suite struct StringContainsTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let needle: String
        let found: Bool
        var testDescription: String { "'\(text)' \(found ? "holds" : "lacks") '\(needle)'" }
    }

    @Test(arguments: [
        Case(text: "赣州正泽医疗器械有限公司", needle: "\u{FFFD}", found: false),
        Case(text: "赣州\u{FFFD}有限公司", needle: "\u{FFFD}", found: true),
        // （ is EF BC 88: it shares U+FFFD's first byte (EF) and nothing else.
        Case(text: "江西铜业（集团）有限公司", needle: "\u{FFFD}", found: false),
        Case(text: "南昌市赣江新区", needle: "赣江新区", found: true),
        Case(text: "赣江新区南昌", needle: "赣江新区", found: true),
        Case(text: "赣江新", needle: "赣江新区", found: false),
        Case(text: "aab", needle: "ab", found: true),
        Case(text: "aaa", needle: "ab", found: false),
        Case(text: "aba", needle: "ab", found: true),
        Case(text: "ba", needle: "ab", found: false),
        Case(text: "abc", needle: "", found: true),
        Case(text: "", needle: "a", found: false),
        Case(text: "", needle: "", found: true),
    ])
    func containsText(_ c: Case) {
        #expect(c.text.containsText(c.needle) == c.found)
        #expect(Substring(c.text).containsText(c.needle) == c.found)
    }
}
