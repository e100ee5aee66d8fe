import GRDB
import Testing
@testable import LadderKit

/// Random histories (`RandomHistory`, seeded): every region's count equals its row in the
/// province's — each city and 赣江新区 its `--by city` row, each county its `--by county` row, the
/// province the total — and the `--print-sql` statement narrowed to the region counts the same.
@Suite struct RegionDifferentialTests {
    @Test(arguments: EngineUnderTest.kinds, [UInt64(3), 11])
    func everyRegionEqualsItsRowInTheProvinces(on kind: EngineUnderTest.Kind, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: 30, random: &random)
        let engine = try EngineUnderTest(f.registry, on: kind)
        let statistics = engine.statistics
        let days = (0..<6).map { _ in RandomHistory.day(in: 2019...2027, random: &random) }
        for day in days {
            for tier in [Tier.hnte, .tsme] {
                let byCity = try statistics.stats(tier: tier, by: .city, region: nil, asOf: day, knownAt: nil)
                let byCounty = try statistics.stats(tier: tier, by: .county, region: nil, asOf: day, knownAt: nil)
                // The cities and 赣江新区; not 省本级 (360000, firms registered at province level) or 省外.
                var rows: [(Region, Int)] = byCity.rows.compactMap { row in
                    row.code == "360000" ? nil : (try? Region(parsing: row.code)).map { ($0, row.count) }
                }
                rows += byCounty.rows.compactMap { row in
                    guard let code = try? RegionCode(row.code), let region = try? Region(code: code),
                          case .county = region else { return nil }
                    return (region, row.count)
                }
                rows.append((.province, byCity.rows.filter { $0.code != "440000" }.reduce(0) { $0 + $1.count }))
                #expect(rows.count > 12)
                for (region, expected) in rows {
                    let own = try statistics.stats(tier: tier, by: .county, region: region, asOf: day, knownAt: nil)
                    #expect(own.total == expected, "\(tier.rawValue) in \(region.code) on \(day.iso)")
                    guard kind == .sqlite else { continue }  // the printed SQL is for the sqlite3 shell
                    let printed = try f.registry.read { db in
                        let sql = try Registry.statsSQL(db, policy: .builtIn, tier: tier, by: .county, region: region,
                                                        asOf: day, knownAt: nil)
                        return try Row.fetchAll(db, sql: sql).reduce(0) { $0 + ($1["count"] as Int) }
                    }
                    #expect(printed == expected, "printed SQL, \(tier.rawValue) in \(region.code) on \(day.iso)")
                }
            }
        }
    }
}
