import GRDB

extension Registry {
    /// `candidates` as it was first written: a few queries per firm. Kept as the reference the
    /// bulk reading (`Registry+Candidates.swift`) is tested against; not used by any command.
    func candidatesFirmByFirm(tier: Tier, category: ListCategory? = nil, year: Int? = nil, region: Region? = nil,
                              asOf: Day, knownAt: Moment? = nil) throws -> CandidateSearch {
        try read { db in
            let policy = try Registry.policy(db, knownAt: knownAt)
            let rule = tier.eligibilityRule(category: category)
            let calendar = try ListCalendar.load(db, knownAt: knownAt, needed: policy.validity.needsListCalendar)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT enterprise_id FROM fact WHERE recorded_at <= ?
                  AND enterprise_id NOT IN (\(Registry.setAsideSQL(knownAt: knownAt))) ORDER BY 1
                """, arguments: [knownAt?.iso ?? "9999"])
            let corrections = try Registry.profileCorrections(db, knownAt: knownAt)
            var search = CandidateSearch(region: region)
            for id in ids {
                guard let enterprise = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?"),
                                                        arguments: [id]).map(Enterprise.init(row:))?
                                                        .corrected(by: corrections[id]),
                      knownAt.map({ enterprise.createdAt <= $0 }) ?? true else { continue }
                let events = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Event.columns) FROM event WHERE enterprise_id = ?"),
                                              arguments: [id]).map(Event.init(row:))
                let history = History(events: events, knownAt: knownAt, policy: policy.validity,
                                      nextListStart: calendar.nextListStart,
                                      corrections: try Registry.corrections(db, enterpriseID: id))
                search.consider(enterprise, history: history, facts: try Registry.facts(db, enterpriseID: id, knownAt: knownAt),
                                rule: rule, policy: policy, year: year, asOf: asOf)
            }
            search.candidates.sort { ($0.region, $0.creditCode) < ($1.region, $1.creditCode) }
            return search
        }
    }
}
