import Testing
@testable import LadderKit

/// Names lowered for comparing (ASCII letters in either case): the same as `lowercased()`,
/// whether or not the name is all Chinese and ASCII.
@Suite struct FindLoweredTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let lowered: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "Chinese only", text: "上饶升精机电科技有限公司", lowered: "上饶升精机电科技有限公司"),
        Case(name: "ASCII capitals", text: "ABC科技(南昌)有限公司", lowered: "abc科技(南昌)有限公司"),
        Case(name: "ASCII without capitals", text: "abc-123[江西]", lowered: "abc-123[江西]"),
        Case(name: "Z and @ around the capitals", text: "@Z[", lowered: "@z["),
        Case(name: "full-width capitals", text: "ＡＢＣ科技", lowered: "ａｂｃ科技"),
        Case(name: "Greek capitals", text: "ΑΒΓ公司", lowered: "αβγ公司"),
        Case(name: "Roman numeral", text: "Ⅱ期科技", lowered: "ⅱ期科技"),
        Case(name: "empty", text: "", lowered: ""),
    ]

    @Test(arguments: cases)
    func lowersAsLowercased(_ c: Case) {
        #expect(Registry.lowered(c.text) == c.lowered)
        #expect(Registry.lowered(c.text) == c.text.lowercased())
    }
}
