import Testing
@testable import LadderKit

@Suite struct ExcelNumberTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let raw: String, shown: String
        var testDescription: String { "\(raw) → \(shown)" }
    }

    @Test(arguments: [
        Case(raw: "583.8200000000001", shown: "583.82"),
        Case(raw: "0.30000000000000004", shown: "0.3"),
        Case(raw: "2545.19", shown: "2545.19"),
        Case(raw: "256", shown: "256"),
        Case(raw: "1.5E-3", shown: "0.0015"),
        Case(raw: "9.13601E+17", shown: "913601000000000000"),
        Case(raw: "99.999999999999999", shown: "100"),
        Case(raw: "-12.50", shown: "-12.5"),
        Case(raw: "0", shown: "0"),
        Case(raw: "45231", shown: "45231"),
    ])
    func shownAsExcelShowsIt(_ c: Case) {
        #expect(ExcelNumber.displayText(c.raw) == c.shown)
    }
}
