import Testing
@testable import LadderKit

/// `show` and `check` as a clerk's terminal shows them: golden files, and no line wider than 100
/// columns (Chinese characters count two) unless `--wide` asks for the one-line-per-row tables.
@Suite struct LayoutGoldenTests {
    let f: StatsFixture
    let known = PlanScenario.knownAt

    init() throws {
        f = try PlanScenario.build()
        let facts = AnnualFacts(employees: 120, techStaff: 15, revenue: 48_000_000, totalAssets: 30_000_000,
                                rdExpense: 2_500_000, rdExpenseInChina: 2_500_000, highTechIncome: 30_000_000, ip1: 2)
        _ = try f.registry.setFacts(StatsFixture.code(1), year: 2024, facts: facts, context: StatsFixture.at("2025-02-01T00:00"))
    }

    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    @Test func showFitsOneHundredColumns() throws {
        let profile = try f.registry.profile(of: StatsFixture.code(1).text, asOf: StatsFixture.day("2025-06-30"), knownAt: known)
        let text = ProfileText.render(profile)
        try Golden.check(text, "show-firm-1")
        #expect(LayoutGoldenTests.widest(text) <= 100)
        #expect(LayoutGoldenTests.widest(ProfileText.render(profile, wide: true)) > 100)
    }

    @Test func checkFitsOneHundredColumns() throws {
        let code = StatsFixture.code(1).text
        let result = try f.registry.check(code, tier: .hnte, asOf: StatsFixture.day("2025-06-30"), knownAt: known)
        let text = EligibilityText.render(result, enterprise: "赣锋锂业集团股份有限公司 \(code)", knownAt: known)
        try Golden.check(text, "check-hnte-firm-1")
        #expect(LayoutGoldenTests.widest(text) <= 100)
        #expect(LayoutGoldenTests.widest(EligibilityText.render(result, enterprise: code, knownAt: known, wide: true)) > 100)
    }

    @Test(arguments: [
        ("研发费用 over the last 3 fiscal years", 12, ["研发费用", "over the", "last 3", "fiscal years"]),
        ("江西众城新材料有限公司", 10, ["江西众城新", "材料有限公", "司"]),
        ("a  b", 10, ["a  b"]),
    ])
    func wrapsAtSpacesOrBetweenChineseCharacters(text: String, width: Int, lines: [String]) {
        #expect(TextWrap.lines(text, width: width) == lines)
    }
}
