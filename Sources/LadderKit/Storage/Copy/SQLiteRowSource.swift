import Foundation
import GRDB

/// A SQLite registry read for `ladder copy`, inside one read transaction (one snapshot).
struct SQLiteRowSource: RegistryRowSource {
    let db: Database

    /// Derived caches: rebuilt by the engine that holds them, never copied (SQLite's full-text
    /// tables cannot be filled row by row, and a cache that lags is slower, never wrong).
    static let caches: Set<String> = ["grant_place", "grant_place_mark", "firm_name", "firm_name_mark"]

    func tables() throws -> [RegistryTable] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name <> 'grdb_migrations' ORDER BY rowid
            """)
        var found: [RegistryTable] = []
        var references: [String: Set<String>] = [:]
        for row in rows {
            let name: String = row["name"], sql: String = row["sql"] ?? ""
            guard !SQLiteRowSource.caches.contains(name), !sql.hasPrefix("CREATE VIRTUAL"),
                  !name.hasPrefix("firm_name_") else { continue }
            found.append(try table(name))
            let parents = try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [name])
            references[name] = Set(parents).subtracting([name])
        }
        return RegistryTableOrder.parentsFirst(found, references: references)
    }

    private func table(_ name: String) throws -> RegistryTable {
        let info = try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
        let columns = try info.map { row -> RegistryTable.Column in
            let column: String = row["name"], declared: String = row["type"]
            guard let type = RegistryTable.ColumnType(rawValue: declared.lowercased()) else {
                throw CopyError.unknownColumnType(table: name, column: column, type: declared)
            }
            return RegistryTable.Column(name: column, type: type)
        }
        let keys = info.filter { ($0["pk"] as Int) > 0 }
        guard keys.count == 1, let key: String = keys[0]["name"],
              columns.first(where: { $0.name == key })?.type == .integer else {
            throw CopyError.noIntegerKey(table: name)
        }
        return RegistryTable(name: name, columns: columns, key: key)
    }

    func rows(of table: RegistryTable, after: Int64?, limit: Int) throws -> [[StoredValue]] {
        let list = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let statement = try db.cachedStatement(sql: """
            SELECT \(list) FROM "\(table.name)" WHERE "\(table.key)" > ? ORDER BY "\(table.key)" LIMIT ?
            """)
        let cursor = try Row.fetchCursor(statement, arguments: [after ?? Int64.min, limit])
        var page: [[StoredValue]] = []
        while let row = try cursor.next() {
            page.append((0..<table.columns.count).map { StoredValue(row[$0] as DatabaseValue) })
        }
        return page
    }
}

extension StoredValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(Array(data))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let int): int.databaseValue
        case .real(let double): double.databaseValue
        case .text(let string): string.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }
}
