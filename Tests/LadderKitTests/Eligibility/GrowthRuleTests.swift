import Testing
@testable import LadderKit

/// 高成长性科技型企业 with the placeholder policy: prerequisite, common conditions, category routes.
@Suite struct GrowthRuleTests {
    static let asOf = Day(year: 2025, month: 6, day: 1)!
    static let common = AnnualFacts(listed: false, registeredTaxedCountedInJiangxi: true,
                                    violationOrBadCreditIn3Years: false)

    static func evaluate(_ category: ListCategory?, founded: String = "2018-03-01", facts: [Int: AnnualFacts],
                         valid: Set<Tier> = [.hnte]) -> EligibilityResult {
        GrowthRule(category: category).evaluate(
            EligibilityInput(founded: Day(iso: founded), asOf: asOf, facts: facts, validTiers: valid), policy: .builtIn)
    }

    static func latest(_ edit: (inout AnnualFacts) -> Void) -> [Int: AnnualFacts] {
        var facts = common
        edit(&facts)
        return [2024: facts]
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let category: ListCategory
        let founded: String
        let facts: [Int: AnnualFacts]
        let verdict: EligibilityVerdict
        var testDescription: String { name }
    }

    /// Evaluated 2025-06-01: founded 2015-06-01 is exactly 10 years old, 2015-05-31 is older.
    @Test(arguments: [
        Case(name: "unicorn at exactly 10 years and US$1bn", category: .unicorn, founded: "2015-06-01",
             facts: latest { $0.valuationUSD = 1_000_000_000 }, verdict: .eligible),
        Case(name: "unicorn a day past 10 years", category: .unicorn, founded: "2015-05-31",
             facts: latest { $0.valuationUSD = 1_000_000_000 }, verdict: .notEligible),
        Case(name: "unicorn US$1 short", category: .unicorn, founded: "2018-03-01",
             facts: latest { $0.valuationUSD = 999_999_999 }, verdict: .notEligible),
        Case(name: "listed unicorn", category: .unicorn, founded: "2018-03-01",
             facts: latest { $0.valuationUSD = 2_000_000_000; $0.listed = true }, verdict: .notEligible),
        Case(name: "potential unicorn, young, US$100m", category: .potentialUnicorn, founded: "2021-03-01",
             facts: latest { $0.valuationUSD = 100_000_000 }, verdict: .eligible),
        Case(name: "potential unicorn, 7 years, US$500m", category: .potentialUnicorn, founded: "2018-03-01",
             facts: latest { $0.valuationUSD = 500_000_000 }, verdict: .eligible),
        Case(name: "potential unicorn, 7 years, US$1bn is a unicorn", category: .potentialUnicorn, founded: "2018-03-01",
             facts: latest { $0.valuationUSD = 1_000_000_000 }, verdict: .notEligible),
        Case(name: "potential unicorn, 7 years, US$100m", category: .potentialUnicorn, founded: "2018-03-01",
             facts: latest { $0.valuationUSD = 100_000_000 }, verdict: .notEligible),
        Case(name: "seed unicorn with ¥10m funding", category: .seedUnicorn, founded: "2022-03-01",
             facts: latest { $0.fundingCNY = 10_000_000 }, verdict: .eligible),
        Case(name: "gazelle at exactly 20% a year", category: .gazelle, founded: "2015-03-01",
             facts: [2021: AnnualFacts(revenue: 10_000_000), 2023: AnnualFacts(revenue: 15_000_000),
                     2024: AnnualFacts(revenue: 17_280_000, listed: false, registeredTaxedCountedInJiangxi: true,
                                       violationOrBadCreditIn3Years: false)],
             verdict: .eligible),
        Case(name: "gazelle one yuan short of 20% a year", category: .gazelle, founded: "2015-03-01",
             facts: [2021: AnnualFacts(revenue: 10_000_000), 2023: AnnualFacts(revenue: 15_000_000),
                     2024: AnnualFacts(revenue: 17_279_999, listed: false, registeredTaxedCountedInJiangxi: true,
                                       violationOrBadCreditIn3Years: false)],
             verdict: .notEligible),
        Case(name: "gazelle without growth in the last year", category: .gazelle, founded: "2015-03-01",
             facts: [2021: AnnualFacts(revenue: 10_000_000), 2023: AnnualFacts(revenue: 18_000_000),
                     2024: AnnualFacts(revenue: 17_280_000, listed: false, registeredTaxedCountedInJiangxi: true,
                                       violationOrBadCreditIn3Years: false)],
             verdict: .notEligible),
        Case(name: "young gazelle above ¥500m", category: .gazelle, founded: "2021-03-01",
             facts: latest { $0.revenue = 500_000_001 }, verdict: .eligible),
    ])
    func categories(_ c: Case) {
        #expect(GrowthRuleTests.evaluate(c.category, founded: c.founded, facts: c.facts).verdict == c.verdict)
    }

    @Test func prerequisiteIsRequired() {
        let facts = GrowthRuleTests.latest { $0.valuationUSD = 1_000_000_000 }
        let result = GrowthRuleTests.evaluate(.unicorn, facts: facts, valid: [])
        #expect(result.verdict == .notEligible)
        #expect(result.criterion("growth.prerequisite")?.value == "none valid on 2025-06-01")
        #expect(result.criterion("growth.prerequisite")?.threshold == "a valid tsme or hnte")
        #expect(GrowthRuleTests.evaluate(.unicorn, facts: facts, valid: [.tsme]).verdict == .eligible)
    }

    @Test func anyCategoryWhenNoneIsNamed() {
        let result = GrowthRuleTests.evaluate(nil, founded: "2021-03-01",
                                              facts: GrowthRuleTests.latest { $0.valuationUSD = 100_000_000; $0.fundingCNY = 0 })
        #expect(result.verdict == .eligible)
        #expect(result.criterion("growth.potential_unicorn.route_1.valuation_usd_min")?.verdict == .pass)
        #expect(result.criterion("growth.unicorn.route_1.valuation_usd_min")?.verdict == .fail)
    }

    @Test func cagrShowsTheMultiple() throws {
        let facts: [Int: AnnualFacts] = [2021: AnnualFacts(revenue: 10_000_000), 2023: AnnualFacts(revenue: 15_000_000),
                                         2024: AnnualFacts(revenue: 17_280_000)]
        let criterion = try #require(GrowthRuleTests.evaluate(.gazelle, facts: facts)
            .criterion("growth.gazelle.route_1.revenue_cagr"))
        #expect(criterion.value == "×1.7280 (10,000,000 → 17,280,000 元, 2021–2024)")
        #expect(criterion.threshold == "≥ 20% a year over 3 years (×1.7280)")
    }

    @Test func insufficientDataNamesTheMissingFacts() {
        let result = GrowthRuleTests.evaluate(.unicorn, facts: [2024: GrowthRuleTests.common])
        #expect(result.verdict == .insufficientData)
        #expect(result.missing == ["valuation_usd (2024)"])
        #expect(result.note?.hasPrefix("growth thresholds are placeholders") == true)
    }

    @Test func leaderCategoryIsRefused() {
        let result = GrowthRuleTests.evaluate(.leader, facts: [2024: GrowthRuleTests.common])
        #expect(result.verdict == .notEligible)
        #expect(result.criterion("growth.category")?.explanation == "'leader' is not a growth category")
    }
}
