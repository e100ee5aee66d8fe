import GRDB

/// A first import into an empty registry creates every firm and batch its rows point to, so its
/// foreign keys are checked once, over the whole registry, just before it commits
/// (`PRAGMA foreign_key_check`) instead of on every insert. A row naming a missing parent, which
/// only a fault in ladder could write, rolls the whole file back. SQLite switches enforcement only
/// outside a transaction: off before the import's transaction begins, on again after it ends.
struct DeferredForeignKeys {
    /// Switches enforcement off when the registry holds no firm; nil (keys checked row by row) otherwise.
    private static func suspend(_ db: Database) throws -> DeferredForeignKeys? {
        guard !db.isInsideTransaction,
              try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM enterprise)") == true else { return nil }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        return DeferredForeignKeys()
    }

    /// Throws for the first row that names a parent row that does not exist.
    func check(_ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") else { return }
        let table: String = row["table"], parent: String = row["parent"]
        let column = try String.fetchOne(db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?",
                                         arguments: [table, row["fkid"] as Int]) ?? "?"
        throw ImportError.danglingReference(table: table, rowID: row["rowid"] ?? 0, column: column, parent: parent)
    }

    /// Runs `body`, which opens and ends the import's transaction, with enforcement suspended when
    /// the registry is empty, and switches it on again whatever the outcome (the body's error first).
    static func around<T>(_ db: Database, _ body: (DeferredForeignKeys?) throws -> T) throws -> T {
        let keys = try suspend(db)
        let result: T
        do {
            result = try body(keys)
        } catch {
            try? keys?.resume(db)
            throw error
        }
        try keys?.resume(db)
        return result
    }

    /// Inside a transaction SQLite ignores the switch: said, rather than leaving the connection unchecked.
    private func resume(_ db: Database) throws {
        try db.execute(sql: "PRAGMA foreign_keys = ON")
        guard try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE,
                                message: "foreign keys could not be switched on again: a transaction is still open")
        }
    }
}
