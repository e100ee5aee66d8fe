/// An instant in UTC with microsecond precision: when an event was recorded (transaction time).
///
/// Persisted as fixed-width ISO text (`2026-11-29T09:12:33.123456Z`) so that text order is time
/// order and `known at` filters are plain string comparisons in SQL.
public struct Moment: Hashable, Comparable, Sendable {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public let microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    public init(secondsSince1970 seconds: Double) {
        microseconds = Int64((seconds * 1_000_000).rounded(.down))
    }

    /// The first instant of `day` in a zone `offsetSeconds` east of UTC.
    public init(startOf day: Day, offsetSeconds: Int) {
        microseconds = (Int64(day.ordinal) * 86_400 - Int64(offsetSeconds)) * 1_000_000
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.microseconds < rhs.microseconds }

    public func adding(microseconds delta: Int64) -> Moment { Moment(microseconds: microseconds + delta) }

    /// The calendar day of this instant in a zone `offsetSeconds` east of UTC.
    public func day(offsetSeconds: Int) -> Day {
        let local = microseconds + Int64(offsetSeconds) * 1_000_000
        let days = local >= 0 ? local / 86_400_000_000 : (local - 86_399_999_999) / 86_400_000_000
        return Day(ordinal: Int(days))
    }

    /// Fixed-width `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    public var iso: String {
        let day = self.day(offsetSeconds: 0)
        var rest = microseconds - Int64(day.ordinal) * 86_400_000_000
        let micros = rest % 1_000_000; rest /= 1_000_000
        let s = rest % 60; rest /= 60
        let m = rest % 60; let h = rest / 60
        return day.iso + "T" + Moment.pad(h, 2) + ":" + Moment.pad(m, 2) + ":" + Moment.pad(s, 2)
            + "." + Moment.pad(micros, 6) + "Z"
    }

    /// Parses the stored form and the common ISO spellings with a `Z` or `±HH:MM` suffix.
    /// Text without a zone is read in the zone `defaultOffsetSeconds` east of UTC; a bare day
    /// means the *end* of that day there (everything recorded on that day is known).
    public init?(parsing text: String, defaultOffsetSeconds: Int) {
        var text = text
        if let stored = text.withUTF8({ Moment(storedBytes: UnsafeRawBufferPointer($0)) }) {
            self = stored
            return
        }
        let t = text.trimmingSpaces()
        if let day = Day(iso: t) {
            self = Moment(startOf: day.adding(days: 1), offsetSeconds: defaultOffsetSeconds).adding(microseconds: -1)
            return
        }
        let bytes = Array(t.utf8)
        guard bytes.count >= 16, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        var i = 11
        func digits(_ n: Int) -> Int? {
            guard i + n <= bytes.count else { return nil }
            var v = 0
            for b in bytes[i..<(i + n)] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            i += n
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard i < bytes.count, bytes[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard let h = digits(2), h < 24, expect(":"), let mi = digits(2), mi < 60 else { return nil }
        var sec = 0, micros: Int64 = 0
        if expect(":") {
            guard let s = digits(2), s < 60 else { return nil }
            sec = s
            if expect(".") {
                var scale: Int64 = 100_000
                var any = false
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                    micros += Int64(bytes[i] - 48) * scale
                    scale /= 10
                    i += 1
                    any = true
                }
                guard any else { return nil }
            }
        }
        var offset = defaultOffsetSeconds
        if i < bytes.count {
            if expect("Z") {
                offset = 0
            } else if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                let sign = bytes[i] == UInt8(ascii: "+") ? 1 : -1
                i += 1
                guard let oh = digits(2) else { return nil }
                _ = expect(":")
                guard let om = digits(2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard i == bytes.count else { return nil }
        let seconds = Int64(day.ordinal) * 86_400 + Int64(h * 3600 + mi * 60 + sec) - Int64(offset)
        microseconds = seconds * 1_000_000 + micros
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Moment: CustomStringConvertible {
    public var description: String { iso }
}

extension Moment: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let moment = Moment(parsing: text, defaultOffsetSeconds: 0) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO time")
        }
        self = moment
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
