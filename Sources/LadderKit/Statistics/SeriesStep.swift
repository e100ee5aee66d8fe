/// How often `ladder series` counts: on the last day of each month, quarter or year.
public enum SeriesStep: String, CaseIterable, Sendable {
    case month, quarter, year

    /// The period ends whose month lies in `from...to`, with their labels (`2024-03`, `2024Q1`, `2024`).
    public func periods(from: YearMonth, to: YearMonth) -> [(label: String, end: Day)] {
        var periods: [(String, Day)] = []
        var month = from
        while month <= to {
            switch self {
            case .month: periods.append((month.description, month.lastDay))
            case .quarter where month.month % 3 == 0:
                periods.append(("\(month.year)Q\(month.month / 3)", month.lastDay))
            case .year where month.month == 12: periods.append((String(month.year), month.lastDay))
            default: break
            }
            month = month.next()
        }
        return periods
    }
}
