import LadderKit
import PostgresNIO

/// LadderKit's seam (`RegistryConnection`) on a PostgreSQL session: `?` and `?N` become `$N`,
/// a write transaction holds the registry's advisory lock (as `PostgresRegistry.inTransaction`),
/// a read snapshot is a `REPEATABLE READ READ ONLY` transaction. Used from one thread at a time.
public final class PostgresRegistryConnection: RegistryConnection, @unchecked Sendable {
    public let session: PostgresSession
    private let owned: Bool
    /// Whether a transaction of this connection is open: nested ones run inside it.
    private var inTransaction = false

    /// `owned`: the connection closes the session when it is let go of.
    public init(session: PostgresSession, owned: Bool = false) {
        self.session = session
        self.owned = owned
    }

    /// Connects to the registry at `address` (a connection of its own, closed with this one).
    public static func connect(_ address: PostgresAddress) throws -> PostgresRegistryConnection {
        PostgresRegistryConnection(session: try PostgresSession.connect(address), owned: true)
    }

    deinit { if owned { session.close() } }

    public var dialect: SQLDialect { .postgres }

    public func execute(_ sql: String, _ arguments: [StoredValue]) throws {
        try session.execute(SQLPlaceholders.numbered(sql), arguments)
    }

    public func forEachRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        // Each row handed on as it arrives: collecting them first cost more than the server's read.
        try session.forEachRow(SQLPlaceholders.numbered(sql), arguments) { row in
            // The row's own iterator walks its bytes once; `map` would index every cell from the start.
            var values: [StoredValue] = []
            values.reserveCapacity(row.count)
            for cell in row { values.append(try StoredValue(cell)) }
            try body(StoredRow(values))
        }
    }

    public func inWriteTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        return try within { try PostgresRegistry(session: session).inTransaction(body) }
    }

    public func inReadSnapshot<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        return try within { try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body) }
    }

    private func within<T>(_ body: () throws -> T) throws -> T {
        inTransaction = true
        defer { inTransaction = false }
        return try body()
    }
}
