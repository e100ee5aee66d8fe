import Testing
@testable import LadderKit

@Suite struct MomentTests {
    struct ParseCase: CustomTestStringConvertible, Sendable {
        let text: String, iso: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        ParseCase(text: "2025-01-05T10:00:00Z", iso: "2025-01-05T10:00:00.000000Z"),
        ParseCase(text: "2025-01-05T10:00:00.123456Z", iso: "2025-01-05T10:00:00.123456Z"),
        ParseCase(text: "2025-01-05T18:00+08:00", iso: "2025-01-05T10:00:00.000000Z"),
        // Without a zone: China time.
        ParseCase(text: "2025-01-05 18:00", iso: "2025-01-05T10:00:00.000000Z"),
        // A bare day: the last microsecond of that day in China.
        ParseCase(text: "2025-01-05", iso: "2025-01-05T15:59:59.999999Z"),
    ])
    func parsing(_ c: ParseCase) throws {
        let moment = try #require(Moment(parsing: c.text, defaultOffsetSeconds: ChinaTime.offsetSeconds))
        #expect(moment.iso == c.iso)
    }

    @Test(arguments: ["2025-01-05T25:00Z", "2025-01-05T10", "yesterday", "2025-01-05T10:00:00Zjunk"])
    func rejects(_ text: String) {
        #expect(Moment(parsing: text, defaultOffsetSeconds: 0) == nil)
    }

    @Test func dayInChina() throws {
        let lateUTC = try #require(Moment(parsing: "2025-12-31T16:30:00Z", defaultOffsetSeconds: 0))
        #expect(ChinaTime.day(of: lateUTC).iso == "2026-01-01")
    }
}
