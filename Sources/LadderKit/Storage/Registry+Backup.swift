import Foundation
import GRDB

extension Registry {
    /// Copies the registry to `destination` with SQLite's online backup API, from one read
    /// snapshot: consistent while other processes write, and it never waits for them. The copy
    /// is written beside the destination and renamed into place, so a crash leaves either no
    /// file or a whole one. An existing file is refused unless `force`.
    @discardableResult
    public func backup(to destination: String, force: Bool) throws -> RegistryCounts {
        let writer = try sqliteWriter("backup")
        if let path, RegistryFile.samePath(path, destination) {
            throw RegistryError.fileProblem(path: destination, detail: SystemText.backupItself.text())
        }
        if FileManager.default.fileExists(atPath: destination), !force { throw RegistryError.fileExists(path: destination) }
        let partial = destination + ".partial-\(getpid())"
        RegistryFile.removeWithCompanions(partial)
        try RegistryFile.createPrivately(partial)
        do {
            let counts = try writer.read { source in
                let counts = try RegistryCounts.count(source)
                try Registry.copy(from: source, toNewFile: partial)
                return counts
            }
            // A stale -wal beside the old file would be replayed onto the new one: remove both.
            if force { RegistryFile.removeWithCompanions(destination) }
            try RegistryFile.move(partial, to: destination)
            return counts
        } catch {
            RegistryFile.removeWithCompanions(partial)
            throw error
        }
    }

    /// Writes the whole of `source` into the (empty) file at `path` in one backup step, and
    /// leaves it a self-contained file in rollback-journal mode (no -wal needed beside it).
    static func copy(from source: Database, toNewFile path: String) throws {
        let destination = try DatabaseQueue(path: path)
        try destination.writeWithoutTransaction { db in
            try source.backup(to: db)
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try destination.close()
    }
}
