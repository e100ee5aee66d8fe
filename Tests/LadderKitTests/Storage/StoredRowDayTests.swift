import Testing
@testable import LadderKit

/// A column read as a day: `YYYY-MM-DD` text only, a real day only.
@Suite struct StoredRowDayTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: StoredValue
        let day: Day?
        var testDescription: String { "\(value)" }
    }

    static let cases = [
        Case(value: .text("2024-02-29"), day: Day(year: 2024, month: 2, day: 29)),
        Case(value: .text("1999-12-31"), day: Day(ordinal: 10956)),
        Case(value: .text("2023-02-29"), day: nil),
        Case(value: .text("2024-2-29"), day: nil),
        Case(value: .text("2024-02-29 "), day: nil),
        Case(value: .text("２０２４-02-29"), day: nil),
        Case(value: .integer(20_240_229), day: nil),
        Case(value: .null, day: nil),
    ]

    @Test(arguments: cases)
    func readAsADay(_ c: Case) {
        #expect(StoredRow([c.value]).day(0) == c.day)
    }
}
