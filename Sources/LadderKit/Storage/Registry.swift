import Foundation
import GRDB

/// The registry: one database that owns every write — a SQLite file (the default), or a database
/// server through a `RegistryEngine`. Each public write method validates first and then writes in
/// one transaction; reads take `asOf` (a day) and `knownAt` (a moment).
public struct Registry: Sendable {
    let store: RegistryStore
    /// The file this registry lives in; nil in memory or on a database server.
    public let path: String?

    init(writer: any DatabaseWriter, path: String?) {
        self.store = .sqlite(writer)
        self.path = path
    }

    /// The registry a database server keeps (LadderPostgres makes the engine from an address).
    /// Writes and reads that do not run on a server yet throw `RegistryError.notOnServer`.
    public init(engine: any RegistryEngine) {
        self.store = .engine(engine)
        self.path = nil
    }

    /// The SQLite database of a file or in-memory registry. Code on SQLite-only paths uses it
    /// after `sqliteWriter()` (or `transaction`/`read`) has refused a server's registry.
    var writer: any DatabaseWriter {
        guard case let .sqlite(writer) = store else {
            preconditionFailure("a SQLite-only path was reached on \(address); guard it with sqliteWriter()")
        }
        return writer
    }

    /// The SQLite database, or `RegistryError.notOnServer` naming `operation` on a server's registry.
    func sqliteWriter(_ operation: String = #function) throws -> any DatabaseWriter {
        switch store {
        case let .sqlite(writer): writer
        case let .engine(engine):
            // `#function` names a method with its labels: `stats(tier:by:)` is said as `stats`.
            throw RegistryError.notOnServer(address: engine.address, operation: String(operation.prefix { $0 != "(" }))
        }
    }

    /// The server's engine, nil for a SQLite registry.
    var engine: (any RegistryEngine)? {
        if case let .engine(engine) = store { engine } else { nil }
    }

    /// Whether a database server keeps the registry: its reads then wait on the network.
    public var isOnServer: Bool { engine != nil }

    /// Where the registry is, as messages name it: its file, its server address, or `:memory:`.
    public var address: String { path ?? engine?.address ?? ":memory:" }

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
            try db.execute(sql: "PRAGMA cache_size = -\(Registry.pageCacheKiB)")
            // The writer connection names its process in the lock-holder sidecar while it writes.
            if let path, !db.configuration.readonly {
                db.add(transactionObserver: WriteLockObserver(registryPath: path, identity: options), extent: .databaseLifetime)
            }
        }
        return config
    }

    /// The page cache: a big import keeps its hot index pages instead of spilling them, within the
    /// import's memory budget (150 MB for a million rows; see `SortingCache` for its end).
    static let pageCacheKiB = 24_576

    /// Seconds a writer waits for another writer's lock before giving up, unless the opener
    /// says otherwise (`OpenOptions.busyTimeout`; the CLI reads `$LADDER_BUSY_TIMEOUT`).
    public static let busyTimeout: TimeInterval = 10

    func migrate() throws {
        try Migrations.migrator.migrate(writer)
    }
}
