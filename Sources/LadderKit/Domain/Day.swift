/// A calendar day without time or zone: the unit of every effective date in the registry.
///
/// Stored as days since 1970-01-01 so comparisons and differences are integer operations;
/// rendered and persisted as ISO `YYYY-MM-DD` text, which sorts the same way.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil when the triple is not a real day (e.g. 2023-02-29) or the year is outside 1000...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses strict ISO `YYYY-MM-DD`; use `DayParser` for the spellings found in rosters.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]),
              let d = Day.number(bytes[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// Year, month and day (Howard Hinnant's civil_from_days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `YYYY-MM-DD`, written straight into the string's storage (this runs for every imported event).
    public var iso: String {
        let (y, m, d) = components
        return String(unsafeUninitializedCapacity: 10) { buffer in
            buffer[0] = UInt8(48 + y / 1000 % 10); buffer[1] = UInt8(48 + y / 100 % 10)
            buffer[2] = UInt8(48 + y / 10 % 10); buffer[3] = UInt8(48 + y % 10)
            buffer[4] = UInt8(ascii: "-")
            buffer[5] = UInt8(48 + m / 10); buffer[6] = UInt8(48 + m % 10)
            buffer[7] = UInt8(ascii: "-")
            buffer[8] = UInt8(48 + d / 10); buffer[9] = UInt8(48 + d % 10)
            return 10
        }
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// The end of a period of `years` years starting on this day, counted as the Civil Code
    /// (民法典 第二百零一、二百零二条) counts it: the start day is not counted, so the period
    /// ends on the corresponding day of the final year's month, or that month's last day when
    /// there is no corresponding day (2024-02-29 + 3 years → 2027-02-28).
    public func civilPeriodEnd(years: Int) -> Day {
        civilPeriodEnd(months: years * 12)
    }

    /// As `civilPeriodEnd(years:)`, for a period counted in months.
    public func civilPeriodEnd(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let year = total / 12, month = total % 12 + 1
        let day = min(d, Day.daysIn(month: month, year: year))
        return Day(ordinal: Day.ordinal(year: year, month: month, day: day))
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }
}

extension Day: CustomStringConvertible {
    public var description: String { iso }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a day in YYYY-MM-DD form")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
