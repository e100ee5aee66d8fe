import Testing
@testable import LadderKit

/// The bigram index's text of a name, made from its bytes at once, is its pairs joined by spaces.
@Suite struct NameKeyPairTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let key: String
        let text: String
        var testDescription: String { key.isEmpty ? "(empty)" : key }
    }

    static let cases = [
        Case(key: "", text: ""),
        Case(key: "江", text: ""),
        Case(key: "江西", text: "江西"),
        Case(key: "江西铜业", text: "江西 西铜 铜业"),
        Case(key: "ab", text: "ab"),
        Case(key: "A(集团)", text: "A( (集 集团 团)"),
        Case(key: "𠀀江", text: "𠀀江"),  // a scalar of four bytes
    ]

    @Test(arguments: cases) func pairTextIsThePairsJoinedBySpaces(_ c: Case) {
        #expect(NameKey.pairText(of: c.key) == c.text)
        #expect(NameKey.pairText(of: c.key) == NameKey.pairs(of: c.key).joined(separator: " "))
    }
}
