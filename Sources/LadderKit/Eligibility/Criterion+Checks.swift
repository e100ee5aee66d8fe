/// Criteria that every rule builds the same way: a yes/no fact, a ceiling, a share, a prerequisite.
extension Criterion {
    /// A share that must reach `minimum`, compared exactly; a zero base (nil `ratio`) fails with
    /// `zeroBase` as its value, else the value is the percentage and `detail` in brackets.
    /// The phrases are made only when `worded` (`EligibilityInput.worded`).
    static func share(_ id: String, ratio: Fraction?, minimum: Percent, worded: Bool, detail: @autoclosure () -> Phrase,
                      zeroBase: @autoclosure () -> Phrase, threshold: @autoclosure () -> Phrase,
                      explanation: @autoclosure () -> Phrase) -> Criterion {
        guard let ratio else {
            return Criterion(id: id, verdict: .fail, worded: worded, value: zeroBase(), threshold: threshold(),
                             explanation: explanation())
        }
        return Criterion(id: id, verdict: ratio.isAtLeast(minimum) ? .pass : .fail, worded: worded,
                         value: percentage(ratio, detail()), threshold: threshold(), explanation: explanation())
    }

    /// `5.00% (detail)`: the percentage is worked out only when the value is read.
    private static func percentage(_ ratio: Fraction, _ detail: Phrase) -> Phrase {
        Phrase { CheckText.withDetail.text(in: $0, ["value": ratio.percentText, "detail": detail.text(in: $0)]) }
    }

    /// A fact a person answers yes or no; `wanted` is the answer that passes.
    static func flag(_ id: String, _ key: AnnualFacts.CodingKeys, input: EligibilityInput, wanted: Bool,
                     explanation: Phrase) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        let threshold = Phrase.answer(wanted)
        guard let answer = lookup.answer(key, year: year) else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(year),
                             threshold: threshold, explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: answer == wanted ? .pass : .fail, worded: input.worded,
                         value: .inYear(.answer(answer), year), threshold: threshold, explanation: explanation)
    }

    /// A figure that must not exceed `maximum` (inclusive).
    static func atMost(_ id: String, _ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Int64?>,
                       input: EligibilityInput, maximum: Int64, money: Bool, explanation: Phrase) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        func threshold() -> Phrase {
            Phrase { _ in "≤ " + (money ? Money.compact(maximum) : "\(Money.grouped(maximum)) 人") }
        }
        guard let value = lookup.value(key, path, year: year) else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(year),
                             threshold: threshold(), explanation: explanation, missing: lookup.missing)
        }
        func text() -> Phrase { Phrase { _ in money ? "\(Money.grouped(value)) 元" : "\(Money.grouped(value)) 人" } }
        return Criterion(id: id, verdict: value <= maximum ? .pass : .fail, worded: input.worded,
                         value: .inYear(text(), year), threshold: threshold(), explanation: explanation)
    }

    /// `<tier>.prerequisite`, or nil when the policy sets none for the tier.
    static func prerequisite(for tier: Tier, input: EligibilityInput, policy: Policy) -> Criterion? {
        let required = policy.prerequisites.tiers(for: tier)
        guard !required.isEmpty else { return nil }
        let held = Tier.allCases.filter(input.validTiers.contains)
        let met = policy.prerequisites.isMet(for: tier, valid: input.validTiers)
        let asOf = input.asOf
        let value = held.isEmpty ? Phrase { CheckText.noneValidOn.text(in: $0, ["day": asOf]) }
            : Phrase { CheckText.validOn.text(in: $0, ["day": asOf, "tiers": Phrase.tiers(held, in: $0)]) }
        return Criterion(id: "\(tier.rawValue).prerequisite", verdict: met ? .pass : .fail, value: value,
                         threshold: Phrase { CheckText.aValid.text(in: $0, ["tiers": Phrase.tiers(required, or: true, in: $0)]) },
                         explanation: Phrase { language in
                             CheckText.prerequisite.text(in: language, [
                                 "tier": language == .zh ? tier.chineseName : tier.rawValue,
                                 "needs": required.map(\.chineseName).joined(separator: CheckText.or.text(in: language))])
                         })
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
                             input: input, wanted: true, explanation: .of(.provincialRegistration)))
        }
        if requireCleanCredit {
            out.append(.flag("\(tier.rawValue).clean_credit", .violationOrBadCreditIn3Years,
                             input: input, wanted: false, explanation: .of(.cleanCredit)))
        }
        return out
    }
}
