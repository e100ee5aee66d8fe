import Testing
@testable import LadderKit

/// The table form of every statistics report for `PlanScenario`, against reviewed golden files.
@Suite struct GoldenReportTests {
    let f: StatsFixture
    let known = PlanScenario.knownAt
    let planDay = StatsFixture.day("2025-06-30")

    init() throws { f = try PlanScenario.build() }

    @Test func statsTables() throws {
        let r = f.registry
        try Golden.check(try r.stats(tier: .hnte, by: .city, asOf: planDay, knownAt: known).tabular.render(.table),
                         "stats-hnte-by-city")
        try Golden.check(try r.stats(by: .tier, asOf: planDay, knownAt: known).tabular.render(.table), "stats-by-tier")
        try Golden.check(try r.stats(by: .city, asOf: planDay, knownAt: known).tabular.render(.table),
                         "stats-positions-by-city")
        try Golden.check(try r.stats(tier: .hnte, by: .county, asOf: planDay, knownAt: known).tabular.render(.table),
                         "stats-hnte-by-county")
    }

    @Test func seriesTable() throws {
        let report = try f.registry.series(tier: .hnte, from: YearMonth(year: 2023, month: 10)!,
                                           to: YearMonth(year: 2024, month: 3)!, byCity: true, knownAt: known)
        try Golden.check(report.tabular(for: .table).render(.table), "series-hnte-by-city")
        try Golden.check(report.tabular(for: .csv).render(.csv), "series-hnte-by-city-csv")
    }

    @Test func chainTables() throws {
        try Golden.check(try f.registry.cohort(asOf: planDay, knownAt: known).tabular.render(.table), "cohort-hnte")
        try Golden.check(try f.registry.funnel(from: .tsme, to: .hnte, asOf: planDay, knownAt: known).tabular
            .render(.table), "funnel-tsme-hnte")
    }

    @Test func listingTables() throws {
        let r = f.registry
        try Golden.check(try r.expiring(asOf: StatsFixture.day("2026-10-01"), knownAt: known).tabular.render(.table),
                         "expiring")
        try Golden.check(try r.lapsed(since: StatsFixture.day("2022-01-01"), asOf: planDay, knownAt: known).tabular
            .render(.table), "lapsed")
        try Golden.check(try r.export(tier: .hnte, asOf: planDay, knownAt: known).tabular.render(.csv), "export-hnte-csv")
    }

    @Test func targetsTable() throws {
        let r = f.registry
        try r.setTarget(tier: .hnte, count: 10000, due: StatsFixture.day("2025-12-31"),
                        context: StatsFixture.at("2025-01-10T00:00"))
        try r.setTarget(tier: .tsme, count: 17000, due: StatsFixture.day("2025-12-31"),
                        context: StatsFixture.at("2025-01-10T00:00"))
        try Golden.check(try r.targets(asOf: planDay, knownAt: known).tabular(for: .table).render(.table), "targets")
    }
}
