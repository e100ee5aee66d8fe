import Foundation
import GRDB
import Testing
@testable import LadderKit

/// A registry made by a newer ladder is refused untouched; an older one is copied beside itself
/// and then migrated, keeping every row.
@Suite struct SchemaVersionTests {
    @Test func newerRegistryIsRefused() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try ReliabilityFixture.populate(try Registry.open(path: path))
        try ReliabilityFixture.plant(registry, "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        #expect(throws: RegistryError.newerSchema(path: path, found: "v99", known: "v11")) {
            try Registry.open(path: path)
        }
        #expect(RegistryError.newerSchema(path: "ladder.sqlite", found: "v99", known: "v11").description
            == "ladder.sqlite was made by a newer ladder (schema v99, this ladder knows up to v11); upgrade ladder")
        // Refused before any write: no backup beside it, and the unknown migration is still there.
        #expect(try folder.files().filter { $0.contains("backup") } == [])
        #expect(try registry.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY 1") }
            == ["v1", "v10", "v11", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v99"])
    }

    /// v6 fills the name index from what an older registry holds: firms and renames are found at once.
    @Test func aV4RegistryFindsItsFirmsAfterMigrating() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v4")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by)
                VALUES ('91360722MA35G1YK7R', '信丰众城矿业有限公司', '360722', '2024-01-02T00:00:00.000000Z', 'v4-user');
                INSERT INTO event (enterprise_id, kind, effective_on, name, recorded_at, operator, command)
                VALUES (1, 'rename', '2024-06-01', '江西众城新材料有限公司', '2024-06-02T00:00:00.000000Z', 'v4-user', 'ladder rename');
                """)
        }
        try old.close()

        let registry = try Registry.open(path: path, options: OpenOptions(clock: ReliabilityFixture.clock))
        #expect(try registry.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM firm_name") } == 2)
        #expect(try registry.read { try Registry.firmNamesLag($0) } == false)
        let found = try registry.find("众城", asOf: day("2025-01-01")).matches
        #expect(found.map { "\($0.code.text) \($0.name) \($0.formerNames) \($0.kind.rawValue)" }
            == ["91360722MA35G1YK7R 江西众城新材料有限公司 [\"信丰众城矿业有限公司\"] name-contains"])
        #expect(try registry.creditCode(of: "信丰众城矿业有限公司").text == "91360722MA35G1YK7R")
    }

    @Test func newestIdentifierIsCountedNotSorted() {
        #expect(Registry.newest(["v3", "v10", "v9"]) == "v10")
    }

    @Test func olderRegistryIsBackedUpThenMigrated() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v1")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by)
                VALUES ('91360722MA35G1YK7R', '甲公司', '360722', '2024-01-02T00:00:00.000000Z', 'v1-user');
                INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
                VALUES (1, 'certify', '2023-11-22', 'hnte', 'GR202336000123', 2023, '2024-01-02T00:00:01.000000Z',
                        'v1-user', 'ladder certify');
                """)
        }
        try old.close()

        let notices = NoticeLog()
        let options = OpenOptions(clock: ReliabilityFixture.clock, notice: notices.receiver)
        let registry = try Registry.open(path: path, options: options)
        let kept = folder.path("r.backup-v1-20250601-100217.sqlite")
        #expect(notices.lines == ["upgraded \(path) from schema v1 to v11; the v1 registry was kept as \(kept)"])

        let profile = try registry.profile(of: "甲公司", asOf: day("2025-01-01"))
        #expect(profile.enterprise.createdBy == "v1-user")
        #expect(profile.qualifications.map { $0.0.number } == ["GR202336000123"])
        #expect(try registry.read { db in try ["fact", "policy", "batch_void"].map { try db.tableExists($0) } }
            == [true, true, true])
        #expect(try registry.verify() == [])

        let backup = try DatabaseQueue(path: kept)
        #expect(try backup.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1"])
        #expect(try backup.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event") } == 1)
        #expect(try backup.read { try $0.tableExists("fact") } == false)

        // Once migrated, opening again neither copies nor says anything.
        _ = try Registry.open(path: path, options: options)
        #expect(notices.lines.count == 1)
        #expect(try folder.files().filter { $0.contains("backup") } == ["r.backup-v1-20250601-100217.sqlite"])
    }
}
