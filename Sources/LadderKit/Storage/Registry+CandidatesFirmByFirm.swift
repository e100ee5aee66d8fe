extension Registry {
    /// `candidates` as it was first written: a few queries per firm. Kept as the reference the
    /// bulk reading (`Registry+Candidates.swift`) is tested against; not used by any command.
    func candidatesFirmByFirm(tier: Tier, category: ListCategory? = nil, year: Int? = nil, region: Region? = nil,
                              asOf: Day, knownAt: Moment? = nil) throws -> CandidateSearch {
        try reading { c in
            let policy = try Registry.policy(c, knownAt: knownAt)
            let rule = tier.eligibilityRule(category: category)
            let calendar = try ListCalendar.load(c, knownAt: knownAt, needed: policy.validity.needsListCalendar)
            let ids = try c.rows("""
                SELECT DISTINCT enterprise_id FROM fact WHERE recorded_at <= ?
                  AND enterprise_id NOT IN (\(Registry.setAsideSQL(knownAt: knownAt))) ORDER BY 1
                """, [.text(knownAt?.iso ?? "9999")]).map { $0.id(0) }
            let corrections = try Registry.profileCorrections(c, knownAt: knownAt)
            var search = CandidateSearch(region: region)
            for id in ids {
                guard let enterprise = try c.cachedRows("SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?",
                                                        [.integer(id)]).first.map(Enterprise.init(stored:))?
                                                        .corrected(by: corrections[id]),
                      knownAt.map({ enterprise.createdAt <= $0 }) ?? true else { continue }
                let events = try c.cachedRows("SELECT \(Event.columns) FROM event WHERE enterprise_id = ?",
                                              [.integer(id)]).map(Event.init(stored:))
                let history = History(events: events, knownAt: knownAt, policy: policy.validity,
                                      nextListStart: calendar.nextListStart,
                                      corrections: try Registry.corrections(c, enterpriseID: id))
                search.consider(enterprise, history: history, facts: try Registry.facts(c, enterpriseID: id, knownAt: knownAt),
                                rule: rule, policy: policy, year: year, asOf: asOf)
            }
            search.sortByRegionAndCode()
            return search
        }
    }
}
