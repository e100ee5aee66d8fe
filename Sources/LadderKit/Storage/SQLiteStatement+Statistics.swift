import GRDB

/// Reading statistics rows on the raw SQLite API: a report reads up to a million rows, and a GRDB
/// `Row` per row costs more than the query itself.
extension SQLiteStatement {
    /// A value bound to a statistics query.
    enum Value {
        case text(String)
        case int(Int64)
    }

    /// Prepares `sql`, binds `values` in order, and calls `body` once per row.
    static func forEachRow(_ db: Database, _ sql: String, _ values: [Value],
                           _ body: (SQLiteStatement) throws -> Void) throws {
        let statement = try SQLiteStatement(db, sql)
        for (index, value) in values.enumerated() {
            switch value {
            case let .text(text): statement.bind(Int32(index + 1), text)
            case let .int(number): statement.bind(Int32(index + 1), number)
            }
        }
        while try statement.step() { try body(statement) }
    }

    func int(_ column: Int32) -> Int { Int(int64(column)) }

    func day(_ column: Int32) -> Day? { Day(isoBytes: bytes(column)) }

    /// A stored moment read from its bytes; any other spelling through the general parser.
    func moment(_ column: Int32) -> Moment? {
        Moment(storedBytes: bytes(column)) ?? text(column).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }
    }

    /// The place in a (division code, zone) column pair, the code as text or as a number.
    func place(division: Int32, zone: Int32) -> PlaceKey? {
        let code = bytes(division)
        guard code.count == 6, code.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return PlaceKey(divisionDigits: code.reduce(0) { $0 * 10 + Int($1 - 48) }, zone: isNull(zone) ? nil : .ganjiang)
    }
}
