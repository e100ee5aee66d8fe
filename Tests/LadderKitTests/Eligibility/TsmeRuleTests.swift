import Testing
@testable import LadderKit

/// 科技型中小企业: every band at its threshold and one unit either side, size limits, the
/// direct routes, the pass mark with the tech-staff condition, and unknown facts.
@Suite struct TsmeRuleTests {
    static let asOf = Day(year: 2025, month: 5, day: 1)!

    /// 100 people, 20 tech staff (12), R&D 500,000 of 10,000,000 revenue (40), two Ⅱ类 (12): 64 points.
    static let base = AnnualFacts(employees: 100, techStaff: 20, revenue: 10_000_000, totalAssets: 50_000_000,
                                  totalCost: 9_000_000, rdExpense: 500_000, ip1: 0, ip2: 2, majorAccident: false,
                                  abnormalOperationList: false, seriousDishonestyList: false,
                                  nationalAwardInLast5Years: false, provincialRDInstitution: false,
                                  ledStandardInLast5Years: false)

    static func evaluate(_ facts: AnnualFacts, valid: Set<Tier> = [], policy: Policy = .builtIn) -> EligibilityResult {
        TsmeRule().evaluate(EligibilityInput(founded: Day(year: 2018, month: 3, day: 1), asOf: asOf,
                                             facts: [2024: facts], validTiers: valid), policy: policy)
    }

    static func points(_ result: EligibilityResult, _ id: String) -> Points? {
        result.score?.parts.first { $0.id == id }?.points
    }

    struct Band: CustomTestStringConvertible, Sendable {
        let numerator: Int64, denominator: Int64, points: Int
        var testDescription: String { "\(numerator) / \(denominator) → \(points)" }
    }

    @Test(arguments: [
        Band(numerator: 31, denominator: 100, points: 20), Band(numerator: 30, denominator: 100, points: 20),
        Band(numerator: 29, denominator: 100, points: 16), Band(numerator: 26, denominator: 100, points: 16),
        Band(numerator: 25, denominator: 100, points: 16), Band(numerator: 24, denominator: 100, points: 12),
        Band(numerator: 21, denominator: 100, points: 12), Band(numerator: 20, denominator: 100, points: 12),
        Band(numerator: 19, denominator: 100, points: 8), Band(numerator: 16, denominator: 100, points: 8),
        Band(numerator: 15, denominator: 100, points: 8), Band(numerator: 14, denominator: 100, points: 4),
        Band(numerator: 11, denominator: 100, points: 4), Band(numerator: 10, denominator: 100, points: 4),
        Band(numerator: 9, denominator: 100, points: 0), Band(numerator: 0, denominator: 100, points: 0),
        Band(numerator: 150, denominator: 499, points: 20), Band(numerator: 149, denominator: 499, points: 16),
    ])
    func techStaffBands(_ c: Band) {
        var facts = TsmeRuleTests.base
        facts.techStaff = c.numerator
        facts.employees = c.denominator
        #expect(TsmeRuleTests.points(TsmeRuleTests.evaluate(facts), "tech_staff") == Points(c.points))
    }

    /// R&D / revenue with revenue 10,000,000 (one yuan = 0.00001 pp, 1,000 yuan = 0.01 pp) and a
    /// total cost so large that the cost ratio scores nothing.
    @Test(arguments: [
        Band(numerator: 600_001, denominator: 10_000_000, points: 50), Band(numerator: 600_000, denominator: 10_000_000, points: 50),
        Band(numerator: 599_999, denominator: 10_000_000, points: 40), Band(numerator: 599_000, denominator: 10_000_000, points: 40),
        Band(numerator: 501_000, denominator: 10_000_000, points: 40), Band(numerator: 500_000, denominator: 10_000_000, points: 40),
        Band(numerator: 499_999, denominator: 10_000_000, points: 30), Band(numerator: 400_000, denominator: 10_000_000, points: 30),
        Band(numerator: 399_999, denominator: 10_000_000, points: 20), Band(numerator: 300_000, denominator: 10_000_000, points: 20),
        Band(numerator: 299_999, denominator: 10_000_000, points: 10), Band(numerator: 201_000, denominator: 10_000_000, points: 10),
        Band(numerator: 200_000, denominator: 10_000_000, points: 10), Band(numerator: 199_999, denominator: 10_000_000, points: 0),
        Band(numerator: 199_000, denominator: 10_000_000, points: 0),
    ])
    func rdRevenueBands(_ c: Band) {
        var facts = TsmeRuleTests.base
        facts.rdExpense = c.numerator
        facts.revenue = c.denominator
        facts.totalCost = 1_000_000_000
        #expect(TsmeRuleTests.points(TsmeRuleTests.evaluate(facts), "rd") == Points(c.points))
    }

    /// R&D / total cost with total cost 10,000,000 and revenue so large that the revenue ratio scores nothing.
    @Test(arguments: [
        Band(numerator: 3_000_001, denominator: 10_000_000, points: 50), Band(numerator: 3_000_000, denominator: 10_000_000, points: 50),
        Band(numerator: 2_999_999, denominator: 10_000_000, points: 40), Band(numerator: 2_999_000, denominator: 10_000_000, points: 40),
        Band(numerator: 2_500_000, denominator: 10_000_000, points: 40), Band(numerator: 2_499_999, denominator: 10_000_000, points: 30),
        Band(numerator: 2_000_000, denominator: 10_000_000, points: 30), Band(numerator: 1_999_999, denominator: 10_000_000, points: 20),
        Band(numerator: 1_500_000, denominator: 10_000_000, points: 20), Band(numerator: 1_499_999, denominator: 10_000_000, points: 10),
        Band(numerator: 1_000_000, denominator: 10_000_000, points: 10), Band(numerator: 999_999, denominator: 10_000_000, points: 0),
        Band(numerator: 1_001_000, denominator: 10_000_000, points: 10),
    ])
    func rdCostBands(_ c: Band) {
        var facts = TsmeRuleTests.base
        facts.rdExpense = c.numerator
        facts.totalCost = c.denominator
        facts.revenue = 200_000_000
        #expect(TsmeRuleTests.points(TsmeRuleTests.evaluate(facts), "rd") == Points(c.points))
    }

    @Test func rdTakesTheBetterRatio() {
        var facts = TsmeRuleTests.base
        facts.rdExpense = 500_000   // 5% of revenue → 40; 31.25% of cost → 50
        facts.totalCost = 1_600_000
        let result = TsmeRuleTests.evaluate(facts)
        #expect(TsmeRuleTests.points(result, "rd") == 50)
        #expect(result.criterion("tsme.rd_score")?.value
                == "R&D/revenue 5.00% (500,000 / 10,000,000 元) → 40 分; R&D/total cost 31.25% (500,000 / 1,600,000 元) → 50 分 (2024)")
    }

    struct IP: CustomTestStringConvertible, Sendable {
        let class1: Int64, class2: Int64, points: Int
        var testDescription: String { "Ⅰ类 \(class1), Ⅱ类 \(class2) → \(points)" }
    }

    @Test(arguments: [
        IP(class1: 1, class2: 0, points: 30), IP(class1: 2, class2: 9, points: 30), IP(class1: 0, class2: 5, points: 24),
        IP(class1: 0, class2: 4, points: 24), IP(class1: 0, class2: 3, points: 18), IP(class1: 0, class2: 2, points: 12),
        IP(class1: 0, class2: 1, points: 6), IP(class1: 0, class2: 0, points: 0),
    ])
    func ipBands(_ c: IP) {
        var facts = TsmeRuleTests.base
        facts.ip1 = c.class1
        facts.ip2 = c.class2
        #expect(TsmeRuleTests.points(TsmeRuleTests.evaluate(facts), "ip") == Points(c.points))
    }

    struct Size: CustomTestStringConvertible, Sendable {
        let name: String
        var employees: Int64 = 100
        var revenue: Int64 = 10_000_000
        var assets: Int64 = 50_000_000
        let verdict: EligibilityVerdict
        var testDescription: String { name }
    }

    @Test(arguments: [
        Size(name: "500 people", employees: 500, verdict: .eligible),
        Size(name: "501 people", employees: 501, verdict: .notEligible),
        Size(name: "revenue 2亿", revenue: 200_000_000, verdict: .eligible),
        Size(name: "revenue 2亿 + 1 yuan", revenue: 200_000_001, verdict: .notEligible),
        Size(name: "assets 2亿", assets: 200_000_000, verdict: .eligible),
        Size(name: "assets 2亿 + 1 yuan", assets: 200_000_001, verdict: .notEligible),
    ])
    func sizeLimitsAreInclusive(_ c: Size) {
        var facts = TsmeRuleTests.base
        facts.employees = c.employees
        facts.techStaff = c.employees * 3 / 10    // 30% → 20 points
        facts.revenue = c.revenue
        facts.rdExpense = c.revenue / 10          // 10% → 50 points
        facts.totalAssets = c.assets
        #expect(TsmeRuleTests.evaluate(facts).verdict == c.verdict)
    }

    struct Score: CustomTestStringConvertible, Sendable {
        let name: String
        let techStaff: Int64, rd: Int64, ip1: Int64, ip2: Int64
        let total: Points
        let verdict: EligibilityVerdict
        var testDescription: String { name }
    }

    @Test(arguments: [
        Score(name: "12 + 30 + 18 = 60 passes", techStaff: 20, rd: 400_000, ip1: 0, ip2: 3, total: 60, verdict: .eligible),
        Score(name: "4 + 30 + 24 = 58 fails", techStaff: 10, rd: 400_000, ip1: 0, ip2: 4, total: 58, verdict: .notEligible),
        Score(name: "0 + 50 + 30 = 80 fails on tech staff 0", techStaff: 9, rd: 600_000, ip1: 1, ip2: 0, total: 80,
              verdict: .notEligible),
        Score(name: "4 + 50 + 30 = 84 passes", techStaff: 10, rd: 600_000, ip1: 1, ip2: 0, total: 84, verdict: .eligible),
    ])
    func passMark(_ c: Score) {
        var facts = TsmeRuleTests.base
        facts.techStaff = c.techStaff
        facts.rdExpense = c.rd
        facts.totalCost = 1_000_000_000
        facts.ip1 = c.ip1
        facts.ip2 = c.ip2
        let result = TsmeRuleTests.evaluate(facts)
        #expect(result.score?.total == c.total)
        #expect(result.verdict == c.verdict)
    }

    @Test func zeroTechStaffScoreFailsItsCriterion() {
        var facts = TsmeRuleTests.base
        facts.techStaff = 9
        facts.rdExpense = 600_000
        facts.ip1 = 1
        let result = TsmeRuleTests.evaluate(facts)
        #expect(result.criterion("tsme.tech_staff_score")?.verdict == .fail)
        #expect(result.criterion("tsme.score")?.verdict == .pass)
        #expect(result.criterion("tsme.tech_staff_score")?.value == "9.00% (9 / 100 人, 2024) → 0 分")
    }

    struct Route: CustomTestStringConvertible, Sendable {
        let id: String
        var valid: Set<Tier> = []
        var award = false, institution = false, standard = false
        var testDescription: String { id }
    }

    /// A firm scoring 0 (no tech staff, R&D or IP) is admitted by any one direct route.
    @Test(arguments: [
        Route(id: "tsme.direct.valid_hnte", valid: [.hnte]),
        Route(id: "tsme.direct.national_award", award: true),
        Route(id: "tsme.direct.provincial_rd_institution", institution: true),
        Route(id: "tsme.direct.led_standard", standard: true),
    ])
    func directRoutes(_ c: Route) {
        var facts = TsmeRuleTests.base
        facts.techStaff = 0
        facts.rdExpense = 0
        facts.ip2 = 0
        facts.nationalAwardInLast5Years = c.award
        facts.provincialRDInstitution = c.institution
        facts.ledStandardInLast5Years = c.standard
        let result = TsmeRuleTests.evaluate(facts, valid: c.valid)
        #expect(result.verdict == .eligible)
        #expect(result.criterion(c.id)?.verdict == .pass)
        #expect(result.criterion("tsme.score")?.verdict == .fail)
        #expect(result.criterion("tsme.score")?.explanation
                == "score route: total of the three indicators; informative: \(c.id) passed")
    }

    @Test func withoutARouteOrScoreTheFirmIsNotEligible() {
        var facts = TsmeRuleTests.base
        facts.techStaff = 0
        facts.rdExpense = 0
        facts.ip2 = 0
        #expect(TsmeRuleTests.evaluate(facts).verdict == .notEligible)
    }

    @Test func directRouteDoesNotOverrideSize() {
        var facts = TsmeRuleTests.base
        facts.employees = 501
        #expect(TsmeRuleTests.evaluate(facts, valid: [.hnte]).verdict == .notEligible)
    }

    @Test func cleanRecordIsRequired() {
        var facts = TsmeRuleTests.base
        facts.seriousDishonestyList = true
        let result = TsmeRuleTests.evaluate(facts, valid: [.hnte])
        #expect(result.verdict == .notEligible)
        #expect(result.criterion("tsme.not_seriously_dishonest")?.value == "yes (2024)")
    }

    @Test func insufficientDataNamesTheMissingFacts() {
        let facts = AnnualFacts(employees: 100, techStaff: 30, revenue: 10_000_000, totalAssets: 50_000_000,
                                majorAccident: false, abnormalOperationList: false, seriousDishonestyList: false)
        let result = TsmeRuleTests.evaluate(facts)
        #expect(result.verdict == .insufficientData)
        #expect(result.missing == ["national_award_in_last_5_years (2024)", "provincial_rd_institution (2024)",
                                   "led_standard_in_last_5_years (2024)", "rd_expense (2024)", "total_cost (2024)",
                                   "ip1 (2024)", "ip2 (2024)"])
        #expect(result.score?.total == nil)
        #expect(result.score?.lowest == 20)
        #expect(result.score?.highest == 100)
    }

    @Test func scoreReachedDespiteUnknownsIsEligible() {
        // 20 + 50 already reach 60: the unknown IP and the unknown direct routes do not matter.
        let facts = AnnualFacts(employees: 100, techStaff: 30, revenue: 10_000_000, totalAssets: 50_000_000,
                                rdExpense: 600_000, majorAccident: false, abnormalOperationList: false,
                                seriousDishonestyList: false)
        let result = TsmeRuleTests.evaluate(facts)
        #expect(result.verdict == .eligible)
        #expect(result.missing == [])
    }

    @Test func aKnownFailureDecidesDespiteUnknowns() {
        let result = TsmeRuleTests.evaluate(AnnualFacts(employees: 600))
        #expect(result.verdict == .notEligible)
        #expect(result.missing == [])
        #expect(result.criterion("tsme.revenue_max")?.verdict == .unknown)
    }

    @Test func importedPolicyChangesTheVerdict() throws {
        #expect(TsmeRuleTests.evaluate(TsmeRuleTests.base).verdict == .eligible)   // 64 ≥ 60
        let policy = try PolicyDocument.decode(json: PolicyFixture.text("pass-score-70.json"))
        let result = TsmeRuleTests.evaluate(TsmeRuleTests.base, policy: policy)
        #expect(result.verdict == .notEligible)                                    // 64 < 70
        #expect(result.policy == PolicyReference(id: "jiangxi-2024", version: 2))
        #expect(result.criterion("tsme.score")?.threshold == "≥ 70 分")
    }

    @Test func criteriaShowTheNumbers() {
        let result = TsmeRuleTests.evaluate(TsmeRuleTests.base)
        #expect(result.criteria.map(\.id) == [
            "tsme.employees_max", "tsme.revenue_max", "tsme.total_assets_max", "tsme.no_major_accident",
            "tsme.not_abnormal_operation", "tsme.not_seriously_dishonest", "tsme.direct.valid_hnte",
            "tsme.direct.national_award", "tsme.direct.provincial_rd_institution", "tsme.direct.led_standard",
            "tsme.tech_staff_score", "tsme.rd_score", "tsme.ip_score", "tsme.score",
        ])
        let revenue = result.criterion("tsme.revenue_max")
        #expect(revenue?.value == "10,000,000 元 (2024)")
        #expect(revenue?.threshold == "≤ 2亿元")
        #expect(result.criterion("tsme.score")?.value == "64 分 (tech staff 12 分 + R&D 40 分 + IP 12 分)")
        #expect(result.criterion("tsme.tech_staff_score")?.threshold
                == "> 0 分; of employees: ≥ 30% → 20, ≥ 25% → 16, ≥ 20% → 12, ≥ 15% → 8, ≥ 10% → 4")
    }
}
