import Foundation
@testable import LadderKit
import LadderPostgres
import Testing

/// The registry's transactions through the seam (`writing`, `reading`) on each engine, and a
/// SQLite-only write on a server's registry refused by name, nothing written.
@Suite struct RegistryEngineTests {
    static let firm = "INSERT INTO enterprise (credit_code, name, division, created_at, created_by) "
        + "VALUES ('91360100MA35XXXX0X', '南昌测试科技有限公司', '360100', '2026-01-02T03:04:05.000000Z', 'test')"

    @Test(arguments: EngineUnderTest.kinds)
    func aWriteIsSeenByTheNextReadAndAFailedOneLeavesNothing(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try registry.writing { c in
                try c.execute(RegistryEngineTests.firm, [])
                throw Stop()
            }
        }
        #expect(try registry.reading { c in try c.value("SELECT count(*) FROM enterprise") } == .integer(0))
        try registry.writing { c in try c.execute(RegistryEngineTests.firm, []) }
        let names = try registry.reading { c in try c.rows("SELECT name, division FROM enterprise").map(\.values) }
        #expect(names == [[.text("南昌测试科技有限公司"), .text("360100")]])
    }

    /// A backup is SQLite's own (PostgreSQL's is pg_dump): refused, naming the registry, no file made.
    @Test(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote))
    func aSQLiteOnlyOperationOnAServersRegistryIsRefusedByName() throws {
        let registry = try FreshRegistry.on(.postgres)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("engine-\(UUID()).sqlite").path
        #expect(throws: RegistryError.notOnServer(address: registry.address, operation: "backup")) {
            try registry.backup(to: file, force: false)
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(registry.address.hasPrefix("postgres://"))
    }

    /// A server keeps an answer until the registry changes: the counter moves with every commit,
    /// one made through the registry and one by another session that wrote while the counter was
    /// read. (That it stays put under reads cannot be asserted here: the snapshot is the whole
    /// server's, and other suites write to the same test server meanwhile.)
    @Test(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote))
    func theChangeCounterOfAServersRegistryMovesWithACommit() throws {
        let database = try EnginePostgres(empty: ())
        let registry = Registry(engine: PostgresEngine(database.address))
        let counter = try #require(ChangeCounter(watching: registry))
        let before = try counter.version()
        try registry.writing { c in try c.execute(RegistryEngineTests.firm, []) }
        #expect(try counter.version() != before)

        let writer = try PostgresSession.connect(database.address)
        defer { writer.close() }
        try writer.execute("BEGIN")
        try writer.execute(RegistryEngineTests.firm.replacingOccurrences(of: "MA35XXXX0X", with: "MA35YYYY0Y"))
        let whileOpen = try counter.version()
        try writer.execute("COMMIT")
        #expect(try counter.version() != whileOpen)
    }
}
