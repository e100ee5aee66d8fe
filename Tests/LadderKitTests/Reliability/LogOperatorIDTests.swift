import GRDB
import Testing
@testable import LadderKit

/// Schema v10: a bureau tells its accounts' records by the account id written with them, never by
/// a name that a `ladder` command's `--operator` can also give; a record written through the server
/// before v10 (no id, but a client address) is still told by its name.
@Suite struct LogOperatorIDTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var operatorName: String
        var operatorID: Int64?
        var client: String?
        var ganzhousOwn: Bool
        var testDescription: String { "\(label): \(ganzhousOwn ? "赣州's" : "not 赣州's")" }
    }

    static let cases: [Case] = [
        Case(label: "the account itself, through the server", operatorName: "ganzhou.li", operatorID: 1, client: "10.1.2.3",
             ganzhousOwn: true),
        Case(label: "a ladder command with --operator ganzhou.li", operatorName: "ganzhou.li", operatorID: nil, client: nil,
             ganzhousOwn: false),
        Case(label: "through the server before v10", operatorName: "ganzhou.li", operatorID: nil, client: "10.1.2.3",
             ganzhousOwn: true),
        Case(label: "南昌's account under 赣州's name", operatorName: "ganzhou.li", operatorID: 2, client: "10.1.2.3",
             ganzhousOwn: false),
        Case(label: "赣州's account renamed in the record", operatorName: "someone", operatorID: 1, client: "10.1.2.3",
             ganzhousOwn: true),
    ]

    /// A firm registered in 南昌's 东湖区: only who made the record can place it in 赣州's log.
    @Test(arguments: cases)
    func aRecordIsTheRegionsByItsAccountID(_ record: Case) throws {
        let registry = try Registry.inMemory()
        let setUp = WriteContext(operatorName: "admin", at: moment("2025-01-01T00:00:00Z"), command: "test")
        let ganzhou = try registry.addAccount(name: "ganzhou.li", role: .editor, region: try Region(parsing: "360700"),
                                              passwordHash: "x", context: setUp)
        let nanchang = try registry.addAccount(name: "nanchang.wang", role: .editor, region: try Region(parsing: "360100"),
                                               passwordHash: "x", context: setUp)
        #expect((ganzhou.id, nanchang.id) == (1, 2))
        let context = WriteContext(operatorName: record.operatorName, at: moment("2025-01-02T00:00:00Z"), command: "test",
                                   clientAddress: record.client, operatorID: record.operatorID)
        _ = try registry.add(Codes.d, name: "东湖公司", location: Location(division: RegionCode(trusted: "360102")),
                             context: context)
        let log = try registry.log(region: try Region(parsing: "360700"))
        #expect(log.map { "\($0.record.rawValue) \($0.operatorName)" } == (record.ganzhousOwn ? ["enterprise \(record.operatorName)"] : []))
        #expect(try registry.log(region: try Region(parsing: "360100")).count == 1)  // 南昌's own firm, whoever recorded it
    }

    /// The column v10 added is there in a registry migrated from v9, empty for what v9 recorded.
    @Test func aV9RegistryGainsTheColumnEmpty() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v9")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO target (tier, region, count, due_on, recorded_at, operator, client) VALUES ('hnte', '', 10,
                    '2025-12-31', '2025-01-02T00:00:00.000000Z', 'ganzhou.li', '10.1.2.3')
                """)
        }
        try Migrations.migrator.migrate(queue)
        let tables = try queue.read { db in
            try ["import_batch", "enterprise", "event", "fact", "correction", "registration_change", "batch_void", "policy",
                 "target", "account_change"].filter { table in try db.columns(in: table).contains { $0.name == "operator_id" } }
        }
        #expect(tables.count == 10)
        #expect(try queue.read { try Int64?.fetchOne($0, sql: "SELECT operator_id FROM target") } == .some(nil))
    }
}
