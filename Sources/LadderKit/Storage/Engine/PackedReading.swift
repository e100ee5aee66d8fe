/// A connection that can hand over many rows as a few: a query that groups its rows and
/// aggregates their integer columns into arrays (PostgreSQL's `array_agg`) is read one group at a
/// time, each array decoded straight from its bytes. On PostgreSQL a statistic's grant read is
/// 150,000 rows at 1,000,000 firms, and the client's work per row and per cell cost more than
/// the server's read; grouped by day, the same grants are a few dozen rows.
///
/// SQLite has no arrays and no need: its reads are in-process. A connection without this
/// capability is read row by row (`RegistryConnection.forEachRow`).
public protocol PackedReading: RegistryConnection {
    /// Runs one query whose first `values` columns are plain values and whose other columns are
    /// one-dimensional arrays of integers or booleans without NULLs, and hands each row to `body`
    /// as the server sends it. `body` must not use the connection (as `forEachRow`).
    func forEachPackedRow(_ sql: String, _ arguments: [StoredValue], values: Int,
                          _ body: (PackedRow) throws -> Void) throws
}
