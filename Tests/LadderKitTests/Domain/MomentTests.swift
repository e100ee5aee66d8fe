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

    /// The stored form read from its bytes: 2024-03-01T00:00:00Z is 1,709,251,200 s after 1970.
    @Test func storedBytes() throws {
        func stored(_ text: String) -> Moment? {
            var text = text
            return text.withUTF8 { Moment(storedBytes: UnsafeRawBufferPointer($0)) }
        }
        #expect(stored("2024-02-29T23:59:59.999999Z")?.microseconds == 1_709_251_199_999_999)
        #expect(stored("1970-01-02T00:00:01.000001Z")?.microseconds == 86_401_000_001)
        // Another spelling is left to the general parser, which reads it.
        #expect(stored(" 2024-02-29T23:59:59.999999Z") == nil)
        #expect(Moment(parsing: " 2024-02-29T23:59:59.999999Z", defaultOffsetSeconds: 0)?.microseconds
            == 1_709_251_199_999_999)
    }

    @Test(arguments: ["2023-02-29T10:00:00.000000Z", "2025-01-05T24:00:00.000000Z", "2025-01-05T10:60:00.000000Z",
                      "2025-01-05T10:00:60.000000Z", "2025-01-05T10:00:00.00000aZ"])
    func storedFormRejects(_ text: String) {
        var bytes = text
        #expect(bytes.withUTF8 { Moment(storedBytes: UnsafeRawBufferPointer($0)) } == nil)
        #expect(Moment(parsing: text, defaultOffsetSeconds: 0) == nil)
    }

    @Test func dayInChina() throws {
        let lateUTC = try #require(Moment(parsing: "2025-12-31T16:30:00Z", defaultOffsetSeconds: 0))
        #expect(ChinaTime.day(of: lateUTC).iso == "2026-01-01")
    }
}
