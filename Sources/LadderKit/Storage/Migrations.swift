import GRDB

/// The ordered, frozen list of schema migrations. `schema.sql` shows their result.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: SchemaV1.sql) }
        migrator.registerMigration("v2") { db in try db.execute(sql: SchemaV2.sql) }
        migrator.registerMigration("v3") { db in try db.execute(sql: SchemaV3.sql) }
        migrator.registerMigration("v4") { db in try db.execute(sql: SchemaV4.sql) }
        // v5 is another change's; v6 fills the new name index from the firms already recorded.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: SchemaV6.sql)
            try Registry.fillFirmNames(db)
        }
        return migrator
    }
}
