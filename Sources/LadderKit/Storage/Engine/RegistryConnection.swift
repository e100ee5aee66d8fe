/// The seam under LadderKit's named reads and writes: one connection to a registry's database,
/// whichever engine holds it. SQL is written as LadderKit writes it for SQLite (`?` and `?N`
/// placeholders); an engine that numbers its parameters otherwise translates them here
/// (`SQLPlaceholders`). Values cross as `StoredValue`, SQLite's five storage classes.
///
/// The SQLite registry keeps its own GRDB and `SQLiteStatement` code on its measured paths;
/// this seam is what the PostgreSQL engine (LadderPostgres) plugs into, and what `GRDBConnection`
/// offers on SQLite so the same reads can be checked on both.
public protocol RegistryConnection: AnyObject {
    /// Which SQL the engine speaks, for the few phrases that differ (`SQLDialect`).
    var dialect: SQLDialect { get }
    /// Runs one statement that returns no rows.
    func execute(_ sql: String, _ arguments: [StoredValue]) throws
    /// Runs one query and hands each row to `body`, in the order the query gives. `body` must not
    /// use the connection: the query is still running (on PostgreSQL, `body` runs on the client's
    /// event loop).
    func forEachRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws
    /// Runs `body` in one write transaction that holds the registry's write lock (nested: in the
    /// same transaction); it commits when `body` returns and rolls back when it throws.
    func inWriteTransaction<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` in one read-only transaction: every read in it sees the same snapshot,
    /// whoever writes meanwhile (nested: in the same snapshot).
    func inReadSnapshot<T>(_ body: () throws -> T) throws -> T
}

extension RegistryConnection {
    /// Every row of one query.
    public func rows(_ sql: String, _ arguments: [StoredValue] = []) throws -> [StoredRow] {
        var rows: [StoredRow] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// The first column of the first row, or nil when there is no row.
    public func value(_ sql: String, _ arguments: [StoredValue] = []) throws -> StoredValue? {
        var first: StoredValue?
        try forEachRow(sql, arguments) { row in if first == nil { first = row.values.first } }
        return first
    }

    /// The first column of the first row as an integer (`StoredRow.int64`); nil when none or NULL.
    public func int64(_ sql: String, _ arguments: [StoredValue] = []) throws -> Int64? {
        try value(sql, arguments).flatMap { StoredRow([$0]).int64(0) }
    }

    /// The first column of the first row as text (`StoredRow.text`); nil when none or NULL.
    public func text(_ sql: String, _ arguments: [StoredValue] = []) throws -> String? {
        try value(sql, arguments).flatMap { StoredRow([$0]).text(0) }
    }
}
