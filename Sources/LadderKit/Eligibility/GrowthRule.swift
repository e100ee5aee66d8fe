/// 高成长性科技型企业: the prerequisite, the common conditions, and one category's routes (any
/// category's, when none is named). The thresholds are policy placeholders until Jiangxi
/// publishes its own.
public struct GrowthRule: EligibilityRule {
    public var tier: Tier { .growth }
    /// The category applied for; nil checks whether the firm fits any growth category.
    public let category: ListCategory?

    public init(category: ListCategory? = nil) { self.category = category }

    public func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult {
        let p = policy.eligibility.growth
        var criteria: [Criterion] = []
        if let prerequisite = Criterion.prerequisite(for: .growth, input: input, policy: policy) {
            criteria.append(prerequisite)
        }
        criteria += Criterion.listCommon(.growth, input: input, requireRegistration: p.requireProvincialRegistration,
                                         requireCleanCredit: p.requireCleanCredit)
        var required = criteria.map { Requirement.criterion($0.id) }
        if let category, category.tier != .growth {
            let name = category.rawValue
            let wrong = Criterion(id: "growth.category", verdict: .fail, value: Phrase(name),
                                  threshold: Phrase(ListCategory.categories(of: .growth).map(\.rawValue).joined(separator: ", ")),
                                  explanation: Phrase { CheckText.notCategory.text(in: $0, ["category": name]) })
            return EligibilityResult(tier: .growth, category: category, input: input, policy: policy,
                                     criteria: criteria + [wrong], requirement: .all(required + [.criterion(wrong.id)]))
        }
        var anyCategory: [Requirement] = []
        for candidate in category.map({ [$0] }) ?? ListCategory.categories(of: .growth) {
            var anyRoute: [Requirement] = []
            for (index, route) in (p.categories[candidate] ?? []).enumerated() {
                let prefix = "growth.\(String(candidate.rawValue.map { $0 == "-" ? "_" : $0 })).route_\(index + 1)"
                let conditions = GrowthRule.conditions(route, prefix: prefix, category: candidate, input: input,
                                                       placeholder: p.placeholder)
                criteria += conditions
                anyRoute.append(.all(conditions.map(\.id)))
            }
            anyCategory.append(.any(anyRoute))
        }
        required.append(.any(anyCategory))
        let note = p.placeholder ? Phrase.of(.growthPlaceholder) : nil
        return EligibilityResult(tier: .growth, category: category, input: input, policy: policy, criteria: criteria,
                                 requirement: .all(required), note: note)
    }
}
