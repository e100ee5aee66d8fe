import Testing
@testable import LadderKit

/// 高新技术企业: the eight conditions, the 365-day boundary, the R&D band switching with the
/// latest year's sales, the multi-year R&D ratio of younger firms, and the innovation score.
@Suite struct HnteRuleTests {
    static let asOf = Day(year: 2025, month: 6, day: 1)!
    static let founded = Day(year: 2015, month: 3, day: 1)!

    /// One year of an eligible firm: 20% tech staff, R&D 6% of sales all in China, 70% high-tech income, score 75.
    static let year = AnnualFacts(employees: 100, techStaff: 20, revenue: 10_000_000, rdExpense: 600_000,
                                  rdExpenseInChina: 600_000, highTechIncome: 7_000_000, innovationScore: 75,
                                  ownsCoreIP: true, majorAccident: false)

    static func evaluate(_ facts: [Int: AnnualFacts], founded: Day? = founded, asOf: Day = asOf,
                         field: String? = "电子信息", policy: Policy = .builtIn) -> EligibilityResult {
        HnteRule().evaluate(EligibilityInput(founded: founded, field: field, asOf: asOf, facts: facts), policy: policy)
    }

    static func threeYears(_ edit: (inout AnnualFacts) -> Void = { _ in }) -> [Int: AnnualFacts] {
        var latest = year
        edit(&latest)
        return [2022: year, 2023: year, 2024: latest]
    }

    @Test func eligibleFirm() {
        let result = HnteRuleTests.evaluate(HnteRuleTests.threeYears())
        #expect(result.verdict == .eligible)
        #expect(result.criteria.map(\.id) == [
            "hnte.registered_days", "hnte.core_ip", "hnte.field", "hnte.tech_staff_ratio", "hnte.rd_ratio",
            "hnte.rd_in_china", "hnte.high_tech_income", "hnte.innovation_score", "hnte.no_major_accident",
        ])
        #expect(result.criterion("hnte.rd_ratio")?.value == "6.00% (R&D 1,800,000 / sales 30,000,000 元, 2022–2024)")
        #expect(result.criterion("hnte.rd_ratio")?.threshold == "≥ 5% (latest sales ≤ 5000万元)")
    }

    struct Registration: CustomTestStringConvertible, Sendable {
        let founded: String, asOf: String, days: Int
        let verdict: CriterionVerdict
        var testDescription: String { "\(founded) → \(asOf): \(days) days" }
    }

    @Test(arguments: [
        Registration(founded: "2024-06-01", asOf: "2025-06-01", days: 365, verdict: .pass),
        Registration(founded: "2024-06-02", asOf: "2025-06-01", days: 364, verdict: .fail),
        Registration(founded: "2024-05-31", asOf: "2025-06-01", days: 366, verdict: .pass),
        Registration(founded: "2023-06-01", asOf: "2024-05-31", days: 365, verdict: .pass),   // across 2024-02-29
    ])
    func registrationBoundary(_ c: Registration) throws {
        let founded = try #require(Day(iso: c.founded)), asOf = try #require(Day(iso: c.asOf))
        let result = HnteRuleTests.evaluate(HnteRuleTests.threeYears(), founded: founded, asOf: asOf)
        let criterion = try #require(result.criterion("hnte.registered_days"))
        #expect(criterion.verdict == c.verdict)
        #expect(criterion.value == "\(c.days) days (founded \(c.founded), evaluated \(c.asOf))")
    }

    struct RDBand: CustomTestStringConvertible, Sendable {
        let revenue: Int64, rd: Int64
        let threshold: String
        let verdict: CriterionVerdict
        var testDescription: String { "sales \(revenue), R&D \(rd): \(threshold)" }
    }

    /// The same sales every year, R&D between two bands: the band is chosen by the latest year's sales.
    @Test(arguments: [
        RDBand(revenue: 50_000_000, rd: 2_250_000, threshold: "≥ 5% (latest sales ≤ 5000万元)", verdict: .fail),
        RDBand(revenue: 50_000_000, rd: 2_500_000, threshold: "≥ 5% (latest sales ≤ 5000万元)", verdict: .pass),
        RDBand(revenue: 49_999_999, rd: 2_250_000, threshold: "≥ 5% (latest sales ≤ 5000万元)", verdict: .fail),
        RDBand(revenue: 50_000_001, rd: 2_250_000, threshold: "≥ 4% (5000万元 < latest sales ≤ 2亿元)", verdict: .pass),
        RDBand(revenue: 200_000_000, rd: 7_000_000, threshold: "≥ 4% (5000万元 < latest sales ≤ 2亿元)", verdict: .fail),
        RDBand(revenue: 200_000_000, rd: 8_000_000, threshold: "≥ 4% (5000万元 < latest sales ≤ 2亿元)", verdict: .pass),
        RDBand(revenue: 200_000_001, rd: 7_000_000, threshold: "≥ 3% (latest sales > 2亿元)", verdict: .pass),
        RDBand(revenue: 200_000_001, rd: 6_000_000, threshold: "≥ 3% (latest sales > 2亿元)", verdict: .fail),
    ])
    func rdBandFollowsLatestSales(_ c: RDBand) throws {
        var facts = HnteRuleTests.year
        facts.revenue = c.revenue
        facts.rdExpense = c.rd
        facts.rdExpenseInChina = c.rd
        let criterion = try #require(HnteRuleTests.evaluate([2022: facts, 2023: facts, 2024: facts]).criterion("hnte.rd_ratio"))
        #expect(criterion.threshold == c.threshold)
        #expect(criterion.verdict == c.verdict)
    }

    @Test func bandUsesTheLatestYearNotTheSum() throws {
        // 2024 sales 6000万 → 4% band; the three-year ratio 3,400,000 / 80,000,000 = 4.25% passes it.
        let small = AnnualFacts(revenue: 10_000_000, rdExpense: 400_000, rdExpenseInChina: 400_000)
        let facts = HnteRuleTests.threeYears { $0.revenue = 60_000_000; $0.rdExpense = 2_600_000; $0.rdExpenseInChina = 2_600_000 }
        let criterion = try #require(HnteRuleTests.evaluate(facts.merging([2022: small, 2023: small]) { _, new in new })
            .criterion("hnte.rd_ratio"))
        #expect(criterion.value == "4.25% (R&D 3,400,000 / sales 80,000,000 元, 2022–2024)")
        #expect(criterion.verdict == .pass)
    }

    struct Young: CustomTestStringConvertible, Sendable {
        let name: String
        let founded: String
        let value: String
        let verdict: CriterionVerdict
        var testDescription: String { name }
    }

    /// Facts exist for 2022–2024, but years before the founding year do not count: the 2022 and
    /// 2023 figures would drag the ratio below 5% if they did.
    @Test(arguments: [
        Young(name: "one year", founded: "2024-01-10", value: "5.00% (R&D 500,000 / sales 10,000,000 元, 2024)",
              verdict: .pass),
        Young(name: "two years", founded: "2023-03-01", value: "5.00% (R&D 700,000 / sales 14,000,000 元, 2023–2024)",
              verdict: .pass),
        Young(name: "three years", founded: "2015-03-01", value: "3.50% (R&D 700,000 / sales 20,000,000 元, 2022–2024)",
              verdict: .fail),
    ])
    func rdRatioOverTheYearsSinceFounding(_ c: Young) throws {
        let facts: [Int: AnnualFacts] = [
            2022: AnnualFacts(revenue: 6_000_000, rdExpense: 0, rdExpenseInChina: 0),
            2023: AnnualFacts(revenue: 4_000_000, rdExpense: 200_000, rdExpenseInChina: 200_000),
            2024: AnnualFacts(revenue: 10_000_000, rdExpense: 500_000, rdExpenseInChina: 500_000),
        ]
        let criterion = try #require(HnteRuleTests.evaluate(facts, founded: Day(iso: c.founded)).criterion("hnte.rd_ratio"))
        #expect(criterion.value == c.value)
        #expect(criterion.verdict == c.verdict)
    }

    @Test func threeYearRatioJustUnderFiveShowsTruncated() throws {
        let facts: [Int: AnnualFacts] = [
            2022: AnnualFacts(revenue: 10_000_000, rdExpense: 200_000),
            2023: AnnualFacts(revenue: 10_000_000, rdExpense: 500_000),
            2024: AnnualFacts(revenue: 10_000_000, rdExpense: 799_999),
        ]
        let criterion = try #require(HnteRuleTests.evaluate(facts).criterion("hnte.rd_ratio"))
        #expect(criterion.value == "4.99% (R&D 1,499,999 / sales 30,000,000 元, 2022–2024)")
        #expect(criterion.verdict == .fail)
    }

    struct Share: CustomTestStringConvertible, Sendable {
        let id: String
        let edit: @Sendable (inout AnnualFacts) -> Void
        let value: String
        let verdict: CriterionVerdict
        var testDescription: String { "\(id): \(value)" }
    }

    @Test(arguments: [
        Share(id: "hnte.tech_staff_ratio", edit: { $0.techStaff = 10 }, value: "10.00% (10 / 100 人, 2024)", verdict: .pass),
        Share(id: "hnte.tech_staff_ratio", edit: { $0.techStaff = 9 }, value: "9.00% (9 / 100 人, 2024)", verdict: .fail),
        Share(id: "hnte.tech_staff_ratio", edit: { $0.techStaff = 11 }, value: "11.00% (11 / 100 人, 2024)", verdict: .pass),
        Share(id: "hnte.high_tech_income", edit: { $0.highTechIncome = 6_000_000 },
              value: "60.00% (6,000,000 / 10,000,000 元 sales, as total income is not entered, 2024)", verdict: .pass),
        Share(id: "hnte.high_tech_income", edit: { $0.highTechIncome = 5_999_999 },
              value: "59.99% (5,999,999 / 10,000,000 元 sales, as total income is not entered, 2024)", verdict: .fail),
        Share(id: "hnte.high_tech_income", edit: { $0.highTechIncome = 6_000_000; $0.totalIncome = 12_000_000 },
              value: "50.00% (6,000,000 / 12,000,000 元 total income, 2024)", verdict: .fail),
        Share(id: "hnte.rd_in_china", edit: { $0.rdExpenseInChina = 0 },
              value: "66.66% (1,200,000 / 1,800,000 元, 2022–2024)", verdict: .pass),
    ])
    func shares(_ c: Share) throws {
        let criterion = try #require(HnteRuleTests.evaluate(HnteRuleTests.threeYears(c.edit)).criterion(c.id))
        #expect(criterion.value == c.value)
        #expect(criterion.verdict == c.verdict)
    }

    struct InChina: CustomTestStringConvertible, Sendable {
        let inChina: Int64
        let verdict: CriterionVerdict
        var testDescription: String { "\(inChina) of 1,800,000 in China" }
    }

    /// Three-year R&D 1,800,000: 60% is 1,080,000 spent in China.
    @Test(arguments: [InChina(inChina: 1_080_000, verdict: .pass), InChina(inChina: 1_079_999, verdict: .fail),
                      InChina(inChina: 1_080_001, verdict: .pass)])
    func rdInChinaBoundary(_ c: InChina) {
        let facts: [Int: AnnualFacts] = [
            2022: AnnualFacts(revenue: 10_000_000, rdExpense: 600_000, rdExpenseInChina: 0),
            2023: AnnualFacts(revenue: 10_000_000, rdExpense: 600_000, rdExpenseInChina: 480_000),
            2024: AnnualFacts(revenue: 10_000_000, rdExpense: 600_000, rdExpenseInChina: c.inChina - 480_000),
        ]
        #expect(HnteRuleTests.evaluate(facts).criterion("hnte.rd_in_china")?.verdict == c.verdict)
    }

    struct Innovation: CustomTestStringConvertible, Sendable {
        let name: String
        var score: Points?
        var parts: InnovationParts?
        let verdict: CriterionVerdict
        let total: Points?
        var testDescription: String { name }
    }

    @Test(arguments: [
        Innovation(name: "entered 71", score: 71, verdict: .pass, total: 71),
        Innovation(name: "entered 70", score: 70, verdict: .fail, total: 70),
        Innovation(name: "entered 70.01", score: Points(hundredths: 7001), verdict: .pass, total: Points(hundredths: 7001)),
        Innovation(name: "entered 70.5", score: Points(hundredths: 7050), verdict: .pass, total: Points(hundredths: 7050)),
        Innovation(name: "entered 69.99", score: Points(hundredths: 6999), verdict: .fail, total: Points(hundredths: 6999)),
        Innovation(name: "parts 25+20+15+10.5", parts: InnovationParts(ip: 25, conversion: 20, rdManagement: 15,
                                                                        growth: Points(hundredths: 1050)),
                   verdict: .pass, total: Points(hundredths: 7050)),
        Innovation(name: "parts 24.99+20+15+10", parts: InnovationParts(ip: Points(hundredths: 2499), conversion: 20,
                                                                         rdManagement: 15, growth: 10),
                   verdict: .fail, total: Points(hundredths: 6999)),
        Innovation(name: "parts 25+20+15+11", parts: InnovationParts(ip: 25, conversion: 20, rdManagement: 15, growth: 11),
                   verdict: .pass, total: 71),
        Innovation(name: "parts 25+20+15+10", parts: InnovationParts(ip: 25, conversion: 20, rdManagement: 15, growth: 10),
                   verdict: .fail, total: 70),
        Innovation(name: "entered wins over parts", score: 80, parts: InnovationParts(ip: 1, conversion: 1, rdManagement: 1, growth: 1),
                   verdict: .pass, total: 80),
        Innovation(name: "parts too low whatever conversion is", parts: InnovationParts(ip: 5, rdManagement: 5, growth: 5),
                   verdict: .fail, total: nil),
        Innovation(name: "parts high enough whatever growth is",
                   parts: InnovationParts(ip: 30, conversion: 30, rdManagement: 20), verdict: .pass, total: nil),
    ])
    func innovationScore(_ c: Innovation) throws {
        let facts = HnteRuleTests.threeYears {
            $0.innovationScore = c.score
            $0.innovationParts = c.parts
            $0.netAssets = nil   // growth cannot be computed
        }
        let result = HnteRuleTests.evaluate(facts)
        #expect(result.criterion("hnte.innovation_score")?.verdict == c.verdict)
        #expect(result.score?.total == c.total)
    }

    /// Net assets grow 20% a year (grade ≥ 15% → 5), sales 40% (grade ≥ 35% → 9): growth 14;
    /// with ip 25, conversion 20, R&D management 12 the total is 71.
    @Test func growthPartComputedFromTheFigures() throws {
        let netAssets: [Int: Int64] = [2022: 10_000_000, 2023: 12_000_000, 2024: 14_400_000]
        let sales: [Int: Int64] = [2022: 10_000_000, 2023: 14_000_000, 2024: 19_600_000]
        var facts: [Int: AnnualFacts] = [:]
        for y in 2022...2024 {
            var f = HnteRuleTests.year
            f.netAssets = netAssets[y]
            f.revenue = sales[y]
            f.rdExpense = 1_000_000
            f.rdExpenseInChina = 1_000_000
            f.innovationScore = nil
            f.innovationParts = InnovationParts(ip: 25, conversion: 20, rdManagement: 12)
            facts[y] = f
        }
        let result = HnteRuleTests.evaluate(facts)
        let criterion = try #require(result.criterion("hnte.innovation_score"))
        #expect(criterion.verdict == .pass)
        #expect(criterion.value == "71 (ip 25, conversion 20, rd_management 12, growth 14 computed "
                + "(2022–2024: net assets 20.00% → 5, sales 40.00% → 9); 2024)")
        #expect(result.score?.parts.map(\.points) == [25, 20, 12, 14])
    }

    struct Rate: CustomTestStringConvertible, Sendable {
        let values: [Int64]
        let percent: String?
        var testDescription: String { "\(values) → \(percent ?? "none")" }
    }

    /// The 指引's formula and its edge cases.
    @Test(arguments: [
        Rate(values: [100, 120, 144], percent: "20.00%"),
        Rate(values: [100, 150], percent: "50.00%"),
        Rate(values: [0, 100, 150], percent: "50.00%"),       // first year 0: the last two years
        Rate(values: [100, 0, 150], percent: nil),            // second year 0: no rate
        Rate(values: [-100, 50, 150], percent: nil),
        Rate(values: [100, 90, 81], percent: "-10.00%"),
        Rate(values: [100], percent: nil),
    ])
    func growthRate(_ c: Rate) {
        #expect(InnovationGrowth.rate(c.values)?.percentText == c.percent)
    }

    @Test func fieldMustBeOneOfTheEight() {
        #expect(HnteRuleTests.evaluate(HnteRuleTests.threeYears(), field: "先进制造与自动化（工业生产过程控制系统）")
            .criterion("hnte.field")?.verdict == .pass)
        #expect(HnteRuleTests.evaluate(HnteRuleTests.threeYears(), field: "房地产").verdict == .notEligible)
        #expect(HnteRuleTests.evaluate(HnteRuleTests.threeYears { $0.field = "新材料" }, field: "房地产")
            .criterion("hnte.field")?.value == "新材料")
    }

    @Test func insufficientDataNamesTheMissingFacts() {
        var facts = HnteRuleTests.threeYears { $0.innovationScore = nil; $0.ownsCoreIP = nil }
        facts[2023]?.rdExpense = nil
        let result = HnteRuleTests.evaluate(facts, field: nil)
        #expect(result.verdict == .insufficientData)
        #expect(result.missing == ["owns_core_ip (2024)", "field", "rd_expense (2023)", "innovation_score (2024)"])
    }

    @Test func unknownFoundingDayIsMissingWhenYearsAreMissing() {
        let result = HnteRuleTests.evaluate([2024: HnteRuleTests.year], founded: nil)
        #expect(result.verdict == .insufficientData)
        #expect(result.missing == ["founded", "rd_expense (2022)", "rd_expense (2023)", "revenue (2022)", "revenue (2023)",
                                   "rd_expense_in_china (2022)", "rd_expense_in_china (2023)"])
    }

    @Test func aKnownFailureDecidesDespiteUnknowns() {
        let result = HnteRuleTests.evaluate([2024: AnnualFacts(ownsCoreIP: false)])
        #expect(result.verdict == .notEligible)
        #expect(result.missing == [])
    }

    @Test func importedPolicyChangesTheVerdict() throws {
        let json = try PolicyFixture.edited("\"innovation_score_above\": 70", "\"innovation_score_above\": 75")
        let policy = try PolicyDocument.decode(json: json)
        #expect(HnteRuleTests.evaluate(HnteRuleTests.threeYears()).verdict == .eligible)                 // 75 > 70
        #expect(HnteRuleTests.evaluate(HnteRuleTests.threeYears(), policy: policy).verdict == .notEligible)  // 75 is not above 75
    }
}
