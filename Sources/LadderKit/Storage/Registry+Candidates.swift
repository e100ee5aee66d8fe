import GRDB

extension Registry {
    /// Every firm with facts on file that meets `tier`'s rules on `asOf` and either does not hold
    /// the tier then, or holds it only until a day in `asOf`'s year. Ordered by region, then code;
    /// with the counts of the firms checked that were not candidates. `region`: only firms in it
    /// on `asOf` are checked.
    ///
    /// Reads the registry in one ordered pass (`FirmRecordsReader`); the answer is the one the
    /// firm-by-firm reading (`candidatesFirmByFirm`) gives, which the tests check.
    public func candidates(tier: Tier, category: ListCategory? = nil, year: Int? = nil, region: Region? = nil,
                           asOf: Day, knownAt: Moment? = nil) throws -> CandidateSearch {
        try read { db in
            let policy = try Registry.policy(db, knownAt: knownAt)
            let rule = tier.eligibilityRule(category: category)
            let calendar = try ListCalendar.load(db, knownAt: knownAt, needed: policy.validity.needsListCalendar)
            let profiles = try Registry.profileCorrections(db, knownAt: knownAt)
            let reader = try FirmRecordsReader(db, knownAt: knownAt)
            var search = CandidateSearch(region: region)
            while let firm = try reader.next() {
                guard let enterprise = firm.enterprise?.corrected(by: profiles[firm.id]),
                      knownAt.map({ enterprise.createdAt <= $0 }) ?? true else { continue }
                let history = History(events: firm.events, knownAt: knownAt, policy: policy.validity,
                                      nextListStart: calendar.nextListStart, corrections: firm.corrections)
                search.consider(enterprise, history: history, facts: firm.facts, rule: rule, policy: policy,
                                year: year, asOf: asOf)
            }
            search.candidates.sort { ($0.region, $0.creditCode) < ($1.region, $1.creditCode) }
            return search
        }
    }
}
