import Foundation
import GRDB
import Testing
@testable import LadderKit

/// Backups taken while another connection writes are consistent snapshots that restore to a
/// verified registry; restore checks what it is given and keeps what it replaces.
@Suite struct BackupTests {
    static let clocked = OpenOptions(clock: ReliabilityFixture.clock)

    /// Event ids of a registry file: a consistent snapshot holds a gap-free prefix of history.
    static func eventIDs(_ path: String) throws -> [Int64] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int64.fetchAll($0, sql: "SELECT id FROM event ORDER BY id") }
    }

    /// A flag and a counter shared with the writing thread.
    final class Writes: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false, done = 0
        var isStopped: Bool { lock.withLock { stopped } }
        var count: Int { lock.withLock { done } }
        func stop() { lock.withLock { stopped = true } }
        func recorded() { lock.withLock { done += 1 } }
    }

    @Test func backupsTakenDuringWritesRestoreToVerifiedRegistries() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try ReliabilityFixture.populate(try Registry.open(path: path))
        // Another connection (its own pool) records renames until the backups are done.
        let writer = try Registry.open(path: path)
        let writes = Writes()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            var i = 0
            while !writes.isStopped, i < 20_000 {
                i += 1
                if (try? writer.rename(Codes.b, to: "乙公司\(i)", effective: day("2025-03-01"),
                                       context: context("2025-06-01T00:00:00Z"))) != nil { writes.recorded() }
            }
        }
        while writes.count < 50 { usleep(1000) }
        var sizes: [Int] = []
        for n in 1...5 {
            let copy = folder.path("copy\(n).sqlite")
            let counts = try registry.backup(to: copy, force: false)
            let ids = try BackupTests.eventIDs(copy)
            #expect(ids == Array(1...Int64(ids.count)), "a gap-free prefix of history")
            #expect(counts.events == ids.count)
            let restored = folder.path("restored\(n).sqlite")
            let outcome = try Registry.restore(from: copy, into: restored)
            #expect(outcome.kept == nil)
            #expect(try Registry.open(path: restored).verify() == [])
            sizes.append(ids.count)
        }
        writes.stop()
        group.wait()
        #expect(sizes.first! > 5 + 49)
        #expect(sizes == sizes.sorted())
        #expect(try registry.counts().events == 5 + writes.count)
        #expect(try registry.verify() == [])
    }

    @Test func backupRefusesToReplaceAFileUnlessForced() throws {
        let folder = try RegistryFolder()
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        let copy = folder.path("copy.sqlite")
        try registry.backup(to: copy, force: false)
        #expect(throws: RegistryError.fileExists(path: copy)) { try registry.backup(to: copy, force: false) }
        #expect(try registry.backup(to: copy, force: true).events == 5)
        #expect(throws: RegistryError.fileProblem(path: folder.path("r.sqlite"), detail: "that is the registry itself")) {
            try registry.backup(to: folder.path("r.sqlite"), force: true)
        }
        #expect(try folder.files() == ["copy.sqlite", "r.sqlite", "r.sqlite-shm", "r.sqlite-wal"])
    }

    @Test func restoreKeepsTheRegistryItReplaces() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try ReliabilityFixture.populate(try Registry.open(path: path))
        try registry.backup(to: folder.path("copy.sqlite"), force: false)
        _ = try registry.rename(Codes.b, to: "乙新公司", effective: day("2025-03-01"), context: context("2025-06-01T00:00:00Z"))
        let outcome = try Registry.restore(from: folder.path("copy.sqlite"), into: path, options: BackupTests.clocked)
        #expect(outcome.kept == folder.path("r.before-restore-20250601-100217.sqlite"))
        #expect(outcome.counts.events == 5)
        // The open registry sees the restored content; the kept copy has the rename.
        #expect(try registry.counts().events == 5)
        #expect(try registry.verify() == [])
        #expect(try BackupTests.eventIDs(folder.path("r.before-restore-20250601-100217.sqlite")).count == 6)
    }

    @Test func restoreRefusesADamagedBackup() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try ReliabilityFixture.populate(try Registry.open(path: path))
        let copy = folder.path("copy.sqlite")
        try registry.backup(to: copy, force: false)
        let raw = try DatabaseQueue(path: copy)
        try raw.write { try $0.execute(sql: "DROP TRIGGER event_is_append_only_delete") }
        try raw.close()
        #expect(throws: RegistryError.restoreRefused(path: copy, problems: [
            "trigger: event_is_append_only_delete is missing, so rows of event can be changed or deleted in place; "
                + "recreate it from schema.sql or restore the last good backup",
        ])) { try Registry.restore(from: copy, into: path, options: BackupTests.clocked) }
        #expect(try folder.files() == ["copy.sqlite", "r.sqlite", "r.sqlite-shm", "r.sqlite-wal"])
    }

    struct NotARegistryCase: CustomTestStringConvertible, Sendable {
        let name: String
        let contents: String?
        let reason: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        NotARegistryCase(name: "missing", contents: nil, reason: "no such file"),
        NotARegistryCase(name: "text file", contents: "统一社会信用代码,企业名称\n",
                         reason: "SQLite cannot read it: file is not a database"),
        NotARegistryCase(name: "empty database", contents: "", reason: "it has no ladder tables"),
    ])
    func restoreRefusesWhatIsNotARegistry(_ c: NotARegistryCase) throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        try ReliabilityFixture.populate(try Registry.open(path: path))
        let source = folder.path("source.sqlite")
        if let contents = c.contents { try contents.write(toFile: source, atomically: true, encoding: .utf8) }
        #expect(throws: RegistryError.notARegistry(path: source, reason: c.reason)) {
            try Registry.restore(from: source, into: path)
        }
    }

    @Test func restoreRefusesANewerRegistry() throws {
        let folder = try RegistryFolder()
        let copy = folder.path("copy.sqlite")
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        try registry.backup(to: copy, force: false)
        let raw = try DatabaseQueue(path: copy)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        try raw.close()
        #expect(throws: RegistryError.newerSchema(path: copy, found: "v99", known: "v11")) {
            try Registry.restore(from: copy, into: folder.path("r.sqlite"))
        }
    }

    @Test func restoreWaitsForTheWriterThenRefuses() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let holder = try ReliabilityFixture.populate(try Registry.open(path: path, options: WriteLockTests.importer))
        try holder.backup(to: folder.path("copy.sqlite"), force: false)
        try WriteLockTests.holdingLock(holder) {
            let recorded = try #require(WriteLock.holder(ofRegistry: path))
            #expect(throws: RegistryError.busy(holder: recorded)) {
                try Registry.restore(from: folder.path("copy.sqlite"), into: path, options: OpenOptions(busyTimeout: 0.2))
            }
        }
        #expect(try folder.files().filter { $0.contains("before-restore") } == [])
    }

    @Test func restoreMovesAnUnreadableRegistryAside() throws {
        let folder = try RegistryFolder()
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        try registry.backup(to: folder.path("copy.sqlite"), force: false)
        let path = folder.path("broken.sqlite")
        try String(repeating: "not a database ", count: 300).write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try Registry.restore(from: folder.path("copy.sqlite"), into: path, options: BackupTests.clocked)
        let kept = folder.path("broken.before-restore-20250601-100217.sqlite")
        #expect(outcome.kept == kept)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).hasPrefix("not a database"))
        #expect(try Registry.open(path: path).verify() == [])
    }
}
