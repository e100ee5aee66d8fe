import Foundation
import Testing
@testable import LadderKit

/// Targets per city and county, the report of a city, and candidates within a region, on
/// `RegionScenario` (figures worked out there).
@Suite struct RegionReportTests {
    let f: StatsFixture
    let known = RegionScenario.knownAt
    let planDay = StatsFixture.day("2025-06-30")

    init() throws {
        f = try RegionScenario.build()
        let due = StatsFixture.day("2025-12-31"), at = StatsFixture.at("2025-01-10T00:00")
        try f.registry.setTarget(tier: .hnte, count: 5, due: due, context: at)
        try f.registry.setTarget(tier: .hnte, count: 3, due: due, region: RegionScenario.ganzhou, context: at)
        try f.registry.setTarget(tier: .hnte, count: 4, due: due, region: RegionScenario.zhanggong, context: at)
        try f.registry.setTarget(tier: .hnte, count: 1, due: due, region: RegionScenario.ganjiang, context: at)
    }

    struct Targets: CustomTestStringConvertible, Sendable {
        let region: Region?
        /// code target current year-before projection status, per row.
        let rows: [String]
        var testDescription: String { region?.name ?? "all" }
    }

    /// On 2025-06-30 赣州 has firms 1, 2 and 5 (3); on 2024-06-30 firms 1, 2 and 7 (3). 章贡区: firms 1
    /// and 5 now (2), firm 1 then (1): +1 in 365 days, × 184 days to 2025-12-31 = 0 more, rounded down.
    /// The province: 5 now, 6 then (firm 7 still valid): −1 × 184 / 365 rounded down is −1, so 4.
    @Test(arguments: [
        Targets(region: RegionScenario.ganzhou, rows: ["360700 3 3 3 3 met", "360702 4 2 1 2 off-track"]),
        Targets(region: RegionScenario.zhanggong, rows: ["360702 4 2 1 2 off-track"]),
        Targets(region: RegionScenario.ganjiang, rows: ["ganjiang 1 1 1 1 met"]),
        Targets(region: RegionScenario.jian, rows: []),
        Targets(region: .province, rows: ["360000 5 5 6 4 met", "360700 3 3 3 3 met", "ganjiang 1 1 1 1 met",
                                          "360702 4 2 1 2 off-track"]),
        Targets(region: nil, rows: ["360000 5 5 6 4 met", "360700 3 3 3 3 met", "ganjiang 1 1 1 1 met",
                                    "360702 4 2 1 2 off-track"]),
    ])
    func targetsOfARegionAreItsOwnAndItsCounties(_ c: Targets) throws {
        let report = try f.registry.targets(region: c.region, asOf: planDay, knownAt: known)
        #expect(report.rows.map {
            "\($0.target.region.code) \($0.target.count) \($0.current) \($0.yearBefore) \($0.projection) \($0.status.rawValue)"
        } == c.rows)
        #expect(report.tabular.title == "Targets in force" + (c.region.map { " in \($0.name)" } ?? ""))
    }

    @Test func theReportOfACityIsItsOwn() throws {
        let content = try f.registry.reportContent(region: RegionScenario.ganzhou, asOf: planDay, knownAt: known,
                                                   generatedAt: known, trendMonths: 3, expiringDays: 365,
                                                   language: .zh)
        #expect(content.title == "赣州市科技企业梯次培育报告")
        let hnte = try #require(content.headline.first { $0.tier == .hnte })
        #expect((hnte.value, hnte.target, hnte.valueOneYearEarlier) == (3, 3, 3))
        // No 科小 target for 赣州: the province's 17000-style target is not shown as the city's.
        #expect(content.headline.first { $0.tier == .tsme }.map { ($0.value, $0.target) } ?? (-1, -1) == (0, nil))
        #expect(content.placeLevel == "县区")
        #expect(content.validByCity.count == 18)
        #expect(content.validByCity.prefix(2).map { "\($0.name) \($0.count)" } == ["章贡区 2", "南康区 1"])
        #expect(content.monthlyTrend.first { $0.tier == .hnte }?.points.map(\.count) == [3, 3, 3])
        #expect(content.cohorts.map { "\($0.issueYear) \($0.issued)" } == ["2021 1", "2023 1", "2024 1"])
        #expect(content.funnel.map { "\($0.admissionYear) \($0.admitted) \($0.reachedHigher)" } == ["2023 1 1", "2024 1 0"])
        #expect(content.expiring.map { "\($0.name) \($0.city)" } == ["吉州电子有限公司 章贡区"])
        let html = ReportHTML.render(content)
        #expect(html.contains("<h1>赣州市科技企业梯次培育报告</h1>"))
        #expect(html.contains("二、各县区有效高新技术企业"))
        #expect(!html.contains("景德镇市"))
    }

    @Test func theProvincesReportIsUnchangedByRegionalTargets() throws {
        let content = try f.registry.reportContent(asOf: planDay, knownAt: known, generatedAt: known, trendMonths: 3,
                                                   language: .zh)
        #expect(content.title == "江西省科技企业梯次培育报告")
        let hnte = try #require(content.headline.first { $0.tier == .hnte })
        #expect((hnte.value, hnte.target) == (5, 5))
        #expect(content.placeLevel == "设区市")
        #expect(content.validByCity.map(\.name).prefix(2) == ["南昌市", "景德镇市"])
    }
}
