/// Why a statistics request cannot be answered as asked. Each message says what would work.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyRange(from: YearMonth, to: YearMonth)
    case noPeriodEnd(from: YearMonth, to: YearMonth, step: SeriesStep)
    case sameTier(Tier)
    case targetOutsideJiangxi(region: String)
    case noSQL(grouping: StatsGrouping)
    case byCityWithinRegion(region: String)

    public var description: String {
        typealias T = RequestErrorText
        switch self {
        case let .emptyRange(from, to): return T.emptyRange.text(["from": from, "to": to])
        case let .noPeriodEnd(from, to, step): return T.noPeriodEnd.text(["step": step.rawValue, "from": from, "to": to])
        case let .sameTier(tier): return T.sameTier.text(["tier": tier.rawValue])
        case let .targetOutsideJiangxi(region): return T.targetOutsideJiangxi.text(["region": region])
        case let .noSQL(grouping): return T.noSQL.text(["grouping": grouping.rawValue])
        case let .byCityWithinRegion(region): return T.byCityWithinRegion.text(["region": region])
        }
    }
}
