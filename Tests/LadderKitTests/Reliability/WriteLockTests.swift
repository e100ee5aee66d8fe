import Foundation
import GRDB
import Testing
@testable import LadderKit

/// The lock-holder sidecar, and the message a writer gets when it waits too long.
@Suite struct WriteLockTests {
    static let importer = OpenOptions(operatorName: "王芳", command: "ladder import roster.csv", clock: ReliabilityFixture.clock)

    /// Runs `body` while `registry` holds its write lock in an open transaction (rolled back).
    static func holdingLock(_ registry: Registry, _ body: () throws -> Void) throws {
        try registry.writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: """
                    INSERT INTO target (tier, count, due_on, recorded_at, operator) VALUES ('hnte', 10000, '2025-12-31', 'x', 'y')
                    """)
                try body()
                return .rollback
            }
        }
    }

    @Test func sidecarNamesTheHolderWhileItWrites() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try Registry.open(path: path, options: WriteLockTests.importer)
        #expect(WriteLock.sidecarPath(ofRegistry: path) == path + ".lock-holder")
        try WriteLockTests.holdingLock(registry) {
            let holder = try #require(WriteLock.holder(ofRegistry: path))
            #expect(holder.summary == "pid \(getpid()), operator 王芳, `ladder import roster.csv`, since 10:02:17")
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".lock-holder"))
        _ = try registry.add(Codes.a, name: "甲公司", context: context("2025-06-01T02:02:18Z"))
        #expect(!FileManager.default.fileExists(atPath: path + ".lock-holder"))
    }

    @Test func waitingWriterIsToldWhoHoldsTheLock() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let holder = try Registry.open(path: path, options: WriteLockTests.importer)
        let waiter = try Registry.open(path: path, options: OpenOptions(busyTimeout: 0.2))
        try WriteLockTests.holdingLock(holder) {
            let recorded = try #require(WriteLock.holder(ofRegistry: path))
            var caught: Error?
            do { _ = try waiter.add(Codes.a, name: "甲公司", context: context("2025-06-01T02:02:18Z")) } catch { caught = error }
            let error = try #require(caught)
            #expect(RegistryError.explaining(error) as? RegistryError == .busy(holder: recorded))
            #expect(String(describing: RegistryError.explaining(error))
                == "another ladder process holds the registry's write lock (pid \(getpid()), operator 王芳, "
                + "`ladder import roster.csv`, since 10:02:17); try again when it finishes, or wait longer")
            // Readers are not blocked meanwhile, and see only what was committed.
            #expect(try waiter.counts() == RegistryCounts(enterprises: 0, events: 0, facts: 0, batches: 0))
        }
        _ = try waiter.add(Codes.a, name: "甲公司", context: context("2025-06-01T02:02:19Z"))
    }

    @Test func holderOfAnEndedProcessIsNotNamed() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let ended = try ChildProcess("/bin/true", [])
        ended.wait()
        WriteLock.record(WriteLockHolder(pid: ended.pid, operatorName: "王芳", command: "ladder import x.csv",
                                         since: nil), registry: path)
        #expect(FileManager.default.fileExists(atPath: path + ".lock-holder"))
        #expect(WriteLock.holder(ofRegistry: path) == nil)
        #expect(RegistryError.busy(holder: nil).description
            == "another process holds the registry's write lock (not a ladder command: it recorded no name); "
            + "try again when it finishes, or wait longer")
    }

    @Test func waitFollowsSQLitesBackOff() {
        #expect([0, 1, 3, 12, 13].map(WriteLock.slept(before:)) == [0, 1, 8, 328, 428])
    }

    @Test func otherErrorsPassThrough() {
        let error = RegistryError.emptyName
        #expect(RegistryError.explaining(error) as? RegistryError == .emptyName)
    }
}
