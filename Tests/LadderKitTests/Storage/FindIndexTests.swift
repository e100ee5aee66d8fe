import GRDB
import Testing
@testable import LadderKit

/// The name index follows every write that adds a firm or a name: a first import (the deferred
/// path), a later import that renames, a command; and what it lacks is read past its mark.
@Suite struct FindIndexTests {
    static let roster = """
        统一社会信用代码,企业名称,行政区划代码
        91360722MA35G1YK7R,信丰众城矿业有限公司,360722
        9136060006346630XD,鹰潭市信江海融小额贷款股份有限公司,360602

        """

    static func found(_ registry: Registry, _ text: String) throws -> [String] {
        try registry.find(text, asOf: day("2025-06-01")).matches.map { "\($0.code.text) \($0.name) \($0.kind.rawValue)" }
    }

    @Test func aFirstImportAndARenamingImportAreFound() throws {
        let registry = try Registry.inMemory()
        let scratch = try ImportScratch()
        try importFile(try scratch.write("first.csv", FindIndexTests.roster), into: registry)
        #expect(try FindIndexTests.found(registry, "信江海融") == ["9136060006346630XD 鹰潭市信江海融小额贷款股份有限公司 name-contains"])
        #expect(try FindIndexTests.found(registry, "众城") == ["91360722MA35G1YK7R 信丰众城矿业有限公司 name-contains"])

        let renamed = "统一社会信用代码,企业名称,行政区划代码\n91360722MA35G1YK7R,江西众城新材料有限公司,360722\n"
        try importFile(try scratch.write("later.csv", renamed), into: registry, at: "2025-04-01T02:00:00Z")
        #expect(try FindIndexTests.found(registry, "江西众城新材料有限公司")
            == ["91360722MA35G1YK7R 江西众城新材料有限公司 name"])
        #expect(try FindIndexTests.found(registry, "信丰众城矿业有限公司")
            == ["91360722MA35G1YK7R 江西众城新材料有限公司 former-name"])
        #expect(try registry.read { try Registry.firmNamesLag($0) } == false)
    }

    @Test func firmsPastTheMarkAreFoundAndThenIndexed() throws {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        // Written by hand (as a ladder before v6 would have): not in the index.
        try registry.writer.write { db in
            try db.execute(sql: """
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by)
                VALUES ('9136060006346630XD', '鹰潭市信江海融小额贷款股份有限公司', '360602', '2025-01-02T00:00:00.000000Z', 'hand')
                """)
        }
        #expect(try registry.read { try Registry.firmNamesLag($0) } == true)
        #expect(try registry.read { db in try Registry.nameHits(db, key: "信江海融", whole: false, limit: 10) }
            == [NameHit(enterpriseID: 2, key: "鹰潭市信江海融小额贷款股份有限公司")])
        #expect(try FindIndexTests.found(registry, "信江海融") == ["9136060006346630XD 鹰潭市信江海融小额贷款股份有限公司 name-contains"])
        #expect(try registry.read { try Registry.firmNamesLag($0) } == false)
        #expect(try registry.count("firm_name") == 2)
    }

    /// Many names at once: the index on whole names is dropped and built again with its own SQL.
    @Test func aBulkFillBuildsTheWholeNameIndexAgain() throws {
        let registry = try Registry.inMemory()
        try registry.writer.write { db in
            try db.execute(sql: """
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by) VALUES
                ('91360722MA35G1YK7R', '信丰众城矿业有限公司', '360722', '2025-01-02T00:00:00.000000Z', 'hand'),
                ('9136060006346630XD', '鹰潭市信江海融小额贷款股份有限公司', '360602', '2025-01-02T00:00:00.000000Z', 'hand')
                """)
            #expect(try Registry.fillFirmNames(db, bulkAbove: 1) == 2)
        }
        #expect(try registry.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'firm_name_by_key'") }
            == "CREATE INDEX firm_name_by_key ON firm_name(key COLLATE NOCASE)")
        #expect(try registry.creditCode(of: "鹰潭市信江海融小额贷款股份有限公司") == Codes.b)
        #expect(try FindIndexTests.found(registry, "众城") == ["91360722MA35G1YK7R 信丰众城矿业有限公司 name-contains"])
    }

    @Test func aRenameCommandIsIndexedAtOnce() throws {
        let registry = try FindFixture.registry()
        _ = try registry.rename(Codes.d, to: "赣江华瑞无人机有限公司", effective: day("2025-05-01"), context: context("2025-05-01T00:00:00Z"))
        #expect(try registry.read { try Registry.firmNamesLag($0) } == false)
        #expect(try FindIndexTests.found(registry, "无人机") == ["91440300708461136T 赣江华瑞无人机有限公司 name-contains"])
    }
}
