/// Criteria that every rule builds the same way: a yes/no fact, a ceiling, a share, a prerequisite.
extension Criterion {
    /// A share that must reach `minimum`, compared exactly; a zero base (nil `ratio`) fails with
    /// `zeroBase` as its value, else the value is the percentage and `detail` in brackets.
    static func share(_ id: String, ratio: Fraction?, minimum: Percent, detail: String, zeroBase: String,
                      threshold: String, explanation: String) -> Criterion {
        guard let ratio else {
            return Criterion(id: id, verdict: .fail, value: zeroBase, threshold: threshold, explanation: explanation)
        }
        return Criterion(id: id, verdict: ratio.isAtLeast(minimum) ? .pass : .fail,
                         value: "\(ratio.percentText) (\(detail))", threshold: threshold, explanation: explanation)
    }

    /// A fact a person answers yes or no; `wanted` is the answer that passes.
    static func flag(_ id: String, _ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Bool?>,
                     input: EligibilityInput, wanted: Bool, explanation: String) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        guard let answer = lookup.value(key, path, year: year) else {
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(year))", threshold: wanted ? "yes" : "no",
                             explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: answer == wanted ? .pass : .fail, value: "\(answer ? "yes" : "no") (\(year))",
                         threshold: wanted ? "yes" : "no", explanation: explanation)
    }

    /// A figure that must not exceed `maximum` (inclusive).
    static func atMost(_ id: String, _ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Int64?>,
                       input: EligibilityInput, maximum: Int64, money: Bool, explanation: String) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        let threshold = "≤ " + (money ? Money.compact(maximum) : "\(Money.grouped(maximum)) 人")
        guard let value = lookup.value(key, path, year: year) else {
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(year))", threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        let text = money ? "\(Money.grouped(value)) 元" : "\(Money.grouped(value)) 人"
        return Criterion(id: id, verdict: value <= maximum ? .pass : .fail, value: "\(text) (\(year))",
                         threshold: threshold, explanation: explanation)
    }

    /// `<tier>.prerequisite`, or nil when the policy sets none for the tier.
    static func prerequisite(for tier: Tier, input: EligibilityInput, policy: Policy) -> Criterion? {
        let required = policy.prerequisites.tiers(for: tier)
        guard !required.isEmpty else { return nil }
        let held = Tier.allCases.filter(input.validTiers.contains)
        let met = policy.prerequisites.isMet(for: tier, valid: input.validTiers)
        let value = held.isEmpty ? "none valid on \(input.asOf)"
            : "valid on \(input.asOf): " + held.map(\.rawValue).joined(separator: ", ")
        return Criterion(id: "\(tier.rawValue).prerequisite", verdict: met ? .pass : .fail, value: value,
                         threshold: "a valid " + required.map(\.rawValue).joined(separator: " or "),
                         explanation: "entering \(tier.rawValue) needs a valid "
                            + required.map(\.chineseName).joined(separator: " or ") + " on the listing day")
    }
}

extension Criterion {
    /// The conditions common to the provincial lists (growth, leader): registered, taxed and
    /// counted in the province; no violation or bad credit in 3 years.
    static func listCommon(_ tier: Tier, input: EligibilityInput, requireRegistration: Bool,
                           requireCleanCredit: Bool) -> [Criterion] {
        var out: [Criterion] = []
        if requireRegistration {
            out.append(.flag("\(tier.rawValue).provincial_registration", .registeredTaxedCountedInJiangxi,
                             \.registeredTaxedCountedInJiangxi, input: input, wanted: true,
                             explanation: "registered, taxed and counted in statistics in the province"))
        }
        if requireCleanCredit {
            out.append(.flag("\(tier.rawValue).clean_credit", .violationOrBadCreditIn3Years,
                             \.violationOrBadCreditIn3Years, input: input, wanted: false,
                             explanation: "no violation of law or bad credit record in the last 3 years"))
        }
        return out
    }
}
