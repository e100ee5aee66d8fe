import Testing
@testable import LadderKit

@Suite struct BeijingTimeTests {
    struct StampCase: CustomTestStringConvertible, Sendable {
        let utc: String, beijing: String
        var testDescription: String { utc }
    }

    // Each expected stamp is the UTC instant plus 8 hours, worked out by hand; seconds are dropped, never rounded.
    @Test(arguments: [
        StampCase(utc: "2026-12-05T11:07:00Z", beijing: "2026-12-05 19:07"),
        StampCase(utc: "2026-12-05T11:07:59.999999Z", beijing: "2026-12-05 19:07"),
        // 16:00 UTC is midnight in Beijing: the next day begins.
        StampCase(utc: "2026-12-05T15:59:59Z", beijing: "2026-12-05 23:59"),
        StampCase(utc: "2026-12-05T16:00:00Z", beijing: "2026-12-06 00:00"),
        // Across the new year, and across the end of February in a leap year.
        StampCase(utc: "2026-12-31T16:30:00Z", beijing: "2027-01-01 00:30"),
        StampCase(utc: "2028-02-28T20:15:00Z", beijing: "2028-02-29 04:15"),
        // Before 1970 (negative microseconds) the same rule holds.
        StampCase(utc: "1969-12-31T20:00:00Z", beijing: "1970-01-01 04:00"),
    ])
    func stamp(_ c: StampCase) throws {
        let moment = try #require(Moment(parsing: c.utc, defaultOffsetSeconds: 0))
        #expect(BeijingTime.stamp(moment) == c.beijing)
    }

    // With seconds (the report's and the pages' "known at"), still never rounded up.
    @Test(arguments: [
        StampCase(utc: "2025-07-01T02:15:00Z", beijing: "2025-07-01 10:15:00"),
        StampCase(utc: "2025-06-30T16:00:00Z", beijing: "2025-07-01 00:00:00"),
        StampCase(utc: "2025-06-30T15:59:59.999999Z", beijing: "2025-06-30 23:59:59"),
        StampCase(utc: "1969-12-31T23:00:00Z", beijing: "1970-01-01 07:00:00"),
    ])
    func stampWithSeconds(_ c: StampCase) throws {
        let moment = try #require(Moment(parsing: c.utc, defaultOffsetSeconds: 0))
        #expect(BeijingTime.stamp(moment, seconds: true) == c.beijing)
    }
}
