import Foundation
import LadderKit
import LadderPostgres
import Testing

/// The refusing triggers hold against anyone, not only ladder: changes made with psql are refused.
@Suite(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
struct AppendOnlyTriggerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let statement: String
        let message: String
        var testDescription: String { statement }
    }

    static let rows = """
        INSERT INTO import_batch (file_name, sha256, size_bytes, encoding, kind, operator, started_at)
            VALUES ('名册.csv', repeat('a', 64), 10, 'utf-8', 'roster', '张三', '2024-01-10T00:00:00.000000Z');
        INSERT INTO enterprise (credit_code, name, division, created_at, created_by, batch_id)
            VALUES ('91360722MA35G1YK7R', '信丰众城矿业有限公司', '360722', '2024-01-10T00:00:00.000000Z', '张三', 1);
        INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, batch_id)
            VALUES (1, 'certify', '2023-11-22', 'hnte', 'GR202336000123', 2023, '2024-01-10T00:00:00.000000Z', '张三', 1);
        """

    @Test(arguments: [
        Case(statement: "UPDATE event SET note = 'edited'", message: "event is append-only: record a void or a new event instead"),
        Case(statement: "DELETE FROM event", message: "event is append-only: record a void instead of deleting"),
        Case(statement: "TRUNCATE event CASCADE", message: "event is append-only: record a void instead of deleting"),
        Case(statement: "UPDATE enterprise SET name = '改名'",
             message: "enterprise identity is fixed: record a rename or relocate event instead"),
        Case(statement: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, batch_id)
                VALUES (1, 'certify', '2023-12-01', 'hnte', 'GR202336000123', 2023, '2024-01-10T00:00:00.000000Z', '张三', 1)
            """, message: "this certificate or 科小 number (certify GR202336000123) is already in force for another grant: "
                + "void that grant first"),
    ])
    func psqlIsRefused(_ c: Case) throws {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        defer { session.close() }
        try PostgresRegistry(session: session).initialise()
        try session.run(script: AppendOnlyTriggerTests.rows)
        let psql = try Self.psql(scratch.address, c.statement)
        #expect(psql.status != 0)
        #expect(psql.stderr.contains("ERROR:  \(c.message)"))
        #expect(try session.text("SELECT (count(*) = 1 AND bool_and(note IS NULL))::text FROM event") == "true")
        #expect(try session.text("SELECT name FROM enterprise") == "信丰众城矿业有限公司")
    }

    static func psql(_ address: PostgresAddress, _ statement: String) throws -> (status: Int32, stderr: String) {
        let url = "postgresql://\(address.user)@\(address.host):\(address.port)/\(address.database)"
        let run = try ChildProcess.run("/usr/bin/env", ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", statement])
        return (run.status, String(decoding: run.stderr, as: UTF8.self))
    }
}
