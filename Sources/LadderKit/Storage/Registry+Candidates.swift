import GRDB

extension Registry {
    /// Every firm with facts on file that meets `tier`'s rules on `asOf` and either does not hold
    /// the tier then, or holds it only until a day in `asOf`'s year. Ordered by region, then code;
    /// with the counts of the firms checked that were not candidates. `region`: only firms in it
    /// on `asOf` are checked.
    public func candidates(tier: Tier, category: ListCategory? = nil, year: Int? = nil, region: Region? = nil,
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
                let location = history.location(on: asOf, registered: enterprise.registeredLocation)
                if let region, !region.contains(location) { continue }
                let held = history.qualifications(validOn: asOf).filter { $0.tier == tier }
                let lastDay = held.compactMap(\.lastValidDay).max()
                let openEnded = held.contains { $0.lastValidDay == nil }
                let reason: Candidate.Reason
                if held.isEmpty { reason = .notHeld }
                else if !openEnded, let lastDay, lastDay.year == asOf.year { reason = .endsThisYear }
                else { continue }
                let input = EligibilityInput(founded: enterprise.profile.founded, field: enterprise.profile.field, asOf: asOf,
                                             year: year, facts: try Registry.facts(db, enterpriseID: id, knownAt: knownAt),
                                             validTiers: Set(history.qualifications(validOn: asOf).map(\.tier)))
                let result = rule.evaluate(input, policy: policy)
                search.count(result)
                guard result.verdict == .eligible else { continue }
                search.candidates.append(Candidate(creditCode: enterprise.creditCode,
                                       name: history.name(on: asOf, registered: enterprise.registeredName),
                                       region: location.reportingRegion, reason: reason,
                                       ends: reason == .endsThisYear ? lastDay : nil, score: result.score?.total))
            }
            search.candidates.sort { ($0.region, $0.creditCode) < ($1.region, $1.creditCode) }
            return search
        }
    }
}
