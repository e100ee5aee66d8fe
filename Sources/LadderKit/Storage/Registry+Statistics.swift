import GRDB

/// Counts of valid qualifications on a day, and their course over time.
extension Registry {
    /// How many firms validly hold `tier` (any tier, when nil) on `asOf`, from the events recorded
    /// by `knownAt` (all, when nil), grouped by `grouping`; only the firms in `region` on `asOf`,
    /// when given (within a region smaller than the province, `.city` groups by county: the level below).
    public func stats(tier: Tier? = nil, by grouping: StatsGrouping = .tier, region: Region? = nil, asOf: Day,
                      knownAt: Moment? = nil) throws -> StatsReport {
        try statisticsReads { reads in
            try Registry.stats(reads, tier: tier, by: grouping, region: region, asOf: asOf,
                               knownAt: knownAt)
        }
    }

    /// `stats` from `reads`, under the policy in force at `knownAt`.
    static func stats(_ reads: some StatisticsReads, tier: Tier?, by grouping: StatsGrouping, region: Region?, asOf: Day,
                      knownAt: Moment?) throws -> StatsReport {
        try stats(reads, policy: reads.policy(knownAt: knownAt), tier: tier, by: grouping, region: region, asOf: asOf,
                  knownAt: knownAt)
    }

    /// `stats` under a given policy.
    static func stats(_ db: Database, policy: Policy, tier: Tier?, by grouping: StatsGrouping, region: Region? = nil,
                      asOf: Day, knownAt: Moment?) throws -> StatsReport {
        try stats(SQLiteStatisticsReads(db: db), policy: policy, tier: tier, by: grouping, region: region, asOf: asOf,
                  knownAt: knownAt)
    }

    static func stats(_ reads: some StatisticsReads, policy: Policy, tier: Tier?, by grouping: StatsGrouping,
                      region: Region? = nil, asOf: Day, knownAt: Moment?) throws -> StatsReport {
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        // Positions need every tier; a count of one tier by place or field needs only that tier.
        let tiers = (tier != nil && grouping != .tier && grouping != .position) ? [tier!] : Tier.allCases
        var holdings: [Tier: Holdings] = [:]
        for t in tiers {
            holdings[t] = try Registry.holdings(reads, tier: t, on: asOf, rule: rule, corrections: corrections,
                                                knownAt: knownAt, region: region)
        }
        var fields: [Int64: String] = [:]
        if grouping == .field {
            var firms: [Int64] = []
            FirmVisitor(holdings: holdings, tier: tier, positions: false).forEach { firm, _, _ in firms.append(firm) }
            fields = try reads.fields(firms: firms, knownAt: knownAt)
        }
        return StatsReport(asOf: asOf, knownAt: knownAt, policy: policy, tier: tier, grouping: grouping, region: region,
                           holdings: holdings, fields: fields)
    }

    /// How many firms validly held `tier` on the last day of each month, quarter or year whose month
    /// lies in `from...to`, from one read of the grants that can be valid in that span.
    /// `endingOn`: a day within the last period at which that period's point is taken instead of
    /// the period's end (a trend drawn up to a report's as-of day ends on that day's figure).
    /// `region`: only the firms in it on each period's day (by city only for the province).
    public func series(tier: Tier, from: YearMonth, to: YearMonth, every step: SeriesStep = .month,
                       byCity: Bool = false, region: Region? = nil, endingOn: Day? = nil,
                       knownAt: Moment? = nil) throws -> SeriesReport {
        let periods = try Registry.seriesPeriods(from: from, to: to, every: step, byCity: byCity, region: region,
                                                 endingOn: endingOn)
        return try statisticsReads { reads in
            try Registry.series(reads, tier: tier, periods: periods, step: step, byCity: byCity,
                                region: region, knownAt: knownAt)
        }
    }

    /// The periods of a series, checked: the last one ends on `endingOn` when that falls within it.
    static func seriesPeriods(from: YearMonth, to: YearMonth, every step: SeriesStep, byCity: Bool, region: Region?,
                              endingOn: Day?) throws -> [(label: String, end: Day)] {
        guard from <= to else { throw StatisticsError.emptyRange(from: from, to: to) }
        try Region.checkByCity(byCity, within: region)
        var periods = step.periods(from: from, to: to)
        guard !periods.isEmpty else { throw StatisticsError.noPeriodEnd(from: from, to: to, step: step) }
        if let endingOn, let last = periods.last, endingOn < last.end {
            periods[periods.count - 1] = (last.label, endingOn)
        }
        return periods
    }

    /// `series` from `reads`, under the policy in force at `knownAt`.
    static func series(_ reads: some StatisticsReads, tier: Tier, periods: [(label: String, end: Day)], step: SeriesStep,
                       byCity: Bool, region: Region?, knownAt: Moment?) throws -> SeriesReport {
        try series(reads, policy: reads.policy(knownAt: knownAt), tier: tier, periods: periods, step: step, byCity: byCity,
                   region: region, knownAt: knownAt)
    }

    /// `series` under a given policy, for periods already worked out.
    static func series(_ reads: some StatisticsReads, policy: Policy, tier: Tier, periods: [(label: String, end: Day)],
                       step: SeriesStep, byCity: Bool, region: Region? = nil, knownAt: Moment?) throws -> SeriesReport {
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        let days = periods.map(\.end)
        let bounds = CandidateBounds(tier: tier, first: days.first!, last: days.last!, rule: rule)
        var records: [GrantRecord] = []
        try reads.forEachGrant(bounds: bounds, knownAt: knownAt) { records.append($0) }
        let sweep = SeriesSweep(days: days, records: records, rule: rule, corrections: corrections)
        return SeriesReport(tier: tier, step: step, byCity: byCity, region: region, knownAt: knownAt, policy: policy,
                            periods: periods, sweep: sweep)
    }

    /// The SQL for the sqlite3 CLI that makes the same count as `stats(tier:by:asOf:knownAt:)` with a
    /// tier, by city or county: to check a figure by hand, and for benchmarks.
    public func statsSQL(tier: Tier, by grouping: StatsGrouping, region: Region? = nil, asOf: Day,
                         knownAt: Moment? = nil) throws -> String {
        guard grouping == .city || grouping == .county else { throw StatisticsError.noSQL(grouping: grouping) }
        return try statisticsRead { db in
            try Registry.statsSQL(db, policy: Registry.policy(db, knownAt: knownAt), tier: tier, by: grouping,
                                  region: region, asOf: asOf, knownAt: knownAt)
        }
    }

    /// `statsSQL` under a given policy.
    static func statsSQL(_ db: Database, policy: Policy, tier: Tier, by grouping: StatsGrouping, region: Region? = nil,
                         asOf: Day, knownAt: Moment?) throws -> String {
        let bounds = CandidateBounds(tier: tier, first: asOf, last: asOf,
                                     rule: try Registry.termRule(db, policy: policy, knownAt: knownAt))
        return StatsSQL.statement(tier: tier, grouping: grouping, region: region, asOf: asOf, knownAt: knownAt, policy: policy,
                                  bounds: bounds, cacheYears: try Registry.cacheYears(db, bounds),
                                  mark: try Registry.grantPlaceMark(db))
    }

    /// The firms validly holding `tier` on `day` (in `region` that day, when given).
    static func holdings(_ reads: some StatisticsReads, tier: Tier, on day: Day, rule: TermRule, corrections: Corrections,
                         knownAt: Moment?, region: Region? = nil) throws -> Holdings {
        let bounds = CandidateBounds(tier: tier, first: day, last: day, rule: rule)
        var holdings = Holdings(tier: tier, day: day, maxFirm: try reads.maxFirmID(), rule: rule, corrections: corrections,
                                region: region)
        try reads.forEachGrant(bounds: bounds, knownAt: knownAt) { holdings.add($0) }
        holdings.finish()
        return holdings
    }

    /// Each firm's 技术领域 as known at `knownAt`, for the firms given (absent when not entered).
    static func fields(_ db: Database, firms: [Int64], knownAt: Moment?) throws -> [Int64: String] {
        var fields: [Int64: String] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.field FROM json_each(?) j JOIN enterprise e ON e.id = j.value WHERE e.field IS NOT NULL
            """, arguments: [jsonArray(firms)])
        while let row = try rows.next() { fields[row[0]] = row[1] }
        let wanted = Set(firms)
        for (firm, correction) in try profileCorrections(db, knownAt: knownAt) where wanted.contains(firm) {
            if let field = correction.field { fields[firm] = field }
        }
        return fields
    }

    /// `[1,2,3]`: ids passed as one argument to `json_each`, instead of thousands of placeholders.
    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
