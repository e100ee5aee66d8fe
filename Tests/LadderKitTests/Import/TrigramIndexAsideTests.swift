import Foundation
import GRDB
import Testing
@testable import LadderKit

/// A first import builds `firm_name_trigram`'s index on another thread and copies it in: the registry
/// must end exactly as if SQLite had built it in place — the same shadow-table bytes, the same search
/// answers, rowids that are firm_name ids — and a failed import must leave the empty index as it was.
@Suite struct TrigramIndexAsideTests {
    /// FTS5 settings given to both registries before the import.
    struct Settings: CustomTestStringConvertible, Sendable {
        let label: String
        let values: [String: Int]
        /// The settings make FTS5 flush and merge several segments even for a few thousand names.
        let manySegments: Bool
        var testDescription: String { label }
    }

    static let settings = [
        Settings(label: "FTS5's defaults", values: [:], manySegments: false),
        Settings(label: "a small hash and pages: many segments, merged", values: ["hashsize": 4096, "pgsz": 256, "automerge": 2],
                 manySegments: true),
    ]

    /// A generated roster imported into an empty registry with `settings`, the index built aside or in place.
    static func imported(_ roster: String, settings: Settings, aside: Bool) throws -> (Registry, ImportReport) {
        let registry = try Registry.inMemory()
        try registry.writer.write { db in
            for (key, value) in settings.values.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO firm_name_trigram (firm_name_trigram, rank) VALUES (?, ?)", arguments: [key, value])
            }
        }
        let when = moment(importMoment)
        var importer = Importer(registry: registry, options: ImportOptions(),
                                context: WriteContext(operatorName: "importer", at: when), clock: { when })
        importer.buildsTrigramIndexAside = aside
        return (registry, try importer.run(path: roster))
    }

    static func generatedRoster(_ scratch: ImportScratch, rows: Int, seed: Int) throws -> String {
        let out = scratch.path("roster.csv")
        let process = try ChildProcess("/usr/bin/env", ["python3", ImportGeneratedRosterTests.generator!, "--rows", "\(rows)",
                                                        "--seed", "\(seed)", "--out", out, "--quiet"])
        try #require(process.wait() == .exited(0), "gen_roster.py failed")
        return out
    }

    /// Every row of the two indexes' shadow tables (trigrams, and the pairs' built beside them), as
    /// text, in key order.
    static func shadowRows(_ registry: Registry) throws -> [String: [String]] {
        try registry.read { db in
            ["data": try String.fetchAll(db, sql: "SELECT id || ':' || hex(block) FROM firm_name_trigram_data ORDER BY id"),
             "idx": try String.fetchAll(db, sql: "SELECT segid || ':' || hex(term) || ':' || pgno FROM firm_name_trigram_idx ORDER BY segid, term"),
             "config": try String.fetchAll(db, sql: "SELECT k || '=' || v FROM firm_name_trigram_config ORDER BY k"),
             "pairs data": try String.fetchAll(db, sql: "SELECT id || ':' || hex(block) FROM firm_name_bigram_data ORDER BY id"),
             "pairs idx": try String.fetchAll(db, sql: "SELECT segid || ':' || hex(term) || ':' || pgno FROM firm_name_bigram_idx ORDER BY segid, term"),
             "pairs config": try String.fetchAll(db, sql: "SELECT k || '=' || v FROM firm_name_bigram_config ORDER BY k")]
        }
    }

    static func answers(_ registry: Registry, _ text: String) throws -> [String] {
        try registry.find(text, asOf: day("2025-06-01"), limit: 1000).matches.map { "\($0.code.text) \($0.kind.rawValue)" }
    }

    @Test(.enabled(if: ImportGeneratedRosterTests.generator != nil, "gen_roster.py is needed to generate the roster"),
          arguments: settings)
    func theIndexCopiedIsTheOneSQLiteBuildsInPlace(_ settings: Settings) throws {
        let scratch = try ImportScratch()
        let roster = try TrigramIndexAsideTests.generatedRoster(scratch, rows: 2000, seed: 7)
        let (aside, asideReport) = try TrigramIndexAsideTests.imported(roster, settings: settings, aside: true)
        let (inPlace, inPlaceReport) = try TrigramIndexAsideTests.imported(roster, settings: settings, aside: false)
        #expect(asideReport.trigramIndex == .copied)
        #expect(inPlaceReport.trigramIndex == nil)
        #expect(asideReport.newEnterprises == 2000)

        let built = try TrigramIndexAsideTests.shadowRows(aside)
        #expect(built == (try TrigramIndexAsideTests.shadowRows(inPlace)))
        let segments = try aside.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT segid) FROM firm_name_trigram_idx")! }
        #expect(settings.manySegments ? segments > 1 : segments == 1, "\(segments) segments")
        try aside.writer.write { db in
            try db.execute(sql: "INSERT INTO firm_name_trigram (firm_name_trigram) VALUES ('integrity-check')")
        }
        // FTS5's check does not compare an external-content index with its table: each name's first and
        // last trigrams are looked up, and must find its own firm_name id.
        #expect(try aside.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM firm_name f WHERE length(f.key) < 3 OR NOT EXISTS (
                    SELECT 1 FROM firm_name_trigram
                    WHERE firm_name_trigram MATCH '"' || replace(substr(f.key, 1, 3), '"', '""') || '" AND "'
                                                      || replace(substr(f.key, -3), '"', '""') || '"'
                      AND rowid = f.id)
                """)
        } == 0)

        // Parts of every 50th name, from 3 to 5 characters at its start and middle: the same answers.
        // (Not its end: 有限公司 is in nearly every name.)
        let keys = try aside.read { try String.fetchAll($0, sql: "SELECT key FROM firm_name WHERE id % 50 = 1 ORDER BY id") }
        #expect(keys.count == 40)
        var searched = 0
        for key in keys {
            let scalars = Array(key.unicodeScalars)
            for length in 3...5 where scalars.count >= length {
                for start in Set([0, (scalars.count - length) / 2]) {
                    var part = String.UnicodeScalarView()
                    part.append(contentsOf: scalars[start..<start + length])
                    let text = String(part)
                    let found = try TrigramIndexAsideTests.answers(aside, text)
                    #expect(!found.isEmpty, "\(text)")
                    #expect(found == (try TrigramIndexAsideTests.answers(inPlace, text)), "\(text)")
                    searched += 1
                }
            }
        }
        #expect(searched >= 200)
    }

    /// The four firms of `FindFixture`, registered by a first import (C's rename recorded after it):
    /// every case of `FindTests` answers as on the fixture registered by commands.
    @Test(arguments: FindTests.cases) func findAnswersAsOnTheFixture(_ c: FindTests.Case) throws {
        let scratch = try ImportScratch()
        let roster = try scratch.write("four.csv", """
            统一社会信用代码,企业名称
            91360722MA35G1YK7R,江西众城新材料有限公司
            9136060006346630XD,众城科技（集团）有限公司
            914403001922038216,南昌华瑞航空科技有限公司
            91440300708461136T,华瑞航空股份有限公司

            """)
        let registry = try Registry.inMemory()
        #expect(try importFile(roster, into: registry).trigramIndex == .copied)
        _ = try registry.rename(Codes.c, to: "南昌华瑞航空工业有限公司", effective: day("2024-06-01"),
                                context: context("2025-03-02T00:00:00Z"))
        let search = try registry.find(c.text, asOf: day("2025-06-01"))
        #expect(search.matches.map { "\($0.code.text) \($0.kind.rawValue)" } == c.found)
        #expect(search.total == c.found.count)
    }

    static let twoFirms = """
        统一社会信用代码,企业名称
        91360722MA35G1YK7R,信丰众城矿业有限公司
        9136060006346630XD,鹰潭市信江海融小额贷款股份有限公司

        """

    /// The connection's FTS5 caches the index's structure when it is searched; a copy made behind
    /// its back would stay unseen by that connection (an in-memory registry has only one).
    @Test func aSearchBeforeTheFirstImportDoesNotHideItsNames() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        #expect(try TrigramIndexAsideTests.answers(registry, "信江海融") == [])
        #expect(try importFile(try scratch.write("two.csv", TrigramIndexAsideTests.twoFirms), into: registry).trigramIndex
            == .copied)
        #expect(try TrigramIndexAsideTests.answers(registry, "信江海融") == ["9136060006346630XD name-contains"])
        #expect(try TrigramIndexAsideTests.answers(registry, "众城矿业") == ["91360722MA35G1YK7R name-contains"])
    }

    /// A strict import with a rejected row rolls back: the index is the empty one it was, and the same
    /// file imported afterwards is found.
    @Test func aFailedFirstImportLeavesTheEmptyIndex() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let empty = try TrigramIndexAsideTests.shadowRows(registry)
        #expect(empty == ["data": ["1:", "10:00000000000000"], "idx": [], "config": ["version=4"],
                          "pairs data": ["1:", "10:00000000000000"], "pairs idx": [], "pairs config": ["version=4"]])
        let bad = try scratch.write("bad.csv", TrigramIndexAsideTests.twoFirms + "91360722MA35G1YK7A,错码公司\n")
        #expect(throws: ImportFailure.self) { try importFile(bad, into: registry) { $0.strict = true } }
        #expect(try TrigramIndexAsideTests.shadowRows(registry) == empty)
        #expect(try registry.count("firm_name") == 0)
        #expect(try importFile(try scratch.write("two.csv", TrigramIndexAsideTests.twoFirms), into: registry).trigramIndex
            == .copied)
        #expect(try TrigramIndexAsideTests.answers(registry, "信江海融") == ["9136060006346630XD name-contains"])
    }

    /// A registry that holds firms keeps the in-place build; so does a dry run (nothing to keep).
    @Test func onlyAFirstImportThatWritesBuildsAside() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let two = try scratch.write("two.csv", TrigramIndexAsideTests.twoFirms)
        #expect(try importFile(two, into: registry) { $0.dryRun = true }.trigramIndex == nil)
        #expect(try importFile(two, into: registry).trigramIndex == .copied)
        let third = try scratch.write("third.csv", "统一社会信用代码,企业名称\n914403001922038216,南昌华瑞航空科技有限公司\n")
        #expect(try importFile(third, into: registry).trigramIndex == nil)
        #expect(try TrigramIndexAsideTests.answers(registry, "华瑞航空") == ["914403001922038216 name-contains"])
    }
}
