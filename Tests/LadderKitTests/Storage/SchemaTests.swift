import Foundation
import GRDB
import Testing
@testable import LadderKit

@Suite struct SchemaTests {
    /// `schema.sql` at the package root, found from this file's path.
    static var schemaFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema.sql")
    }

    /// Every table, index and trigger with its SQL, whitespace collapsed.
    static func master(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master
            WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY type, name
            """).map { row in
            let sql = (row["sql"] as String?) ?? ""
            let normalized = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            return "\(row["type"] as String) \(row["name"] as String) on \(row["tbl_name"] as String): \(normalized)"
        }
    }

    @Test func schemaFileEqualsMigrations() throws {
        let migrated = try Registry.inMemory()
        let fromMigrations = try migrated.read { try SchemaTests.master($0) }
        let file = try DatabaseQueue()
        let sql = try String(contentsOf: SchemaTests.schemaFile, encoding: .utf8)
        let fromFile = try file.write { db in
            try db.execute(sql: sql)
            return try SchemaTests.master(db)
        }
        // Report only the objects that differ, so a failure is readable.
        #expect(fromFile.filter { !fromMigrations.contains($0) } == [], "in schema.sql but not built by the migrations")
        #expect(fromMigrations.filter { !fromFile.contains($0) } == [], "built by the migrations but not in schema.sql")
        #expect(fromMigrations.count > 10)
    }
}
