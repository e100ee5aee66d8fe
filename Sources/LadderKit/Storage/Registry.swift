import Foundation
import GRDB

/// The registry: one SQLite database that owns every write. Each public write method validates
/// first and then writes in one transaction; reads take `asOf` (a day) and `knownAt` (a moment).
public struct Registry: Sendable {
    let writer: any DatabaseWriter
    /// The file this registry lives in; nil in memory.
    public let path: String?

    /// Opens (creating when missing, mode 0660) the registry at `path`. A registry made by a newer
    /// ladder is refused; an older one is copied beside itself and then migrated.
    public static func open(path: String, options: OpenOptions = OpenOptions()) throws -> Registry {
        try RegistryFile.requireDatabaseOrNothing(path)
        try RegistryFile.createPrivately(path)
        let registry = Registry(writer: try connect(path: path, options: options), path: path)
        try registry.prepareSchema(options: options)
        return registry
    }

    /// A private registry in memory, for tests and dry runs.
    public static func inMemory() throws -> Registry {
        let registry = Registry(writer: try DatabaseQueue(configuration: configuration()), path: nil)
        try registry.migrate()
        return registry
    }

    static func configuration(path: String? = nil, options: OpenOptions = OpenOptions(),
                              opening: OpeningPhase? = nil) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Waits like busy_timeout, and notes who held the lock when it gives up (RegistryError.busy).
        config.busyMode = .callback(WriteLock.waiting(registryPath: path, timeout: options.busyTimeout, opening: opening))
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 24 MiB of page cache: a big import keeps its hot index pages instead of spilling them,
            // within the import's memory budget (150 MB for a million rows).
            try db.execute(sql: "PRAGMA cache_size = -24576")
            // The writer connection names its process in the lock-holder sidecar while it writes.
            if let path, !db.configuration.readonly {
                db.add(transactionObserver: WriteLockObserver(registryPath: path, identity: options), extent: .databaseLifetime)
            }
        }
        return config
    }

    /// Seconds a writer waits for another writer's lock before giving up, unless the opener
    /// says otherwise (`OpenOptions.busyTimeout`; the CLI reads `$LADDER_BUSY_TIMEOUT`).
    public static let busyTimeout: TimeInterval = 10

    func migrate() throws {
        try Migrations.migrator.migrate(writer)
    }
}
