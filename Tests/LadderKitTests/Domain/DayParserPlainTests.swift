import Testing
@testable import LadderKit

/// A CSV cell's day read from its bytes (`DayParser.plainDay(bytes:)`): the usual 2023-05-06 by
/// its fixed places, everything else by the general loop, with the same answers.
@Suite struct DayParserPlainTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let day: Day?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "2023-05-06", day: Day(year: 2023, month: 5, day: 6)),
        Case(text: "1000-01-01", day: Day(year: 1000, month: 1, day: 1)),
        Case(text: "9999-12-31", day: Day(year: 9999, month: 12, day: 31)),
        Case(text: "0999-12-31", day: nil),   // a year before 1000
        Case(text: "2023-02-29", day: nil),   // no such day
        Case(text: "2024-02-29", day: Day(year: 2024, month: 2, day: 29)),
        Case(text: "2023-13-01", day: nil),
        Case(text: "2023-0a-06", day: nil),   // a letter where a digit goes
        Case(text: "2023/05/06", day: Day(year: 2023, month: 5, day: 6)),
        Case(text: "2023-5-06", day: Day(year: 2023, month: 5, day: 6)),
        Case(text: "2023-05-6", day: Day(year: 2023, month: 5, day: 6)),
        Case(text: "2023-05/06", day: nil),   // two separators
        Case(text: "20230506", day: Day(year: 2023, month: 5, day: 6)),
        Case(text: "2023-05-06 ", day: nil),  // eleven bytes: left to the text
    ])
    func readsTheBytes(_ c: Case) {
        #expect(Array(c.text.utf8).withUnsafeBufferPointer(DayParser.plainDay(bytes:)) == c.day)
    }
}
