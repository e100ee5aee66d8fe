import GRDB

extension Registry {
    /// Runs `body` with this registry as a copy's source: every read it makes sees one snapshot,
    /// however long the copy takes and whoever writes meanwhile.
    public func withRowSource<T>(_ body: (any RegistryRowSource) throws -> T) throws -> T {
        try read { db in try body(SQLiteRowSource(db: db)) }
    }

    /// Fills this registry, which must hold no records, with every row of `source`, in one
    /// transaction (a copy stopped halfway leaves it as empty as it was), then rebuilds the
    /// caches from what was copied. `sourceName` names the source in messages.
    @discardableResult
    public func fill(from source: any RegistryRowSource, sourceName: String) throws -> RegistryCounts {
        let targetName = path ?? ":memory:"
        return try transaction { db in
            let target = SQLiteRowSource(db: db)
            let ours = try target.tables()
            try CopyPlan.requireEmpty(ours, targetName: targetName) { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table.name)\"") ?? 0
            }
            let theirs = try source.tables()
            try CopyPlan.requireSameTables(source: theirs, target: ours, sourceName: sourceName, targetName: targetName)
            for table in theirs {
                let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
                let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                let insert = try db.makeStatement(sql: "INSERT INTO \"\(table.name)\" (\(names)) VALUES (\(marks))")
                try source.forEachPage(of: table) { page in
                    for row in page {
                        try insert.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                    }
                }
            }
            return try RegistryCounts.count(db)
        }
    }
}
