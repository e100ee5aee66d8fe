import LadderPostgres
import Testing
@testable import LadderKit

/// PostgreSQL answers a statistic's grant read from the cache key's index alone and in its order:
/// an index-only scan of `grant_place_pkey` with no sort, grouped by day as the rows come
/// (GroupAggregate: the packed read), for every tier and every kind of year bounds (a term of
/// years, a list calendar, none). A plain list of years made the server sort every row; a key
/// without the read's columns made it visit the table for each.
@Suite(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote))
struct GrantReadPlanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let tier: Tier
        let asOf: String
        var testDescription: String { "\(tier.rawValue) on \(asOf)" }
    }

    static let cases = [
        Case(tier: .hnte, asOf: "2025-12-31"), Case(tier: .tsme, asOf: "2024-02-29"),
        Case(tier: .growth, asOf: "2026-12-31"), Case(tier: .leader, asOf: "2021-12-31"),
    ]

    @Test(arguments: cases)
    func theGrantReadIsAnIndexOnlyScanInKeyOrder(_ c: Case) throws {
        let f = try EngineStatisticsTests.registry(seed: 21)
        let postgres = try EnginePostgres(copyOf: f.registry)
        // A registry this small would be read whole (a sequential scan); forbid that to see the
        // plan the index allows, as on a large registry.
        try postgres.connection.session.execute("SET enable_seqscan = off")
        try postgres.connection.session.execute("SET enable_bitmapscan = off")
        let explaining = ExplainingConnection(postgres.connection)
        let day = StatsFixture.day(c.asOf)
        let json = try Registry(engine: OneConnectionEngine(explaining)).stats(tier: c.tier, by: .city, asOf: day).tabular.render(.json)
        #expect(json == (try f.registry.stats(tier: c.tier, by: .city, asOf: day).tabular.render(.json)))
        #expect(!explaining.plans.isEmpty)
        for plan in explaining.plans {
            #expect(plan.first?.hasPrefix("GroupAggregate") == true, "\(plan)")
            #expect(plan.dropFirst().first { $0.contains("->") }?.contains("->  Index Only Scan using grant_place_pkey on grant_place") == true,
                    "\(plan)")
            #expect(!plan.contains { $0.contains("Sort") }, "\(plan)")
        }
    }
}
