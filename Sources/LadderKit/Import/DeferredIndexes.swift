import GRDB

/// A first import into an empty registry drops the secondary indexes of the tables it fills and
/// builds them again at the end, inside the same transaction: sorting a million keys once is far
/// cheaper than a million random index inserts. The indexes come back with their exact SQL, and
/// a crash or rollback leaves the registry as it was.
struct DeferredIndexes {
    private let indexes: [(name: String, sql: String)]

    static let tables = ["event", "fact"]

    /// Drops the indexes (constraint indexes, which have no SQL, stay).
    static func drop(_ db: Database) throws -> DeferredIndexes {
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('event', 'fact') ORDER BY name
            """)
        let indexes = rows.map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        return DeferredIndexes(indexes: indexes)
    }

    func restore(_ db: Database) throws {
        for index in indexes { try db.execute(sql: index.sql) }
    }
}
