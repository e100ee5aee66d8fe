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
    ])
    func civilCodeEnd(_ c: CivilEndCase) throws {
        let start = try #require(Day(iso: c.start))
        #expect(start.civilPeriodEnd(years: c.years).iso == c.end)
    }
}
