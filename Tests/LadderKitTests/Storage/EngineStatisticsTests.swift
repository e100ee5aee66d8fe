import Foundation
import GRDB
import LadderPostgres
import Testing
@testable import LadderKit

/// Every statistic read through the engine seam equals the SQLite registry's own, as JSON and as
/// a table: through `GRDBConnection` on the same file always, and on PostgreSQL after a copy when
/// `LADDER_TEST_POSTGRES` names a server. The registries are random histories (renames,
/// relocations, revocations, voids, place and founding corrections, 2018–2027) with half the
/// statistics cache behind its events.
@Suite struct EngineStatisticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let seed: UInt64
        /// Whether PostgreSQL's cache is set back as SQLite's is (else the copy's full cache is read).
        let cacheLags: Bool
        var testDescription: String { "seed \(seed)" + (cacheLags ? ", cache behind" : ", cache full") }
    }

    static let cases = [Case(seed: 21, cacheLags: false), Case(seed: 22, cacheLags: true)]

    @Test(arguments: cases)
    func throughTheSeamOnSQLite(_ c: Case) throws {
        let f = try Self.registry(seed: c.seed)
        try Self.expectSameStatistics(f.registry, Registry(engine: OneConnectionEngine(GRDBConnection(f.registry))), seed: c.seed)
    }

    @Test(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote), arguments: cases)
    func onPostgreSQLAfterACopy(_ c: Case) throws {
        let f = try Self.registry(seed: c.seed)
        let postgres = try EnginePostgres(copyOf: f.registry)
        let session = postgres.connection.session
        // The copy fills the cache in its transaction: every grant, the mark at the newest event.
        let (grants, newest) = try f.registry.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE kind IN ('admit', 'certify', 'select')") ?? 0,
             try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0)
        }
        #expect(grants > 100)
        #expect(try session.rows("SELECT count(*) FROM grant_place", []) == [[.integer(Int64(grants))]])
        #expect(try session.rows("SELECT through_event FROM grant_place_mark", []) == [[.integer(newest)]])
        if c.cacheLags {
            let halfway = newest / 2
            try session.execute("DELETE FROM grant_place WHERE event_id > $1", [.integer(halfway)])
            try session.execute("UPDATE grant_place_mark SET through_event = $1", [.integer(halfway)])
        }
        try Self.expectSameStatistics(f.registry, Registry(engine: PostgresEngine(postgres.address)), seed: c.seed)
    }

    /// A random history of 40 firms, with place and founding corrections on top.
    static func registry(seed: UInt64) throws -> StatsFixture {
        var random = SplitMix64(seed: seed)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: 40, random: &random)
        let codes = try f.registry.read { db in try String.fetchAll(db, sql: "SELECT credit_code FROM enterprise ORDER BY id") }
        for n in stride(from: 2, to: codes.count - 1, by: 7) {
            let (division, zone) = RandomHistory.places.randomElement(using: &random)!
            _ = try f.registry.correct(try CreditCode(codes[n]), founded: Day(iso: "2015-05-05"), effective: nil,
                                       reason: "执照日期", context: RandomHistory.recorded(StatsFixture.day("2022-01-01"), random: &random))
            _ = try f.registry.correct(try CreditCode(codes[n + 1]), location: Location(division: RegionCode(division), zone: zone),
                                       effective: n % 2 == 0 ? nil : StatsFixture.day("2023-07-01"), reason: "登记有误",
                                       context: RandomHistory.recorded(StatsFixture.day("2023-07-01"), random: &random))
        }
        return f
    }

    static let days = ["2019-06-30", "2021-12-31", "2024-02-29", "2025-03-31", "2026-12-31"].map(StatsFixture.day)
    static let regions: [Region?] = [nil, .province, .city(RegionCode(trusted: "360100")), .county(RegionCode(trusted: "360112")),
                                     .zone(.ganjiang)]

    /// The same JSON (and tables) from both, or the same refusal, for every statistic on many days,
    /// regions and moments of knowledge.
    static func expectSameStatistics(_ sqlite: Registry, _ other: Registry, seed: UInt64) throws {
        var random = SplitMix64(seed: seed &+ 100)
        let moments: [Moment?] = [nil, StatsFixture.moment("2023-06-01T00:00")]
            + [RandomHistory.moment(random: &random)]
        #expect(try sqlite.firstRecordedAt() == other.firstRecordedAt())
        var compared = 0, refused = 0
        for knownAt in moments {
            for day in days {
                for region in regions {
                    let label = "on \(day.iso), \(region?.code ?? "no region"), known at \(knownAt?.iso ?? "now")"
                    for read in reads(day: day, region: region, knownAt: knownAt) {
                        let (a, b) = (outcome { try read.render(sqlite) }, outcome { try read.render(other) })
                        #expect(a == b, "\(read.name) \(label)")
                        compared += 1
                        if a.hasPrefix("refused: ") { refused += 1 }
                    }
                }
            }
        }
        #expect(compared == 3 * 5 * 5 * 13)
        #expect(refused == 0)
    }

    struct Read {
        let name: String
        let render: (Registry) throws -> String
    }

    static func reads(day: Day, region: Region?, knownAt: Moment?) -> [Read] {
        let byCity = region == nil || region == .province
        return [
            Read(name: "stats by tier") { try $0.stats(tier: nil, by: .tier, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "stats hnte by city") { r in
                let report = try r.stats(tier: .hnte, by: .city, region: region, asOf: day, knownAt: knownAt).tabular
                return report.render(.json) + report.render(.table)
            },
            Read(name: "stats tsme by county") { try $0.stats(tier: .tsme, by: .county, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "stats by position") { try $0.stats(tier: nil, by: .position, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "stats growth by field") { try $0.stats(tier: .growth, by: .field, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "series hnte by quarter") { r in
                try r.series(tier: .hnte, from: YearMonth(day.adding(days: -1500)), to: YearMonth(day), every: .quarter,
                             byCity: byCity, region: region, endingOn: day, knownAt: knownAt).tabular(for: .json).render(.json)
            },
            Read(name: "series tsme by year") { r in
                try r.series(tier: .tsme, from: YearMonth(day.adding(days: -3000)), to: YearMonth(day), every: .year,
                             byCity: false, region: region, endingOn: nil, knownAt: knownAt).tabular(for: .json).render(.json)
            },
            Read(name: "cohort hnte") { try $0.cohort(tier: .hnte, byCity: byCity, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "funnel tsme to hnte") { try $0.funnel(from: .tsme, to: .hnte, withinYears: nil, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "funnel hnte to growth in 3 years") { try $0.funnel(from: .hnte, to: .growth, withinYears: 3, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "expiring in 400 days") { try $0.expiring(tier: nil, withinDays: 400, year: nil, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
            Read(name: "lapsed") { r in
                let report = try r.lapsed(tier: nil, since: day.adding(days: -1200), pending: false, region: region, asOf: day, knownAt: knownAt).tabular
                return report.render(.json) + report.render(.table)
            },
            Read(name: "lapsed pending") { try $0.lapsed(tier: .hnte, since: nil, pending: true, region: region, asOf: day, knownAt: knownAt).tabular.render(.json) },
        ]
    }

    /// The rendering, or the refusal's words.
    static func outcome(_ body: () throws -> String) -> String {
        do { return try body() } catch { return "refused: \(error)" }
    }
}
