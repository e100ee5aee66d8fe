import GRDB
import GRDBSQLite

/// Steps a prepared statement with SQLite's C API, for the few reads that return hundreds of
/// thousands of rows: GRDB's `Row` costs more per row than the query itself there. Columns are
/// read by index with `int`, `isNull` and `bytes`, valid until the next step.
struct RawStatement {
    let handle: SQLiteStatement

    /// Prepares `sql` with `arguments` and calls `body` once per row.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments,
                        _ body: (RawStatement) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let row = RawStatement(handle: statement.sqliteStatement)
        while true {
            let code = sqlite3_step(row.handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
            }
            try body(row)
        }
        sqlite3_reset(row.handle)
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The column's text as bytes, without copying.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func day(_ column: Int32) -> Day? { Day(isoBytes: bytes(column)) }

    /// Six ASCII digits of a division code as a number; nil if not six digits.
    func divisionDigits(_ column: Int32) -> Int? {
        let text = bytes(column)
        guard text.count == 6 else { return nil }
        var value = 0
        for b in text {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    /// The place in a (division, zone) column pair.
    func place(division: Int32, zone: Int32) -> PlaceKey? {
        guard let digits = divisionDigits(division) else { return nil }
        return PlaceKey(divisionDigits: digits, zone: isNull(zone) ? nil : .ganjiang)
    }
}
