/// The statistics of `Registry` (stats, series, cohort, funnel, expiring, lapsed) through the
/// seam: the same parameters, checks and derivation, so both engines give the same report.
extension ConnectedRegistry {
    /// As `Registry.stats`.
    public func stats(tier: Tier? = nil, by grouping: StatsGrouping = .tier, region: Region? = nil, asOf: Day,
                      knownAt: Moment? = nil) throws -> StatsReport {
        try statisticsRead { reads in
            try Registry.stats(reads, tier: tier, by: grouping, region: region, asOf: asOf, knownAt: knownAt)
        }
    }

    /// As `Registry.series`.
    public func series(tier: Tier, from: YearMonth, to: YearMonth, every step: SeriesStep = .month,
                       byCity: Bool = false, region: Region? = nil, endingOn: Day? = nil,
                       knownAt: Moment? = nil) throws -> SeriesReport {
        let periods = try Registry.seriesPeriods(from: from, to: to, every: step, byCity: byCity, region: region,
                                                 endingOn: endingOn)
        return try statisticsRead { reads in
            try Registry.series(reads, tier: tier, periods: periods, step: step, byCity: byCity, region: region,
                                knownAt: knownAt)
        }
    }

    /// As `Registry.cohort`.
    public func cohort(tier: Tier = .hnte, byCity: Bool = false, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> CohortReport {
        try Region.checkByCity(byCity, within: region)
        return try statisticsRead { reads in
            try Registry.cohort(reads, tier: tier, byCity: byCity, region: region, asOf: asOf, knownAt: knownAt)
        }
    }

    /// As `Registry.funnel`.
    public func funnel(from lower: Tier, to higher: Tier, withinYears: Int? = nil, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> FunnelReport {
        guard lower != higher else { throw StatisticsError.sameTier(lower) }
        return try statisticsRead { reads in
            try Registry.funnel(reads, from: lower, to: higher, withinYears: withinYears, region: region, asOf: asOf,
                                knownAt: knownAt)
        }
    }

    /// As `Registry.expiring`.
    public func expiring(tier: Tier? = nil, withinDays: Int? = 90, year: Int? = nil, region: Region? = nil, asOf: Day,
                         knownAt: Moment? = nil) throws -> ListingReport {
        try statisticsRead { reads in
            try Registry.expiring(reads, tier: tier, withinDays: withinDays, year: year, region: region, asOf: asOf,
                                  knownAt: knownAt)
        }
    }

    /// As `Registry.lapsed`.
    public func lapsed(tier: Tier? = nil, since: Day? = nil, pending: Bool = false, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> ListingReport {
        try statisticsRead { reads in
            try Registry.lapsed(reads, tier: tier, since: since, pending: pending, region: region, asOf: asOf,
                                knownAt: knownAt)
        }
    }
}
