import Foundation
import GRDB

/// What `Registry.restore` did: what the registry now holds, and where the old one was kept.
public struct RestoreOutcome: Sendable {
    public let counts: RegistryCounts
    /// `NAME.before-restore-<time>.sqlite`; nil when there was no registry to keep.
    public let kept: String?
}

extension Registry {
    /// Replaces the registry at `registryPath` with the backup at `source`, after checking that
    /// the backup is a ladder registry this ladder can read and that it passes `verify`.
    ///
    /// The registry as it was is first copied beside itself (`NAME.before-restore-<time>.sqlite`)
    /// while holding its write lock; then the backup is written into it with SQLite's backup API,
    /// in one step under the write lock, so other processes see the old registry or the restored
    /// one, never a mixture. Refused (`RegistryError.busy`) while another process holds the write
    /// lock for longer than the busy timeout. A registry file SQLite cannot read at all is moved
    /// aside under the same name instead.
    public static func restore(from source: String, into registryPath: String,
                               options: OpenOptions = OpenOptions()) throws -> RestoreOutcome {
        do {
            return try replace(registryPath, from: source, options: options)
        } catch {
            throw RegistryError.explaining(error)
        }
    }

    private static func replace(_ registryPath: String, from source: String, options: OpenOptions) throws -> RestoreOutcome {
        if RegistryFile.samePath(source, registryPath) {
            throw RegistryError.fileProblem(path: registryPath, detail: SystemText.restoreItself.text())
        }
        let backup = try openRestorable(source)
        let counts = try backup.read(RegistryCounts.count)
        if !FileManager.default.fileExists(atPath: registryPath) {
            try RegistryFile.createPrivately(registryPath)
            try backup.read { db in try copy(from: db, toNewFile: registryPath) }
            return RestoreOutcome(counts: counts, kept: nil)
        }
        var config = Configuration()
        config.busyMode = .callback(WriteLock.waiting(registryPath: registryPath, timeout: options.busyTimeout))
        let holder = WriteLockHolder(pid: getpid(), operatorName: options.operatorName ?? "unknown",
                                     command: options.command ?? "ladder restore", since: options.clock?())
        defer { WriteLock.clear(holder, registry: registryPath) }
        do {
            let lock = try DatabaseQueue(path: registryPath, configuration: config)
            let live = try DatabaseQueue(path: registryPath, configuration: config)
            let kept = try keepCopy(of: live, holding: lock, registryPath: registryPath, holder: holder, options: options)
            do {
                try live.writeWithoutTransaction { db in try backup.read { source in try source.backup(to: db) } }
            } catch {
                RegistryFile.removeWithCompanions(kept)
                throw error
            }
            try live.close()
            try lock.close()
            return RestoreOutcome(counts: counts, kept: kept)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            let kept = try moveAside(registryPath, options: options)
            try RegistryFile.createPrivately(registryPath)
            try backup.read { db in try copy(from: db, toNewFile: registryPath) }
            return RestoreOutcome(counts: counts, kept: kept)
        }
    }

    /// Opens `path` for reading only and checks it is a ladder registry this ladder reads that
    /// passes `verify`. (A query-only connection rather than a read-only one: it can tidy a WAL
    /// file's -wal and -shm away when it closes.)
    static func openRestorable(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RegistryError.notARegistry(path: path, reason: SystemText.noSuchFile.text())
        }
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        let queue: DatabaseQueue
        let migrator = Migrations.migrator
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            let applied = try queue.read { db in
                try db.tableExists("grdb_migrations") && db.tableExists("event") ? try migrator.appliedIdentifiers(db) : []
            }
            guard applied.contains("v1") else {
                throw RegistryError.notARegistry(path: path, reason: SystemText.noLadderTables.text())
            }
            let unknown = applied.subtracting(migrator.migrations)
            if !unknown.isEmpty {
                throw RegistryError.newerSchema(path: path, found: newest(unknown), known: migrator.migrations.last!)
            }
        } catch let error as DatabaseError {
            throw RegistryError.notARegistry(path: path, reason: SystemText.sqliteCannotRead.text(["detail": error.message ?? "\(error.resultCode)"]))
        }
        let problems = try queue.read(Registry.verify)
        guard problems.isEmpty else {
            throw RegistryError.restoreRefused(path: path, problems: problems.map(\.description))
        }
        return queue
    }

    /// Copies the live registry beside itself while `lock`, a second connection, holds its write
    /// lock (SQLite's backup cannot read from a connection that is itself writing). A writer
    /// that commits between this copy and the restore would be in neither: `data_version`
    /// tells, and the copy is taken again.
    private static func keepCopy(of live: DatabaseQueue, holding lock: DatabaseQueue, registryPath: String,
                                 holder: WriteLockHolder, options: OpenOptions) throws -> String {
        for _ in 0..<3 {
            let (kept, version) = try lock.writeWithoutTransaction { guardian in
                try guardian.execute(sql: "BEGIN IMMEDIATE")
                defer { try? guardian.execute(sql: "ROLLBACK") }
                WriteLock.record(holder, registry: registryPath)
                let kept = RegistryFile.besidePath(of: registryPath, label: "before-restore", at: options.clock?())
                try RegistryFile.createPrivately(kept)
                do {
                    return (kept, try live.writeWithoutTransaction { db in
                        try db.execute(sql: "BEGIN DEFERRED")
                        defer { try? db.execute(sql: "COMMIT") }
                        try copy(from: db, toNewFile: kept)
                        return try Int.fetchOne(db, sql: "PRAGMA data_version")!
                    })
                } catch {
                    RegistryFile.removeWithCompanions(kept)
                    throw error
                }
            }
            if try live.writeWithoutTransaction({ try Int.fetchOne($0, sql: "PRAGMA data_version")! }) == version {
                return kept
            }
            RegistryFile.removeWithCompanions(kept)
        }
        throw RegistryError.busy(holder: WriteLock.holder(ofRegistry: registryPath))
    }

    /// Renames an unreadable registry (and its -wal) to `NAME.before-restore-<time>.sqlite`.
    private static func moveAside(_ path: String, options: OpenOptions) throws -> String {
        let kept = RegistryFile.besidePath(of: path, label: "before-restore", at: options.clock?())
        try RegistryFile.move(path, to: kept)
        if FileManager.default.fileExists(atPath: path + "-wal") { try RegistryFile.move(path + "-wal", to: kept + "-wal") }
        unlink(path + "-shm")
        return kept
    }
}
