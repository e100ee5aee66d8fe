/// 科技领军企业: a valid 高新技术企业 plus the province's selection. No numeric threshold is
/// public, so the rule checks the prerequisite and the common conditions only and says so.
public struct LeaderRule: EligibilityRule {
    public var tier: Tier { .leader }
    /// `leader` or `reserve`; echoed in the result, the conditions are the same.
    public let category: ListCategory?

    public init(category: ListCategory? = nil) { self.category = category }

    public func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult {
        let p = policy.eligibility.leader
        var criteria: [Criterion] = []
        if let prerequisite = Criterion.prerequisite(for: .leader, input: input, policy: policy) {
            criteria.append(prerequisite)
        }
        criteria += Criterion.listCommon(.leader, input: input, requireRegistration: p.requireProvincialRegistration,
                                         requireCleanCredit: p.requireCleanCredit)
        if let category, category.tier != .leader {
            criteria.append(Criterion(id: "leader.category", verdict: .fail, value: category.rawValue,
                                      threshold: ListCategory.categories(of: .leader).map(\.rawValue).joined(separator: " or "),
                                      explanation: "'\(category.rawValue)' is not a 科技领军企业 category"))
        }
        let note = "科技领军企业 numeric criteria are set by the province's selection; only the prerequisite and the "
            + "common conditions are checked" + (p.placeholder ? " (placeholder policy)" : "")
        return EligibilityResult(tier: .leader, category: category, input: input, policy: policy, criteria: criteria,
                                 requirement: .all(criteria.map(\.id)), note: note)
    }
}
