import GRDB

extension RegistryConnection {
    /// `forEachRow` for a statement run once per firm: on SQLite through GRDB's statement cache
    /// (parsed once per connection), on other engines as any statement.
    func forEachCachedRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        guard let db = (self as? GRDBConnection)?.database else { return try forEachRow(sql, arguments, body) }
        try GRDBConnection.forEachRow(of: db.cachedStatement(sql: sql), arguments, body)
    }

    /// Every row of a statement run once per firm (`forEachCachedRow`).
    func cachedRows(_ sql: String, _ arguments: [StoredValue]) throws -> [StoredRow] {
        var rows: [StoredRow] = []
        try forEachCachedRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// The id of the row an `INSERT … RETURNING id` made.
    func insertReturningID(_ sql: String, _ arguments: [StoredValue]) throws -> Int64 {
        guard let id = try int64(sql + " RETURNING id", arguments) else {
            throw RegistryError.corrupt(detail: "an insert returned no id")
        }
        return id
    }
}
