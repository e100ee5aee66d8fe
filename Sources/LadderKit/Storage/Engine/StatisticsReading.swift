/// The statistics a registry answers, whichever engine holds it: `Registry` (SQLite) and
/// `ConnectedRegistry` (PostgreSQL, through the seam) both do, with the same reports. The
/// command line picks the engine from the registry's address and calls these.
public protocol StatisticsReading {
    func firstRecordedAt() throws -> Moment?
    func stats(tier: Tier?, by grouping: StatsGrouping, region: Region?, asOf: Day, knownAt: Moment?) throws -> StatsReport
    func series(tier: Tier, from: YearMonth, to: YearMonth, every step: SeriesStep, byCity: Bool, region: Region?,
                endingOn: Day?, knownAt: Moment?) throws -> SeriesReport
    func cohort(tier: Tier, byCity: Bool, region: Region?, asOf: Day, knownAt: Moment?) throws -> CohortReport
    func funnel(from lower: Tier, to higher: Tier, withinYears: Int?, region: Region?, asOf: Day,
                knownAt: Moment?) throws -> FunnelReport
    func expiring(tier: Tier?, withinDays: Int?, year: Int?, region: Region?, asOf: Day,
                  knownAt: Moment?) throws -> ListingReport
    func lapsed(tier: Tier?, since: Day?, pending: Bool, region: Region?, asOf: Day, knownAt: Moment?) throws -> ListingReport
}

extension Registry: StatisticsReading {}
extension ConnectedRegistry: StatisticsReading {}
