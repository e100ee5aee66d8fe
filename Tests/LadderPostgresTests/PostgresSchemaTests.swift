import Foundation
import LadderKit
@testable import LadderPostgres
import Testing

/// schema-postgres.sql against the migrations, and migrating itself, on a real server.
@Suite(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
struct PostgresSchemaTests {
    static let schemaFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema-postgres.sql")

    @Test func schemaFileEqualsWhatTheMigrationsBuild() throws {
        let (migrated, scripted) = (try ScratchDatabase(), try ScratchDatabase())
        let first = try migrated.connect(), second = try scripted.connect()
        defer { first.close(); second.close() }
        try PostgresRegistry(session: first).initialise()
        try second.run(script: try String(contentsOf: PostgresSchemaTests.schemaFile, encoding: .utf8))
        let expected = try PostgresSchemaCatalogue.describe(first)
        let actual = try PostgresSchemaCatalogue.describe(second)
        #expect(actual == expected, "regenerate with scripts/schema-postgres-sql.py")
        // Not two empty lists: the guarantees the issue names are there.
        #expect(expected.filter { $0.hasPrefix("column ") }.count == 179)
        #expect(expected.contains("trigger event_is_append_only_update CREATE TRIGGER event_is_append_only_update BEFORE UPDATE "
                                  + "ON public.event FOR EACH ROW EXECUTE FUNCTION ladder_refuse('event is append-only: "
                                  + "record a void or a new event instead')"))
        #expect(expected.contains("constraint enterprise.enterprise_credit_code_key UNIQUE (credit_code)"))
        #expect(expected.contains("index event_void_once CREATE UNIQUE INDEX event_void_once ON public.event USING btree "
                                  + "(target_id) WHERE (kind = 'void'::text)"))
    }

    @Test func initialisingTwiceAppliesNothingTheSecondTime() throws {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        defer { session.close() }
        let registry = PostgresRegistry(session: session)
        #expect(try registry.initialise() == .created)
        #expect(try registry.initialise() == .unchanged)
        #expect(try session.text("SELECT string_agg(identifier, ',' ORDER BY identifier) FROM ladder_migration") == "v1,v2,v3,v4,v5,v6")
    }

    @Test func aRegistryMissingTheNewestMigrationIsUpgradedNotCreated() throws {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        defer { session.close() }
        try session.execute(PostgresMigrations.table)
        for migration in PostgresMigrations.all.dropLast() {
            try session.run(script: migration.sql)
            try session.execute("INSERT INTO ladder_migration (identifier, applied_at) VALUES ($1, 'earlier')",
                                [.text(migration.identifier)])
        }
        let newest = try #require(PostgresMigrations.all.last).identifier
        #expect(try PostgresRegistry(session: session).initialise() == .upgraded(applied: [newest]))
        #expect(try session.text("""
            SELECT string_agg(identifier || ' ' || applied_at, ',' ORDER BY identifier) FROM ladder_migration
            WHERE applied_at = 'earlier'
            """) == PostgresMigrations.all.dropLast().map { "\($0.identifier) earlier" }.joined(separator: ","))
    }

    @Test func aRegistryFromANewerLadderIsRefused() throws {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        defer { session.close() }
        let registry = PostgresRegistry(session: session)
        try registry.initialise()
        try session.execute("INSERT INTO ladder_migration VALUES ('v99', 'later')")
        #expect(throws: PostgresError.newerSchema(address: scratch.address.description, found: "v99")) {
            try registry.initialise()
        }
    }

    @Test func aServerThatIsNotThereIsSaidPlainly() throws {
        let address = PostgresAddress(user: "ladder", host: "127.0.0.1", port: 1, database: "nothing")
        do {
            _ = try PostgresSession.connect(address)
            Issue.record("connected to port 1")
        } catch let error as PostgresError {
            guard case .cannotConnect(let shown, _) = error else { Issue.record("\(error)"); return }
            #expect(shown == "postgres://ladder@127.0.0.1:1/nothing")
        }
    }
}
