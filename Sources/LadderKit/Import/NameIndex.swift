import GRDB

/// Finds firms by current or former name (compared as `NameKey`s) during an import. The registry's
/// own name index (`firm_name`) is filled in bulk when a write ends, so it lacks the firms and
/// renames of the import in progress; a file that names firms without their codes builds this
/// temporary one once, in about a second for a million firms, and adds to it as it goes.
final class NameIndex {
    private let db: Database
    private let lookup: SQLiteStatement
    private let insert: SQLiteStatement

    init(_ db: Database) throws {
        self.db = db
        db.add(function: DatabaseFunction("ladder_name_key", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(NameKey.of)
        })
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.import_name;
            CREATE TEMP TABLE import_name (name TEXT NOT NULL, enterprise_id INTEGER NOT NULL);
            INSERT INTO temp.import_name
                SELECT ladder_name_key(name), id FROM enterprise WHERE id NOT IN (\(Registry.setAsideSQL(knownAt: nil)))
                UNION
                SELECT ladder_name_key(r.name), r.enterprise_id FROM event r WHERE r.kind = 'rename'
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id);
            CREATE INDEX temp.import_name_by_name ON import_name(name);
            """)
        lookup = try SQLiteStatement(db, """
            SELECT DISTINCT e.id, e.credit_code, e.name FROM temp.import_name n JOIN enterprise e ON e.id = n.enterprise_id
            WHERE n.name = ?1 ORDER BY e.id
            """)
        insert = try SQLiteStatement(db, "INSERT INTO temp.import_name (name, enterprise_id) VALUES (?, ?)")
    }

    func firms(named name: String) throws -> [(id: Int64, code: CreditCode, name: String)] {
        lookup.reset()
        lookup.bind(1, NameKey.of(name))
        var found: [(Int64, CreditCode, String)] = []
        while try lookup.step() {
            found.append((lookup.int64(0), CreditCode(trusted: lookup.text(1) ?? ""), lookup.text(2) ?? ""))
        }
        return found
    }

    /// A name recorded by this import (a rename) becomes findable for the rows after it.
    func add(_ name: String, enterpriseID: Int64) throws {
        insert.reset()
        insert.bind(1, NameKey.of(name))
        insert.bind(2, enterpriseID)
        try insert.execute()
    }
}
