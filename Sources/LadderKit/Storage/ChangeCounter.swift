import GRDB

/// Whether anything has been written to a registry file since the last look, by this process or
/// any other: SQLite's `data_version`, read on a connection of its own (the counter moves only for
/// commits made by other connections, and every write goes through the registry's writer). Lets a
/// server keep an answer until the registry changes.
public final class ChangeCounter: Sendable {
    private let connection: DatabaseQueue

    /// Nil for a registry in memory: there is no file to watch.
    public init?(watching registry: Registry) {
        guard let path = registry.path else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let connection = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.connection = connection
    }

    /// A number that differs from the last one read whenever a write has been committed since.
    public func version() throws -> Int64 {
        try connection.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
