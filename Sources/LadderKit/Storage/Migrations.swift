import GRDB

/// The ordered, frozen list of schema migrations. `schema.sql` shows their result.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: SchemaV1.sql) }
        migrator.registerMigration("v2") { db in try db.execute(sql: SchemaV2.sql) }
        migrator.registerMigration("v3") { db in try db.execute(sql: SchemaV3.sql) }
        migrator.registerMigration("v4") { db in try db.execute(sql: SchemaV4.sql) }
        migrator.registerMigration("v5") { db in try db.execute(sql: SchemaV5.sql) }
        // v6 fills the new name index from the firms already recorded.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: SchemaV6.sql)
            try Registry.fillFirmNames(db)
        }
        migrator.registerMigration("v7") { db in try db.execute(sql: SchemaV7.sql) }
        migrator.registerMigration("v8") { db in try db.execute(sql: SchemaV8.sql) }
        migrator.registerMigration("v9") { db in try db.execute(sql: SchemaV9.sql) }
        migrator.registerMigration("v10") { db in try db.execute(sql: SchemaV10.sql) }
        migrator.registerMigration("v11") { db in try db.execute(sql: SchemaV11.sql) }
        return migrator
    }
}
