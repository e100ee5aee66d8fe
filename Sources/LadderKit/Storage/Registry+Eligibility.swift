extension Registry {
    /// Checks a firm against a tier's rules on `asOf` with the facts known at `knownAt`.
    /// `year` is the fiscal year evaluated (default: the year before `asOf`).
    public func check(_ query: String, tier: Tier, category: ListCategory? = nil, year: Int? = nil, asOf: Day,
                      knownAt: Moment? = nil) throws -> EligibilityResult {
        try reading { c in
            let enterprise = try Registry.resolve(c, query: query, knownAt: knownAt)
            return try Registry.evaluate(c, enterprise: enterprise, tier: tier, category: category, year: year,
                                         asOf: asOf, knownAt: knownAt)
        }
    }

    static func evaluate(_ c: any RegistryConnection, enterprise: Enterprise, tier: Tier, category: ListCategory?, year: Int?,
                         asOf: Day, knownAt: Moment?) throws -> EligibilityResult {
        let policy = try policy(c, knownAt: knownAt)
        let enterprise = try known(c, enterprise, knownAt: knownAt)
        let history = try history(c, enterprise: enterprise, knownAt: knownAt, policy: policy)
        let input = EligibilityInput(founded: enterprise.profile.founded, field: enterprise.profile.field, asOf: asOf,
                                     year: year, facts: try facts(c, enterpriseID: enterprise.id, knownAt: knownAt),
                                     validTiers: Set(history.qualifications(validOn: asOf).map(\.tier)))
        return tier.eligibilityRule(category: category).evaluate(input, policy: policy)
    }

    /// Promotions recorded by command run the tier's prerequisites and rules first; a firm that
    /// does not pass is refused unless the operator gave a written override (kept on the event).
    static func guardPromotion(_ c: any RegistryConnection, enterprise: Enterprise, tier: Tier, category: ListCategory?,
                               day: Day, context: WriteContext) throws {
        guard context.override == nil else { return }
        let result = try evaluate(c, enterprise: enterprise, tier: tier, category: category, year: nil, asOf: day,
                                  knownAt: nil)
        guard result.verdict != .eligible else { return }
        let failed = result.criteria.filter { $0.verdict == .fail }
        throw RegistryError.promotionRefused(code: enterprise.creditCode.text, tier: tier, verdict: result.verdict,
                                             failed: failed, missing: result.missing)
    }
}
