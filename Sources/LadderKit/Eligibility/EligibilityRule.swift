/// A tier's eligibility rule: pure, from facts and policy to per-criterion verdicts.
public protocol EligibilityRule: Sendable {
    var tier: Tier { get }
    func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult
}

extension Tier {
    /// The rule for this tier; `category` narrows a growth check to one category (nil: any) and
    /// is echoed for leader.
    public func eligibilityRule(category: ListCategory? = nil) -> any EligibilityRule {
        switch self {
        case .tsme: return TsmeRule()
        case .hnte: return HnteRule()
        case .growth: return GrowthRule(category: category)
        case .leader: return LeaderRule(category: category)
        }
    }
}
