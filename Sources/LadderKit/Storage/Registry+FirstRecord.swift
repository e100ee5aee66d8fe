import GRDB

extension Registry {
    /// When the registry's first record was written (its first firm or event; nil when empty):
    /// a read known at an earlier moment sees an empty registry.
    public func firstRecordedAt() throws -> Moment? {
        try reading { c in
            try c.rows(Registry.firstRecordSQL).compactMap { row in
                row.text(0).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }
            }.min()
        }
    }

    static func firstRecordedAt(_ db: Database) throws -> Moment? {
        let firsts = try String.fetchAll(db, sql: firstRecordSQL)
        return firsts.compactMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }.min()
    }

    /// The first firm's creation and the first event's recording (PostgreSQL wants the subqueries named).
    static let firstRecordSQL = """
        SELECT created_at FROM (SELECT created_at FROM enterprise ORDER BY id LIMIT 1) AS first_firm
        UNION ALL SELECT recorded_at FROM (SELECT recorded_at FROM event ORDER BY id LIMIT 1) AS first_event
        """
}
