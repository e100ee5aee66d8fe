import Foundation
@testable import LadderKit
import LadderPostgres
import Testing

/// A first import into an empty registry on PostgreSQL loads with the indexes and keys of the
/// tables it fills set aside and builds them again before it commits (`FirstLoadIndexes`): the
/// schema afterwards is exactly the migrations', a fault found by the build rolls everything
/// back, and a role that does not own the tables loads with them in place. An index built again
/// is a new object in the catalogue (a new oid); one left in place keeps its oid.
@Suite(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote))
struct ImportFirstLoadPostgresTests {
    /// Two firms, three grants (two 科小 admissions, one certification), two years of figures.
    static let roster = "clean-roster.csv"
    static let loaded = Tally(enterprises: 2, events: 3, facts: 2, batches: 1)
    static let empty = Tally(enterprises: 0, events: 0, facts: 0, batches: 0)

    /// A plain index, a unique key, a key another table's foreign key needs (kept), a cache's key.
    static let watched = ["event_by_number", "enterprise_credit_code_key", "enterprise_pkey", "firm_name_pairs_by_pair"]

    static func oids(_ database: EnginePostgres) throws -> [String: Int64] {
        var oids: [String: Int64] = [:]
        for index in watched {
            oids[index] = try database.connection.int64("SELECT to_regclass(?)::oid::bigint", [.text(index)])
        }
        return oids
    }

    static func schema(_ database: EnginePostgres) throws -> [String] {
        try PostgresSchemaCatalogue.describe(database.connection.session)
    }

    /// A fault in ladder, as a trigger `name` writes it: `insert` run after each firm is inserted
    /// (`NEW` is the firm's row).
    static func plantFault(_ database: EnginePostgres, _ name: String, _ insert: String) throws {
        try database.connection.execute("""
            CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            \(insert)
            RETURN NULL;
            END $$
            """, [])
        try database.connection.execute(
            "CREATE TRIGGER \(name) AFTER INSERT ON enterprise FOR EACH ROW EXECUTE FUNCTION \(name)()", [])
    }

    @Test func aFirstImportBuildsEveryIndexAgainExactlyAsTheMigrationsMadeIt() throws {
        let scratch = try ImportScratch()
        let database = try EnginePostgres(empty: ())
        let registry = Registry(engine: TestDatabaseEngine(database))
        let (schemaBefore, before) = (try Self.schema(database), try Self.oids(database))

        let report = try importFile(try scratch.copy(Self.roster), into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (2, 2, 0))
        #expect(try registry.tally() == Self.loaded)
        #expect(try registry.verify().isEmpty)
        #expect(try Self.schema(database) == schemaBefore)
        let after = try Self.oids(database)
        #expect(after["event_by_number"] != before["event_by_number"])
        #expect(after["enterprise_credit_code_key"] != before["enterprise_credit_code_key"])
        #expect(after["firm_name_pairs_by_pair"] != before["firm_name_pairs_by_pair"])
        #expect(after["enterprise_pkey"] == before["enterprise_pkey"])
        // The name index and the statistics cache were filled before the build, and are whole.
        #expect(try registry.count("firm_name") == 2)
        #expect(try registry.count("grant_place") == 3)

        // A registry that holds firms is loaded with its indexes in place.
        let more = try scratch.write("more.csv", "统一社会信用代码,企业名称,行政区划代码\n\(ImportCodes.filler(7).text),填充公司7,360722\n")
        try importFile(more, into: registry, at: "2025-03-02T02:00:00Z")
        #expect(try Self.oids(database) == after)
        #expect(try Self.schema(database) == schemaBefore)
    }

    @Test func aDryRunLeavesTheIndexesAsTheyWere() throws {
        let scratch = try ImportScratch()
        let database = try EnginePostgres(empty: ())
        let registry = Registry(engine: TestDatabaseEngine(database))
        let before = try Self.oids(database)
        let report = try importFile(try scratch.copy(Self.roster), into: registry) { $0.dryRun = true }
        #expect((report.rows, report.newEnterprises, report.batchID) == (2, 2, nil))
        #expect(try registry.tally() == Self.empty)
        #expect(try Self.oids(database) == before)
    }

    @Test func aRowNamingAMissingFirmFoundByTheBuildRollsTheWholeFileBack() throws {
        let scratch = try ImportScratch()
        let database = try EnginePostgres(empty: ())
        let registry = Registry(engine: TestDatabaseEngine(database))
        // A year of figures for firm 999, which does not exist.
        try Self.plantFault(database, "dangling_fact", """
            INSERT INTO fact (id, enterprise_id, year, facts, digest, recorded_at, operator, batch_id)
            VALUES (900 + NEW.id, 999, 2024, '{}', 0, NEW.created_at, 'test', NEW.batch_id);
            """)
        let (schemaBefore, before) = (try Self.schema(database), try Self.oids(database))
        do {
            try importFile(try scratch.copy(Self.roster), into: registry)
            Issue.record("the import should have failed")
        } catch let error as ImportError {
            guard case let .indexesNotBuilt(reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("fact_enterprise_id_fkey"))
            #expect(error.description.contains("nothing was written") || error.description.contains("未写入任何数据"))
        }
        #expect(try registry.tally() == Self.empty)
        #expect(try registry.count("fact") == 0)
        #expect(try Self.schema(database) == schemaBefore)
        #expect(try Self.oids(database) == before)
    }

    /// The rule on grant numbers, whose trigger is disabled while the indexes are aside, is
    /// checked over the whole table before the import commits.
    @Test func aNumberInForceTwiceFoundByTheCheckRollsTheWholeFileBack() throws {
        let scratch = try ImportScratch()
        let database = try EnginePostgres(empty: ())
        let registry = Registry(engine: TestDatabaseEngine(database))
        // The same certificate for every firm.
        try Self.plantFault(database, "same_certificate", """
            INSERT INTO event (id, enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, batch_id)
            VALUES (900 + NEW.id, NEW.id, 'certify', '2023-11-22', 'hnte', 'GR202336099999', 2023, NEW.created_at,
                    'test', NEW.batch_id);
            """)
        let schemaBefore = try Self.schema(database)
        #expect(throws: ImportError.indexesNotBuilt(reason: "certify number GR202336099999 is in force for more than one "
                                                        + "grant (event_number_in_force_once)")) {
            try importFile(try scratch.copy(Self.roster), into: registry)
        }
        #expect(try registry.tally() == Self.empty)
        #expect(try Self.schema(database) == schemaBefore)
    }

    @Test func aRoleThatDoesNotOwnTheTablesLoadsWithTheIndexesInPlace() throws {
        let scratch = try ImportScratch()
        let database = try EnginePostgres(empty: ())
        let role = "ladder_app_" + UUID().uuidString.prefix(8).lowercased()
        let server = try PostgresSession.connect(try PostgresAddress(EnginePostgres.url))
        defer {
            try? database.connection.execute("DROP OWNED BY \(role)", [])
            try? server.execute("DROP ROLE IF EXISTS \(role)")
            server.close()
        }
        try server.execute("CREATE ROLE \(role) LOGIN")
        // docs/postgres.md's least-privileged role.
        for grant in [
            "GRANT USAGE ON SCHEMA public TO \(role)",
            "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO \(role)",
            "GRANT UPDATE, DELETE ON grant_place, grant_place_mark, firm_name, firm_name_mark, login_session, login_failure TO \(role)",
            "GRANT UPDATE ON import_batch, account, account_token, enterprise TO \(role)",
            "GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \(role)",
        ] {
            try database.connection.execute(grant, [])
        }
        let asApp = database.address
        let registry = Registry(engine: PostgresEngine(PostgresAddress(user: role, host: asApp.host, port: asApp.port,
                                                                      database: asApp.database)))
        let (schemaBefore, before) = (try Self.schema(database), try Self.oids(database))
        let report = try importFile(try scratch.copy(Self.roster), into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (2, 2, 0))
        #expect(try registry.tally() == Self.loaded)
        #expect(try Self.oids(database) == before)
        #expect(try Self.schema(database) == schemaBefore)
    }
}
