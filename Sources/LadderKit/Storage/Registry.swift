import Foundation
import GRDB

/// The registry: one SQLite database that owns every write. Each public write method validates
/// first and then writes in one transaction; reads take `asOf` (a day) and `knownAt` (a moment).
public struct Registry: Sendable {
    let writer: any DatabaseWriter
    /// The file this registry lives in; nil in memory.
    public let path: String?

    /// Opens (creating when missing) the registry at `path`, migrating it to the current schema.
    public static func open(path: String) throws -> Registry {
        let writer = try DatabasePool(path: path, configuration: configuration())
        let registry = Registry(writer: writer, path: path)
        try registry.migrate()
        return registry
    }

    /// A private registry in memory, for tests and dry runs.
    public static func inMemory() throws -> Registry {
        let registry = Registry(writer: try DatabaseQueue(configuration: configuration()), path: nil)
        try registry.migrate()
        return registry
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(Registry.busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MiB of page cache: a big import keeps its hot index pages instead of spilling them.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return config
    }

    /// Seconds a writer waits for another writer's lock before giving up.
    public static let busyTimeout: TimeInterval = 10

    func migrate() throws {
        try Migrations.migrator.migrate(writer)
    }
}
