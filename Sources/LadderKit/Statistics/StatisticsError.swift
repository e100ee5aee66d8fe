/// Why a statistics request cannot be answered as asked. Each message says what would work.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyRange(from: YearMonth, to: YearMonth)
    case noPeriodEnd(from: YearMonth, to: YearMonth, step: SeriesStep)
    case sameTier(Tier)
    case targetOutsideJiangxi(region: String)
    case noSQL(grouping: StatsGrouping)
    case byCityWithinRegion(region: String)

    public var description: String {
        switch self {
        case let .emptyRange(from, to):
            return "--from \(from) is after --to \(to); give the earlier month first"
        case let .noPeriodEnd(from, to, step):
            return "no \(step.rawValue) ends between \(from) and \(to); widen the range or count more often"
        case let .sameTier(tier):
            return "--from and --to are both \(tier.rawValue); a funnel goes from one tier to a higher one"
        case let .targetOutsideJiangxi(region):
            return "'\(region)' is not a Jiangxi region this tool knows; targets are set for the province (no --region), "
                + "a 设区市, a 县区 or ganjiang (赣江新区)"
        case let .noSQL(grouping):
            return "--print-sql is available with --tier and --by city or county, not --by \(grouping.rawValue)"
        case let .byCityWithinRegion(region):
            return "--by city splits the province into its cities, and \(region) is one region of its own; "
                + "leave out --by city, or count its counties with stats --by county"
        }
    }
}
