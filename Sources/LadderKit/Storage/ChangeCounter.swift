import GRDB

/// Whether anything has been written to a registry since the last look, by this process or any
/// other. Lets a server keep an answer until the registry changes.
/// - A SQLite file: its `data_version`, read on a connection of its own (the counter moves only
///   for commits made by other connections, and every write goes through the registry's writer).
/// - A database server: the engine's `SQLDialect.changeVersion` (PostgreSQL: a hash of its current
///   snapshot, which a commit changes and reads do not; a writer starting moves it too, which only
///   costs a recomputed answer).
public final class ChangeCounter: Sendable {
    private enum Source: Sendable {
        case file(DatabaseQueue)
        case server(any RegistryEngine)
    }
    private let source: Source

    /// Nil for a registry in memory: there is nothing another process could change.
    public init?(watching registry: Registry) {
        if let engine = registry.engine {
            source = .server(engine)
            return
        }
        guard let path = registry.path else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let connection = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        source = .file(connection)
    }

    /// A number that differs from the last one read whenever a write has been committed since.
    public func version() throws -> Int64 {
        switch source {
        case let .file(connection):
            return try connection.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        case let .server(engine):
            return try engine.withConnection { c in
                try c.int64(c.dialect.changeVersion) ?? 0
            }
        }
    }
}
