import GRDB
import Testing
@testable import LadderKit

/// A search reads the firms it lists together (`Registry.matches`: three queries for all of them);
/// `matchFirmByFirm` reads each with its own queries, as searches first did. On generated
/// registries — random histories (RandomHistory: renames, relocations, revocations, voids), place
/// and founding-day corrections and firms set aside (RandomFacts) — both must give the same search,
/// every field of every firm listed, for texts that find all, some or one, on several days,
/// moments of knowledge, regions and limits. On PostgreSQL, a copy of the registry searched through
/// the seam gives the same searches as the firm-by-firm reference on a SQLite copy.
@Suite struct FindBulkTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let seed: UInt64
        let firms: Int
        var testDescription: String { "seed \(seed), \(firms) firms" }
    }

    @Test(arguments: EngineUnderTest.kinds, [Case(seed: 21, firms: 200), Case(seed: 22, firms: 200)])
    func bulkListingEqualsFirmByFirm(_ kind: EngineUnderTest.Kind, _ c: Case) throws {
        var random = SplitMix64(seed: c.seed)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: c.firms, random: &random)
        try RandomFacts.write(into: f.registry, random: &random)
        // Every name contains 随机企业; renamed firms' new names end in 新名; 随机企业1 is in a few dozen;
        // the seventh firm's code finds it alone.
        let seventh = try #require(try f.registry.read { db in
            try String.fetchOne(db, sql: "SELECT credit_code FROM enterprise WHERE id = 7")
        })
        let searched = try CopiedRegistry.of(f.registry, on: kind)
        // Which names a truncated search ranks follows the order the name index was filled in: a
        // copy fills it in one pass (firms, then renames), so PostgreSQL's is compared with a
        // SQLite copy's.
        let reference: Registry
        if kind == .sqlite {
            reference = f.registry
        } else {
            reference = try Registry.inMemory()
            try f.registry.withRowSource { source in _ = try reference.fill(from: source, sourceName: "the test registry") }
        }
        let texts = ["随机企业", "新名", "随机企业1", seventh]
        let days = ["2019-01-01", "2024-06-01", "2026-03-01"].map(day)
        let moments: [Moment?] = [nil, moment("2025-01-01T00:00:00Z")]
        let regions: [Region?] = [nil, .zone(.ganjiang), .city(RegionCode(trusted: "360100"))]
        var seen = Seen()
        for text in texts {
            let query = try FirmQuery(text)
            for asOf in days {
                for knownAt in moments {
                    for region in regions {
                        for limit in [7, 1000] {
                            let bulk = try searched.reading { c in
                                try Registry.find(c, query: query, asOf: asOf, knownAt: knownAt, limit: limit, region: region)
                            }
                            let expected = try reference.read { db in
                                try Registry.find(db, query: query, asOf: asOf, knownAt: knownAt, limit: limit, region: region,
                                                  firmByFirm: true)
                            }
                            let label = "\(text) on \(asOf.iso) known at \(knownAt?.iso ?? "all") in \(region.map { "\($0)" } ?? "all"), limit \(limit)"
                            #expect(bulk == expected, "\(label)")
                            seen.add(bulk)
                        }
                    }
                }
            }
        }
        // The registry exercises what a listing shows, or the comparison above proves little.
        #expect(seen.formerNames > 0 && seen.held > 0 && seen.moved > 0 && seen.outside > 0 && seen.truncated > 0)
    }

    /// What the searches listed, counted over all of them.
    struct Seen {
        var formerNames = 0, held = 0, moved = 0, outside = 0, truncated = 0

        mutating func add(_ s: FirmSearch) {
            formerNames += s.matches.filter { !$0.formerNames.isEmpty }.count
            held += s.matches.filter { $0.position != nil }.count
            // A firm's code names the county it registered in: elsewhere it moved, or its place was corrected.
            moved += s.matches.filter { !$0.code.text.dropFirst(2).hasPrefix($0.location.division.code) }.count
            outside += s.outside
            truncated += s.truncated ? 1 : 0
        }
    }
}
