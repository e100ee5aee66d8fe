import GRDB
import LadderPostgres
import Testing
@testable import LadderKit

/// `Registry.verify` on a sound registry, and on each kind of damage planted with raw SQL that
/// goes around the library (and, where needed, around the triggers and foreign keys).
@Suite struct VerifyTests {
    static let a = Codes.a.text, b = Codes.b.text
    static let now = "'2025-07-01T00:00:00.000000Z'"

    @Test(arguments: EngineUnderTest.kinds) func soundRegistryHasNoProblems(_ kind: EngineUnderTest.Kind) throws {
        let folder = try RegistryFolder()
        let written = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        let registry = try CopiedRegistry.of(written, on: kind)
        #expect(try registry.verify() == [])
        #expect(try registry.counts() == RegistryCounts(enterprises: 2, events: 5, facts: 1, batches: 0))
    }

    /// On PostgreSQL the server keeps foreign keys, triggers and indexes itself; the damage ladder's
    /// own checks find, planted in a copy with SQL that goes around ladder, reads as on SQLite.
    @Test(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote),
          arguments: damage.filter {
              $0.postgres != nil || (!$0.sql.contains("PRAGMA") && !$0.sql.contains("TRIGGER") && !$0.sql.contains("INDEX"))
          })
    func findsPlantedDamageOnPostgres(_ c: DamageCase) throws {
        let folder = try RegistryFolder()
        let database = try EnginePostgres(copyOf: try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite"))))
        try database.connection.session.run(script: c.postgres ?? c.sql)
        let found = try Registry(engine: PostgresEngine(database.address)).verify().map(\.description)
        #expect(found == c.problems)
    }

    struct DamageCase: CustomTestStringConvertible, Sendable {
        let name: String
        let sql: String
        /// The same damage for PostgreSQL, where its SQL differs from SQLite's.
        var postgres: String? = nil
        let problems: [String]
        var testDescription: String { name }
    }

    /// A grant written before the rule on grant numbers (SQLite v11, PostgreSQL v6), whose trigger
    /// refuses it now: the trigger set aside around it and put back as the migration made it.
    static func aroundNumberRule(sqlite insert: String) -> String {
        "DROP TRIGGER \(GrantNumberRule.trigger);\n" + insert + SchemaV11.sql
    }

    static func aroundNumberRule(postgres insert: String) -> String {
        "ALTER TABLE event DISABLE TRIGGER \(GrantNumberRule.trigger);\n" + insert
            + "ALTER TABLE event ENABLE TRIGGER \(GrantNumberRule.trigger);\n"
    }

    static let damage: [DamageCase] = [
        DamageCase(name: "foreign key", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command)
            VALUES (99, 2024, '{}', 0, \(now), 'sql', 'sqlite3');
            """, problems: ["foreign-key: fact row 2: enterprise_id names no enterprise row; "
                + "it was written around ladder with foreign keys off"]),
        DamageCase(name: "missing trigger", sql: "DROP TRIGGER event_is_append_only_update",
                   problems: ["trigger: event_is_append_only_update is missing, so rows of event can be changed or deleted "
                       + "in place; recreate it from schema.sql or restore the last good backup"]),
        DamageCase(name: "altered trigger", sql: """
            DROP TRIGGER fact_is_append_only_delete;
            CREATE TRIGGER fact_is_append_only_delete BEFORE DELETE ON fact BEGIN SELECT 1; END;
            """, problems: ["trigger: fact_is_append_only_delete differs from the schema's definition; recreate it from "
                + "schema.sql or restore the last good backup"]),
        DamageCase(name: "identity trigger", sql: "DROP TRIGGER enterprise_identity_is_fixed",
                   problems: ["trigger: enterprise_identity_is_fixed is missing, so rows of enterprise can be changed or "
                       + "deleted in place; recreate it from schema.sql or restore the last good backup"]),
        DamageCase(name: "missing index", sql: "DROP INDEX event_void_once",
                   problems: ["index: event_void_once is missing, so lookups on event slow down; recreate it from schema.sql "
                       + "or restore the last good backup"]),
        DamageCase(name: "void of a void", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 4, 'x', \(now), 'sql', 'sqlite3');
            """, problems: ["void-target: void #6 targets event #4, which is itself a void; it was written around ladder: "
                + "find its source with `ladder log`"]),
        DamageCase(name: "void of another firm's event", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (2, 'void', '2025-07-01', 1, 'x', \(now), 'sql', 'sqlite3');
            """, problems: ["void-target: void #6 targets event #1, which belongs to another firm; it was written around "
                + "ladder: find its source with `ladder log`"]),
        DamageCase(name: "void of nothing", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO event (id, enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (200, 2, 'void', '2025-07-01', 150, 'x', \(now), 'sql', 'sqlite3');
            """, problems: ["void-target: void #200 targets event #150, which does not exist; it was written around "
                + "ladder: find its source with `ladder log`"]),
        DamageCase(name: "revocation of a rename", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, ground, reason, recorded_at, operator, command)
            VALUES (1, 'revoke', '2025-07-01', 3, 'other', 'x', \(now), 'sql', 'sqlite3');
            """, problems: ["revocation-target: revocation #6 targets event #3, which grants no qualification (it is a "
                + "rename); it was written around ladder: find its source with `ladder log`"]),
        DamageCase(name: "shared certificate", sql: aroundNumberRule(sqlite: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
            VALUES (2, 'certify', '2023-11-22', 'hnte', 'GR202336000123', 2023, \(now), 'sql', 'sqlite3');
            """), postgres: aroundNumberRule(postgres: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
            VALUES (2, 'certify', '2023-11-22', 'hnte', 'GR202336000123', 2023, \(now), 'sql', 'sqlite3');
            """), problems: ["shared-number: certificate GR202336000123 is held by 2 firms (\(b), \(a)); void the wrong "
                + "event with `ladder void`"]),
        DamageCase(name: "facts that do not decode", sql: """
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command)
            VALUES (2, 2024, '{"employees":"many"}', 0, \(now), 'sql', 'sqlite3');
            """, problems: ["facts: facts version #2 of \(b) for 2024 does not read: employees: Expected to decode Int64 "
                + "but found a string instead.; record a corrected version with `ladder facts set`"]),
        DamageCase(name: "policy that does not decode", sql: """
            INSERT INTO policy (policy_id, version, document, recorded_at, operator)
            VALUES ('broken', 1, '{"id":"broken"}', \(now), 'sql');
            """, problems: ["policy: policy broken v1 (#2) does not read: $.version: missing; import a corrected version "
                + "with `ladder policy import`"]),
        DamageCase(name: "back-dated event", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, name, recorded_at, operator, command)
            VALUES (2, 'rename', '2024-12-01', '乙新公司', '2025-01-01T22:59:59.000000Z', 'sql', 'sqlite3');
            """, problems: ["recorded-order: event #6 is dated 2025-01-01T22:59:59.000000Z, before event #5 "
                + "(2025-01-02T00:00:06.000000Z) which was written ahead of it; a back-dated record changes answers known "
                + "at earlier moments: find its source with `ladder log`"]),
        DamageCase(name: "set aside with an event in force", sql: """
            INSERT INTO registration_change (enterprise_id, kind, reason, recorded_at, operator, command)
            VALUES (2, 'void', 'x', \(now), 'sql', 'sqlite3');
            """, problems: ["set-aside: \(b) is set aside as never registered, yet 1 event(s) of it are in force (first #2); "
                + "they were written around ladder: find their source with `ladder log`"]),
    ]

    @Test(arguments: damage)
    func findsPlantedDamage(_ c: DamageCase) throws {
        let folder = try RegistryFolder()
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        try ReliabilityFixture.plant(registry, c.sql)
        let found = try registry.verify().map(\.description)
        #expect(found == c.problems)
    }

    /// An index whose definition was rewritten under it (writable_schema): its entries no longer
    /// match the rows, which only `integrity_check` sees.
    @Test func findsADamagedFile() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        try ReliabilityFixture.populate(try Registry.open(path: path))
        let raw = try DatabaseQueue(path: path)
        try raw.writeWithoutTransaction { db in
            try db.execute(sql: """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_master SET sql = 'CREATE INDEX event_by_number ON event(note) WHERE number IS NOT NULL'
                WHERE name = 'event_by_number';
                PRAGMA writable_schema = OFF;
                """)
        }
        try raw.close()
        let problems = try Registry.open(path: path).verify()
        #expect(problems.map(\.kind) == [.integrity, .integrity, .index])
        #expect(problems.map(\.description) == [
            "integrity: row 1 missing from index event_by_number (the file is damaged; restore the last good backup "
                + "with `ladder restore`)",
            "integrity: row 2 missing from index event_by_number (the file is damaged; restore the last good backup "
                + "with `ladder restore`)",
            "index: event_by_number differs from the schema's definition; recreate it from schema.sql or restore the "
                + "last good backup",
        ])
    }
}
