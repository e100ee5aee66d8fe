import GRDB
import Testing
@testable import LadderKit

/// `ladder log`'s `from` column: the client address of a write sent through `ladder serve`, the
/// batch's for the rows an import wrote, and "this machine" in a table for a `ladder` command.
@Suite struct LogClientTests {
    static func sent(_ at: String, from client: String?) -> WriteContext {
        WriteContext(operatorName: client == nil ? "王芳" : "ganzhou.li", at: moment(at), command: "test",
                     override: "省认定名单", clientAddress: client)
    }

    @Test(arguments: EngineUnderTest.kinds) func everyRecordNamesWhereItWasSentFrom(_ kind: EngineUnderTest.Kind) throws {
        let written = try Registry.inMemory()
        _ = try written.add(Codes.a, name: "甲公司", context: LogClientTests.sent("2025-01-02T00:00:00Z", from: "10.1.2.3"))
        _ = try written.add(Codes.b, name: "乙公司", context: LogClientTests.sent("2025-01-02T00:00:01Z", from: nil))
        _ = try written.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: LogClientTests.sent("2025-01-02T00:00:02Z", from: "2001:db8::7"))
        _ = try written.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 100),
                                  context: LogClientTests.sent("2025-01-02T00:00:03Z", from: "10.1.2.3"))
        _ = try written.void(eventID: 1, reason: "录入错误", context: LogClientTests.sent("2025-01-02T00:00:04Z", from: "10.9.9.9"))
        try written.writer.write { db in
            // A batch sent from 10.4.4.4 that registered a firm and recorded a fact: both are from there.
            try db.execute(sql: """
                INSERT INTO import_batch (file_name, sha256, size_bytes, encoding, kind, operator, started_at, client)
                VALUES ('名单.csv', '\(String(repeating: "0", count: 64))', 10, 'utf-8', 'roster', '李雷',
                        '2025-01-03T00:00:00.000000Z', '10.4.4.4');
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by, batch_id)
                VALUES ('914403001922038216', '丙公司', '360702', '2025-01-03T00:00:00.000000Z', '李雷', 1);
                """)
        }
        let registry = try CopiedRegistry.of(written, on: kind)
        let log = try registry.log()
        #expect(log.map { "\($0.record.rawValue) \($0.operatorName) \($0.clientAddress ?? "-")" } == [
            "enterprise ganzhou.li 10.1.2.3",
            "enterprise 王芳 -",
            "event ganzhou.li 2001:db8::7",
            "facts ganzhou.li 10.1.2.3",
            "event ganzhou.li 10.9.9.9",
            "import 李雷 10.4.4.4",
            "enterprise 李雷 10.4.4.4",
        ])
        let csv = LogText.render(Array(log.prefix(2)), format: .csv).split(separator: "\n").map(String.init)
        #expect(csv.prefix(3) == [
            "at,operator,client,record,credit_code,what,source",
            "2025-01-02T00:00:00.000000Z,ganzhou.li,10.1.2.3,enterprise,\(Codes.a.text),registered 甲公司,ladder add",
            "2025-01-02T00:00:01.000000Z,王芳,,enterprise,\(Codes.b.text),registered 乙公司,ladder add",
        ])
        let table = LogText.render(Array(log.prefix(2)), format: .table)
        #expect(table.contains("ganzhou.li  10.1.2.3"))
        #expect(table.contains("王芳        this machine"))
    }

    /// The columns v9 added are there in a registry migrated from v8, empty for what v8 recorded.
    @Test func aV8RegistryGainsTheColumnsEmpty() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v8")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO target (tier, region, count, due_on, recorded_at, operator) VALUES ('hnte', '', 10, '2025-12-31',
                    '2025-01-02T00:00:00.000000Z', '王芳')
                """)
        }
        try Migrations.migrator.migrate(queue)
        let columns = try queue.read { db in
            try ["import_batch", "enterprise", "event", "fact", "correction", "registration_change", "batch_void", "policy",
                 "target", "account_change"].filter { table in try db.columns(in: table).contains { $0.name == "client" } }
        }
        #expect(columns.count == 10)
        #expect(try queue.read { try String?.fetchOne($0, sql: "SELECT client FROM target") } == .some(nil))
    }
}
