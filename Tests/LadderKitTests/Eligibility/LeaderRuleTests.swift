import Testing
@testable import LadderKit

/// 科技领军企业: only the prerequisite and the common conditions, and a note that says so.
@Suite struct LeaderRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let valid: Set<Tier>
        let facts: AnnualFacts
        let verdict: EligibilityVerdict
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "valid hnte, clean", valid: [.hnte],
             facts: AnnualFacts(registeredTaxedCountedInJiangxi: true, violationOrBadCreditIn3Years: false), verdict: .eligible),
        Case(name: "only tsme", valid: [.tsme],
             facts: AnnualFacts(registeredTaxedCountedInJiangxi: true, violationOrBadCreditIn3Years: false), verdict: .notEligible),
        Case(name: "bad credit", valid: [.hnte],
             facts: AnnualFacts(registeredTaxedCountedInJiangxi: true, violationOrBadCreditIn3Years: true), verdict: .notEligible),
        Case(name: "registration unknown", valid: [.hnte],
             facts: AnnualFacts(violationOrBadCreditIn3Years: false), verdict: .insufficientData),
    ])
    func verdicts(_ c: Case) {
        let input = EligibilityInput(founded: nil, asOf: Day(year: 2025, month: 6, day: 1)!, facts: [2024: c.facts],
                                     validTiers: c.valid)
        let result = LeaderRule(category: .reserve).evaluate(input, policy: .builtIn)
        #expect(result.verdict == c.verdict)
        #expect(result.criteria.map(\.id) == ["leader.prerequisite", "leader.provincial_registration", "leader.clean_credit"])
        #expect(result.note == "科技领军企业 numeric criteria are set by the province's selection; only the prerequisite "
                + "and the common conditions are checked (placeholder policy)")
    }
}
