/// A calendar month, `YYYY-MM`: the unit `ladder series` ranges over.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `2024-03` (also `2024/3`, `2024.3`, `2024年3月`).
    public init?(parsing text: String) {
        let parts = text.trimmingSpaces().split(whereSeparator: { "-/.年月".contains($0) })
        guard parts.count == 2, parts[0].count == 4, parts[1].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    public var description: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    func next() -> YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)! }
}
