import GRDB

extension Registry {
    /// Checks a firm against a tier's rules on `asOf` with the facts known at `knownAt`.
    /// `year` is the fiscal year evaluated (default: the year before `asOf`).
    public func check(_ query: String, tier: Tier, category: ListCategory? = nil, year: Int? = nil, asOf: Day,
                      knownAt: Moment? = nil) throws -> EligibilityResult {
        try read { db in
            let enterprise = try Registry.resolve(db, query: query, knownAt: knownAt)
            return try Registry.evaluate(db, enterprise: enterprise, tier: tier, category: category, year: year,
                                         asOf: asOf, knownAt: knownAt)
        }
    }

    static func evaluate(_ db: Database, enterprise: Enterprise, tier: Tier, category: ListCategory?, year: Int?,
                         asOf: Day, knownAt: Moment?) throws -> EligibilityResult {
        let policy = try policy(db, knownAt: knownAt)
        let enterprise = try known(db, enterprise, knownAt: knownAt)
        let history = try history(db, enterprise: enterprise, knownAt: knownAt, policy: policy)
        let input = EligibilityInput(founded: enterprise.profile.founded, field: enterprise.profile.field, asOf: asOf,
                                     year: year, facts: try facts(db, enterpriseID: enterprise.id, knownAt: knownAt),
                                     validTiers: Set(history.qualifications(validOn: asOf).map(\.tier)))
        return tier.eligibilityRule(category: category).evaluate(input, policy: policy)
    }

    /// Promotions recorded by command run the tier's prerequisites and rules first; a firm that
    /// does not pass is refused unless the operator gave a written override (kept on the event).
    static func guardPromotion(_ db: Database, enterprise: Enterprise, tier: Tier, category: ListCategory?,
                               day: Day, context: WriteContext) throws {
        guard context.override == nil else { return }
        let result = try evaluate(db, enterprise: enterprise, tier: tier, category: category, year: nil, asOf: day,
                                  knownAt: nil)
        guard result.verdict != .eligible else { return }
        let failed = result.criteria.filter { $0.verdict == .fail }
        throw RegistryError.promotionRefused(code: enterprise.creditCode.text, tier: tier, verdict: result.verdict,
                                             failed: failed, missing: result.missing)
    }
}
