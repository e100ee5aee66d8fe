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
            let name = category.rawValue
            criteria.append(Criterion(id: "leader.category", verdict: .fail, value: Phrase(name),
                                      threshold: Phrase(ListCategory.categories(of: .leader).map(\.rawValue).joined(separator: " or ")),
                                      explanation: Phrase { CheckText.notLeaderCategory.text(in: $0, ["category": name]) }))
        }
        let placeholder = p.placeholder
        let note = Phrase {
            CheckText.leaderNote.text(in: $0, ["placeholder": placeholder ? CheckText.placeholderPolicy.text(in: $0) : ""])
        }
        return EligibilityResult(tier: .leader, category: category, input: input, policy: policy, criteria: criteria,
                                 requirement: .allCriteria, note: note)
    }
}
