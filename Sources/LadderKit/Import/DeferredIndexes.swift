import GRDB

/// A first import into an empty registry drops the secondary indexes of the tables it fills and
/// builds them again at the end, inside the same transaction: sorting a million keys once is far
/// cheaper than a million random index inserts. The indexes come back with their exact SQL, and
/// a crash or rollback leaves the registry as it was. The grant number trigger, which searches
/// `event_by_number` on every grant, is dropped with them and comes back after one check of the
/// whole table (`GrantNumberRule`).
struct DeferredIndexes {
    /// The SQL that builds each dropped index, then the trigger's.
    private let indexes: [String], triggers: [String]

    static let tables = ["event", "fact"]

    /// Drops the indexes (constraint indexes, which have no SQL, stay) and the trigger.
    static func drop(_ db: Database) throws -> DeferredIndexes {
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE (type = 'index' AND sql IS NOT NULL AND tbl_name IN ('event', 'fact')) OR (type = 'trigger' AND name = ?)
            ORDER BY type, name
            """, arguments: [GrantNumberRule.trigger])
        var indexes: [String] = [], triggers: [String] = []
        for row in rows {
            let isTrigger = row["type"] == "trigger"
            try db.execute(sql: "DROP \(isTrigger ? "TRIGGER" : "INDEX") \(row["name"] as String)")
            if isTrigger { triggers.append(row["sql"]) } else { indexes.append(row["sql"]) }
        }
        return DeferredIndexes(indexes: indexes, triggers: triggers)
    }

    func restore(_ db: Database) throws {
        for sql in indexes { try db.execute(sql: sql) }
        if !triggers.isEmpty { try GrantNumberRule.check(GRDBConnection(db)) }
        for sql in triggers { try db.execute(sql: sql) }
    }
}
