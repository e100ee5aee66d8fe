import GRDB
import GRDBSQLite

/// A prepared statement on the raw SQLite API, for the import hot path where GRDB's argument
/// boxing costs more than the insert itself. Prepared once, reset and rebound per row.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    let sql: String
    /// False for a statement of GRDB's cache (`init(cached:in:)`): GRDB finalizes it.
    private let owned: Bool
    /// Where bound texts are kept while SQLite may read them.
    private let texts: SQLiteTextBuffers

    init(_ db: Database, _ sql: String) throws {
        guard let connection = db.sqliteConnection else { throw RegistryError.corrupt(detail: "closed connection") }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                                sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
        self.owned = true
        texts = SQLiteTextBuffers(parameters: Int(sqlite3_bind_parameter_count(statement)))
    }

    /// A statement of the connection's GRDB cache (`cachedStatement`), parsed once per connection:
    /// for reads made on every request (a search's listing), whose parsing costs more than their rows.
    init(cached statement: Statement, in db: Database) throws {
        guard let connection = db.sqliteConnection else { throw RegistryError.corrupt(detail: "closed connection") }
        self.handle = statement.sqliteStatement
        self.connection = connection
        self.sql = statement.sql
        self.owned = false
        texts = SQLiteTextBuffers(parameters: Int(sqlite3_bind_parameter_count(handle)))
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    deinit {
        // A statement GRDB keeps must not point into buffers freed with this one.
        if owned { sqlite3_finalize(handle) } else { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
    }

    /// Resets the statement for new bindings (all parameters are bound again before each step).
    func reset() { sqlite3_reset(handle) }

    func bind(_ index: Int32, _ text: String?) {
        guard var text else { sqlite3_bind_null(handle, index); return }
        text.withUTF8 { buffer in
            guard let kept = texts.keep(buffer, for: index) else {
                // An index SQLite does not have: let it say so, as it would for any bind.
                _ = sqlite3_bind_text(handle, index, "", 0, SQLiteStatement.transient)
                return
            }
            // SQLITE_STATIC (nil): SQLite reads the kept bytes in place.
            _ = sqlite3_bind_text(handle, index, kept.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil)
        }
    }

    func bind(_ index: Int32, _ number: Int64?) {
        guard let number else { sqlite3_bind_null(handle, index); return }
        sqlite3_bind_int64(handle, index, number)
    }

    func bind(_ index: Int32, _ number: Int?) { bind(index, number.map(Int64.init)) }

    /// Steps once; true when a row is available.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                                sql: sql)
        }
    }

    /// Steps a write to completion; returns the new rowid.
    @discardableResult
    func execute() throws -> Int64 {
        _ = try step()
        return sqlite3_last_insert_rowid(connection)
    }

    /// Binds another statement's current column value as it is (any type, no conversion): a row copy.
    func bind(_ index: Int32, valueOf column: Int32, in other: SQLiteStatement) {
        sqlite3_bind_value(handle, index, sqlite3_column_value(other.handle, column))
    }

    var columnCount: Int32 { sqlite3_column_count(handle) }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The column's text as bytes, without copying; valid until the next step.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let pointer = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before `bind` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
