import Testing
@testable import LadderKit

@Suite struct TargetTests {
    struct ProjectionCase: CustomTestStringConvertible, Sendable {
        let current: Int, before: Int, elapsed: Int, remaining: Int, projection: Int
        var testDescription: String { "\(before) → \(current), \(remaining) days on: \(projection)" }
    }

    @Test(arguments: [
        // 8000 → 9000 in a year; half a year more: 9000 + 1000 × 183 / 365 = 9501.36… → 9501.
        ProjectionCase(current: 9000, before: 8000, elapsed: 365, remaining: 183, projection: 9501),
        // Exactly a year more doubles the gain.
        ProjectionCase(current: 9000, before: 8000, elapsed: 365, remaining: 365, projection: 10000),
        // A decline rounds down too: 90 − 10 × 100 / 365 = 87.26… → 87.
        ProjectionCase(current: 90, before: 100, elapsed: 365, remaining: 100, projection: 87),
        // Past or on the due day: the count itself.
        ProjectionCase(current: 90, before: 100, elapsed: 365, remaining: 0, projection: 90),
        ProjectionCase(current: 90, before: 100, elapsed: 366, remaining: -5, projection: 90),
    ])
    func projectionIsExactAndRoundsDown(_ c: ProjectionCase) {
        #expect(TargetReport.projection(current: c.current, before: c.before, elapsedDays: c.elapsed,
                                        remainingDays: c.remaining) == c.projection)
    }

    /// Read from the registry as written, or from its PostgreSQL copy.
    @Test(arguments: EngineUnderTest.kinds)
    func targetsInForceWithProgress(on kind: EngineUnderTest.Kind) throws {
        let f = try PlanScenario.build()
        let written = f.registry
        let day = StatsFixture.day
        try written.setTarget(tier: .hnte, count: 8000, due: day("2025-12-31"), context: StatsFixture.at("2024-12-01T00:00"))
        try written.setTarget(tier: .hnte, count: 10000, due: day("2025-12-31"), context: StatsFixture.at("2025-01-10T00:00"))
        try written.setTarget(tier: .tsme, count: 17000, due: day("2025-12-31"), context: StatsFixture.at("2025-01-10T00:00"))
        try written.setTarget(tier: .hnte, count: 1, due: day("2026-12-31"), region: .city(RegionCode(trusted: "360100")),
                              context: StatsFixture.at("2025-02-01T00:00"))
        try written.setTarget(tier: .hnte, count: 2, due: day("2026-06-30"), region: .city(RegionCode(trusted: "360300")),
                              context: StatsFixture.at("2025-02-01T00:00"))
        try written.setTarget(tier: .hnte, count: 5, due: day("2025-01-01"), region: .zone(.ganjiang),
                              context: StatsFixture.at("2025-02-01T00:00"))
        try written.setTarget(tier: .hnte, count: 1, due: day("2025-12-31"), region: .county(RegionCode(trusted: "360111")),
                              context: StatsFixture.at("2025-02-01T00:00"))
        let engine = try EngineUnderTest(written, on: kind)
        defer { withExtendedLifetime(engine) {} }
        let r = engine.statistics
        let report = try r.targets(asOf: day("2025-06-30"), knownAt: StatsFixture.moment("2025-06-30"))
        let rows = report.rows.map { "\($0.target.tier.rawValue) \($0.target.region.code) \($0.target.count): "
            + "\($0.yearBefore) → \($0.current) → \($0.projection) \($0.status.rawValue)" }
        #expect(rows == [
            // tsme: 0 on 2024-06-30 (the 2022 numbers ended), 1 now (5's 2025 number); 184 days to go.
            "tsme 360000 17000: 0 → 1 → 1 off-track",
            // hnte province: 3 then (1, 4, 7), 4 now (1, 4, 6, 7): 4 + 1 × 184 / 365 → 4. 8000 was replaced.
            "hnte 360000 10000: 3 → 4 → 4 off-track",
            "hnte 360100 1: 1 → 1 → 1 met",
            // 萍乡: 0 then, 1 now (6), 365 days to go: 1 + 1 × 365 / 365 = 2.
            "hnte 360300 2: 0 → 1 → 2 on-track",
            "hnte ganjiang 5: 1 → 1 → 1 missed",
            "hnte 360111 1: 1 → 1 → 1 met",
        ])
        #expect(try r.targets(region: .zone(.ganjiang), asOf: day("2025-06-30")).rows.count == 1)
        // Known before the 2025 targets were set, only the first one was in force.
        #expect(try r.targets(asOf: day("2025-06-30"), knownAt: StatsFixture.moment("2024-12-31")).rows
            .map(\.target.count) == [8000])
    }

    struct RegionCase: CustomTestStringConvertible, Sendable {
        let code: String, region: TargetRegion?
        var testDescription: String { code }
    }

    @Test(arguments: [
        RegionCase(code: "360000", region: .province),
        RegionCase(code: "360700", region: .city(RegionCode(trusted: "360700"))),
        RegionCase(code: "360702", region: .county(RegionCode(trusted: "360702"))),
        RegionCase(code: "440300", region: nil),
    ])
    func regionFromCode(_ c: RegionCase) throws {
        #expect((try? TargetRegion(code: RegionCode(c.code))) == c.region)
    }
}
