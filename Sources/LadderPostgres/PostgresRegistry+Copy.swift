import LadderKit
import NIOCore

extension PostgresRegistry {
    /// Runs `body` with this registry as a copy's source, inside one read-only REPEATABLE READ
    /// transaction: every page comes from the same snapshot, whoever writes meanwhile.
    public func withRowSource<T>(_ body: (any RegistryRowSource) throws -> T) throws -> T {
        try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            try body(PostgresRowSource(session: session))
        }
    }

    /// Fills this registry, which must hold no records, with every row of `source` by COPY, in one
    /// transaction with the schema's migrations (a copy stopped halfway leaves the database as it was); identity counters then
    /// continue after the highest copied id. The caches (`grant_place`, the name index `firm_name`)
    /// are filled in the same transaction, as SQLite's copy rebuilds its caches.
    @discardableResult
    public func fill(from source: any RegistryRowSource, sourceName: String) throws -> RegistryCounts {
        let counts = try inTransaction {
            try migrate()
            let target = PostgresRowSource(session: session)
            let ours = try target.tables()
            try CopyPlan.requireEmpty(ours, targetName: session.address.description) { table in
                try count(table.name)
            }
            let theirs = try source.tables()
            try CopyPlan.requireSameTables(source: theirs, target: ours, sourceName: sourceName,
                                           targetName: session.address.description)
            for table in theirs {
                try source.forEachPage(of: table) { page in
                    var buffer = ByteBuffer()
                    CopyTextFormat.encode(page, into: &buffer)
                    try session.copy(into: table.name, columns: table.columns.map(\.name), data: buffer)
                }
                try session.execute("""
                    SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence($1, $2) AS s,
                        (SELECT max("\(table.key)") FROM "\(table.name)") AS m) AS t WHERE s IS NOT NULL AND m IS NOT NULL
                    """, [.text(table.name), .text(table.key)])
            }
            let connection = PostgresRegistryConnection(session: session)
            try ConnectedRegistry.fillGrantPlaces(connection)
            try ConnectedRegistry.fillFirmNames(connection)
            return RegistryCounts(enterprises: try count("enterprise"), events: try count("event"),
                                  facts: try count("fact"), batches: try count("import_batch"))
        }
        // The statistics read the cache by an index-only scan, which skips the table only for pages
        // VACUUM has marked all-visible: mark them now rather than when autovacuum comes by, and give
        // the planner the new tables' sizes. Outside the transaction (VACUUM cannot run in one); a
        // role that does not own the tables only gets the server's warning.
        try session.execute("VACUUM (ANALYZE)")
        return counts
    }

    func count(_ table: String) throws -> Int {
        guard case .integer(let rows)? = try session.rows("SELECT count(*) FROM \"\(table)\"", types: [.integer]).first?.first
        else { return 0 }
        return Int(rows)
    }
}
