import GRDB

/// The small reads `find` makes besides the name index, on either engine: SQLite's own (cached)
/// statements through `GRDBConnection.database`, the same SQL through the seam elsewhere.
extension Registry {
    /// Runs `sql` with each row as a `StoredRow`: a cached statement on SQLite (the search's
    /// measured path), the connection's own query on another engine. The same SQL text on both.
    static func forEachRow(_ c: any RegistryConnection, _ sql: String, _ arguments: [StoredValue],
                           _ body: (StoredRow) throws -> Void) throws {
        guard let db = (c as? GRDBConnection)?.database else { return try c.forEachRow(sql, arguments, body) }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments.map(\.databaseValue)))
        while let row = try rows.next() {
            try body(StoredRow((0..<row.count).map { StoredValue(row[$0] as DatabaseValue) }))
        }
    }

    /// The policy in force at `knownAt`, as `policy(_ db:…)` reads it.
    static func policy(_ c: any RegistryConnection, knownAt: Moment?) throws -> Policy {
        if let db = (c as? GRDBConnection)?.database { return try policy(db, knownAt: knownAt) }
        return try ConnectionStatisticsReads(connection: c).policy(knownAt: knownAt)
    }

    /// The firms set aside as known at `knownAt` (`setAsideSQL`).
    static func setAsideFirms(_ c: any RegistryConnection, knownAt: Moment?) throws -> Set<Int64> {
        if let db = (c as? GRDBConnection)?.database { return try setAsideFirms(db, knownAt: knownAt) }
        return Set(try c.rows(setAsideSQL(knownAt: knownAt)).compactMap { $0.int64(0) })
    }

    /// The id of the firm registered under `code` by `knownAt` and not set aside then; nil otherwise.
    static func registeredFirm(_ c: any RegistryConnection, code: CreditCode, knownAt: Moment?) throws -> Int64? {
        if let db = (c as? GRDBConnection)?.database {
            guard let firm = try enterprise(db, code: code), firm.createdAt.iso <= knownBound(knownAt),
                  try setAside(db, enterpriseID: firm.id, knownAt: knownAt) == nil else { return nil }
            return firm.id
        }
        // created_at as stored, compared as the text it is (as `createdAt.iso` on SQLite: one format).
        guard let row = try c.rows("SELECT id, created_at FROM enterprise WHERE credit_code = ?", [.text(code.text)]).first,
              let id = row.int64(0), let created = row.text(1).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }),
              created.iso <= knownBound(knownAt) else { return nil }
        let latest = try c.value("""
            SELECT kind FROM registration_change WHERE enterprise_id = ? AND recorded_at <= ? ORDER BY id DESC LIMIT 1
            """, [.integer(id), .text(knownBound(knownAt))])
        return latest == .text("void") ? nil : id
    }

    /// The SQLite database under `c`, for the paths that exist only there (the tests' references).
    static func requireDatabase(_ c: any RegistryConnection) throws -> Database {
        guard let db = (c as? GRDBConnection)?.database else {
            throw RegistryError.corrupt(detail: "a firm-by-firm read runs on SQLite only")
        }
        return db
    }
}
