import Testing
@testable import LadderKit

@Suite struct DayTests {
    struct CivilEndCase: CustomTestStringConvertible, Sendable {
        let start: String, years: Int, end: String
        var testDescription: String { "\(start) + \(years)y → \(end)" }
    }

    @Test(arguments: [
        CivilEndCase(start: "2023-11-22", years: 3, end: "2026-11-22"),
        CivilEndCase(start: "2024-02-29", years: 3, end: "2027-02-28"),
        CivilEndCase(start: "2024-02-29", years: 4, end: "2028-02-29"),
        CivilEndCase(start: "2023-01-31", years: 1, end: "2024-01-31"),
        CivilEndCase(start: "2024-12-31", years: 1, end: "2025-12-31"),
        CivilEndCase(start: "1999-12-31", years: 1, end: "2000-12-31"),
    ])
    func civilCodeEnd(_ c: CivilEndCase) throws {
        let start = try #require(Day(iso: c.start))
        #expect(start.civilPeriodEnd(years: c.years).iso == c.end)
    }

    @Test func monthEndsClampToTheLastDay() throws {
        #expect(try #require(Day(iso: "2024-01-31")).civilPeriodEnd(months: 1).iso == "2024-02-29")
        #expect(try #require(Day(iso: "2023-01-31")).civilPeriodEnd(months: 1).iso == "2023-02-28")
        #expect(try #require(Day(iso: "2024-08-31")).civilPeriodEnd(months: 1).iso == "2024-09-30")
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "23-01-01", "2023/01/01", ""])
    func strictISORejects(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func ordinalRoundTrip() throws {
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(Day(iso: "2000-03-01")).ordinal == 11017)
        #expect(Day(ordinal: 20419).iso == "2025-11-27")
        #expect(try #require(Day(iso: "2024-02-28")).adding(days: 1).iso == "2024-02-29")
        #expect(try #require(Day(iso: "2024-12-31")).adding(days: 1).iso == "2025-01-01")
    }

    struct ParseCase: CustomTestStringConvertible, Sendable {
        let text: String, iso: String?
        var testDescription: String { "'\(text)' → \(iso ?? "nil")" }
    }

    @Test(arguments: [
        ParseCase(text: "2023-05-06", iso: "2023-05-06"),
        ParseCase(text: "2023/5/6", iso: "2023-05-06"),
        ParseCase(text: "2023.5.6", iso: "2023-05-06"),
        ParseCase(text: "2023年5月6日", iso: "2023-05-06"),
        ParseCase(text: "2023年5月6", iso: "2023-05-06"),
        ParseCase(text: "20230506", iso: "2023-05-06"),
        ParseCase(text: "２０２３－０５－０６", iso: "2023-05-06"),
        ParseCase(text: " 2023-05-06\u{3000}", iso: "2023-05-06"),
        ParseCase(text: "2023-02-29", iso: nil),
        ParseCase(text: "2023/5", iso: nil),
        ParseCase(text: "5/6/2023", iso: nil),
        ParseCase(text: "2023-05-06-01", iso: nil),
        ParseCase(text: "45231", iso: nil),
        ParseCase(text: "约2023年", iso: nil),
        ParseCase(text: "2023/5-6", iso: nil),
    ])
    func lenientParsing(_ c: ParseCase) {
        #expect(DayParser.parse(c.text)?.iso == c.iso)
    }
}
