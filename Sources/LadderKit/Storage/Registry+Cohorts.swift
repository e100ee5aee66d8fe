import GRDB

/// Reports that follow whole chains of qualifications: cohorts by year of issue, funnels between tiers.
extension Registry {
    /// What became, by `asOf`, of the qualifications of `tier` issued in each year: still valid,
    /// revoked, or ended and then re-certified, lapsed or pending. `region`: only the
    /// qualifications of firms in it on the day they started (where `byCity` places them).
    public func cohort(tier: Tier = .hnte, byCity: Bool = false, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> CohortReport {
        try Region.checkByCity(byCity, within: region)
        return try statisticsReads { reads in
            try Registry.cohort(reads, tier: tier, byCity: byCity, region: region, asOf: asOf,
                                knownAt: knownAt)
        }
    }

    /// `cohort` from `reads`.
    static func cohort(_ reads: some StatisticsReads, tier: Tier, byCity: Bool, region: Region?, asOf: Day,
                       knownAt: Moment?) throws -> CohortReport {
        let policy = try reads.policy(knownAt: knownAt)
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        let history = try Registry.tierHistory(reads, tier: tier, through: asOf, rule: rule, corrections: corrections,
                                               knownAt: knownAt)
        return CohortReport(history: history, byCity: byCity, region: region, asOf: asOf, knownAt: knownAt, policy: policy,
                            statistics: policy.statistics, corrections: corrections)
    }

    /// Of the firms whose first `lower` qualification started in each year, how many had a `higher`
    /// one start on or after that day (within `withinYears`, when given) by `asOf`. `region`: only
    /// the firms in it on the day their first `lower` qualification started (the day they entered).
    public func funnel(from lower: Tier, to higher: Tier, withinYears: Int? = nil, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> FunnelReport {
        guard lower != higher else { throw StatisticsError.sameTier(lower) }
        return try statisticsReads { reads in
            try Registry.funnel(reads, from: lower, to: higher, withinYears: withinYears,
                                region: region, asOf: asOf, knownAt: knownAt)
        }
    }

    /// `funnel` from `reads`.
    static func funnel(_ reads: some StatisticsReads, from lower: Tier, to higher: Tier, withinYears: Int?, region: Region?,
                       asOf: Day, knownAt: Moment?) throws -> FunnelReport {
        let policy = try reads.policy(knownAt: knownAt)
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        let from = try Registry.tierHistory(reads, tier: lower, through: asOf, rule: rule, corrections: corrections,
                                            knownAt: knownAt)
        let to = try Registry.tierHistory(reads, tier: higher, through: asOf, rule: rule, corrections: corrections,
                                          knownAt: knownAt)
        return FunnelReport(from: from, to: to, withinYears: withinYears, region: region, asOf: asOf,
                            knownAt: knownAt, policy: policy, corrections: corrections)
    }

    /// Every qualification of `tier` that started by `day`, per firm.
    static func tierHistory(_ reads: some StatisticsReads, tier: Tier, through day: Day, rule: TermRule,
                            corrections: Corrections, knownAt: Moment?) throws -> TierHistory {
        var records: [GrantRecord] = []
        try reads.forEachGrant(bounds: CandidateBounds(tier: tier, startingBy: day), knownAt: knownAt) { records.append($0) }
        return TierHistory(tier: tier, records: records, rule: rule, corrections: corrections)
    }
}
