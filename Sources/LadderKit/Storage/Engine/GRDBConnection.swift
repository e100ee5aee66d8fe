import GRDB

/// The seam on a SQLite registry, through GRDB: a write transaction is GRDB's `write` (SQLite's
/// file lock), a read snapshot its `read` (one WAL snapshot). SQLite understands `?N` itself,
/// so SQL passes unchanged. Statements outside a transaction run in one of their own.
public final class GRDBConnection: RegistryConnection, @unchecked Sendable {
    /// Nil for a connection bound to one transaction's database (`init(_ db:)`).
    private let writer: (any DatabaseWriter)?
    /// The database of the transaction in progress on this connection, if any; a connection is
    /// used from one thread at a time, like `PostgresSession`.
    private var current: Database?

    public init(_ registry: Registry) {
        self.writer = registry.writer
    }

    /// The seam inside a transaction the registry already holds (`Registry.writing`/`reading`):
    /// every statement runs in it; nested transactions are that same transaction.
    init(_ db: Database) {
        self.writer = nil
        self.current = db
    }

    /// The SQLite database of the transaction in progress: the GRDB fast path of code that runs
    /// on both engines (cached statements, SQLite's C API).
    var database: Database? { current }

    public var dialect: SQLDialect { .sqlite }

    public func execute(_ sql: String, _ arguments: [StoredValue]) throws {
        let arguments = StatementArguments(arguments.map(\.databaseValue))
        if let current { return try current.execute(sql: sql, arguments: arguments) }
        try writer!.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    public func forEachRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        let arguments = StatementArguments(arguments.map(\.databaseValue))
        func run(_ db: Database) throws {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                try body(StoredRow(row))
            }
        }
        if let current { return try run(current) }
        try writer!.read(run)
    }

    public func inWriteTransaction<T>(_ body: () throws -> T) throws -> T {
        if current != nil { return try body() }
        // IMMEDIATE, as the registry's own writes: the lock is taken up front, never upgraded halfway.
        return try writer!.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try within(db, body)
                return .commit
            }
            return result!
        }
    }

    public func inReadSnapshot<T>(_ body: () throws -> T) throws -> T {
        if current != nil { return try body() }
        return try writer!.read { db in try within(db, body) }
    }

    private func within<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        current = db
        defer { current = nil }
        return try body()
    }
}

extension StoredRow {
    /// A GRDB row's columns as stored values (the seam's rows on SQLite).
    init(_ row: Row) {
        self.init((0..<row.count).map { StoredValue(row[$0] as DatabaseValue) })
    }
}
