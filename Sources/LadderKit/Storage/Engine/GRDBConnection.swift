import GRDB
import GRDBSQLite

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
        func run(_ db: Database) throws {
            try GRDBConnection.forEachRow(of: db.makeStatement(sql: sql), arguments, body)
        }
        if let current { return try run(current) }
        try writer!.read(run)
    }

    /// Steps `statement` and hands each row to `body`, its columns read straight from SQLite's
    /// statement: no `DatabaseValue` per column, one array per row (a search reads thousands).
    static func forEachRow(of statement: Statement, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments.map(\.databaseValue)))
        let handle = statement.sqliteStatement
        let count = Int32(statement.columnCount)
        while try rows.next() != nil {
            try body(StoredRow((0..<count).map { StoredValue(handle, column: $0) }))
        }
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

extension StoredValue {
    /// Column `column` of the row `statement` stands on, in the storage class SQLite holds it in.
    init(_ statement: OpaquePointer, column: Int32) {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: self = .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: self = .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let bytes = sqlite3_column_text(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            self = .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            self = .blob(bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? [])
        default: self = .null
        }
    }
}
