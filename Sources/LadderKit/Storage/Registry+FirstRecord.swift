import GRDB

extension Registry {
    /// When the registry's first record was written (its first firm or event; nil when empty):
    /// a read known at an earlier moment sees an empty registry.
    public func firstRecordedAt() throws -> Moment? {
        try read { db in
            let firsts = try String.fetchAll(db, sql: """
                SELECT created_at FROM (SELECT created_at FROM enterprise ORDER BY id LIMIT 1)
                UNION ALL SELECT recorded_at FROM (SELECT recorded_at FROM event ORDER BY id LIMIT 1)
                """)
            return firsts.compactMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }.min()
        }
    }
}
