import Testing
@testable import LadderKit

/// The limits of a page number line (`TitledTableReader.isPageNumber`, which stops reading at the
/// first scalar that rules it out) and footers that begin with a character no footer word begins with.
@Suite struct PageNumberBoundaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let page: Bool
        let footer: Bool
        var testDescription: String { text }
    }

    static let cases = [
        Case(text: "1234", page: true, footer: false),        // one number: at most four digits
        Case(text: "12345", page: false, footer: false),
        Case(text: "1234/5678", page: true, footer: false),   // two numbers: at most eight digits
        Case(text: "1234/56789", page: false, footer: false),
        Case(text: "1/2/3", page: false, footer: false),      // at most two numbers
        Case(text: "第3页，共9页", page: false, footer: false),  // a full-width comma is not page furniture
        Case(text: "－3－", page: false, footer: false),        // nor a full-width hyphen
        Case(text: "— 3 —", page: true, footer: false),
        Case(text: "", page: false, footer: false),
        Case(text: "9136010212345678XY", page: false, footer: false),
        Case(text: "审核人：李四", page: false, footer: true),
        Case(text: "审核通过企业名单", page: false, footer: false),
    ]

    @Test(arguments: cases) func pageNumbersAndFooters(_ c: Case) {
        #expect(TitledTableReader.isPageNumber(c.text) == c.page)
        #expect(TitledTableReader.isFooter(c.text) == c.footer)
    }
}
