import LadderKit

/// A PostgreSQL registry read for `ladder copy`: its tables from the catalogue, its rows a page at
/// a time. Used inside one REPEATABLE READ transaction, so every page comes from one snapshot.
struct PostgresRowSource: RegistryRowSource {
    let session: PostgresSession

    /// Derived caches and the migration list: never copied (see SQLiteRowSource.caches).
    static let skipped: Set<String> = ["grant_place", "grant_place_mark", "firm_name", "firm_name_mark", "firm_name_pairs", "ladder_migration"]

    func tables() throws -> [RegistryTable] {
        let columns = try session.rows("""
            SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0
                AND NOT a.attisdropped
            ORDER BY c.oid, a.attnum
            """, types: [.text, .text, .text])
        let keys = try session.rows("""
            SELECT c.relname::text, a.attname::text FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1]
            WHERE k.contype = 'p' AND c.relnamespace = current_schema()::regnamespace AND cardinality(k.conkey) = 1
            """, types: [.text, .text])
        let parents = try session.rows("""
            SELECT c.relname::text, p.relname::text FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
            WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.oid <> p.oid
            """, types: [.text, .text])
        let keyByTable = Dictionary(keys.map { (text($0[0]), text($0[1])) }, uniquingKeysWith: { first, _ in first })
        var references: [String: Set<String>] = [:]
        for pair in parents { references[text(pair[0]), default: []].insert(text(pair[1])) }
        var order: [String] = [], columnsByTable: [String: [RegistryTable.Column]] = [:]
        for row in columns {
            let (table, column, type) = (text(row[0]), text(row[1]), text(row[2]))
            guard !PostgresRowSource.skipped.contains(table) else { continue }
            guard let kind = PostgresRowSource.columnType(type) else {
                throw CopyError.unknownColumnType(table: table, column: column, type: type)
            }
            if columnsByTable[table] == nil { order.append(table) }
            columnsByTable[table, default: []].append(RegistryTable.Column(name: column, type: kind))
        }
        let tables = try order.map { name -> RegistryTable in
            guard let key = keyByTable[name], columnsByTable[name]?.first(where: { $0.name == key })?.type == .integer else {
                throw CopyError.noIntegerKey(table: name)
            }
            return RegistryTable(name: name, columns: columnsByTable[name] ?? [], key: key)
        }
        return RegistryTableOrder.parentsFirst(tables, references: references)
    }

    func rows(of table: RegistryTable, after: Int64?, limit: Int) throws -> [[StoredValue]] {
        let list = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        return try session.rows("""
            SELECT \(list) FROM "\(table.name)" WHERE "\(table.key)" > $1 ORDER BY "\(table.key)" LIMIT $2
            """, [.integer(after ?? Int64.min), .integer(Int64(limit))], types: table.columns.map(\.type))
    }

    static func columnType(_ type: String) -> RegistryTable.ColumnType? {
        switch type {
        case "bigint", "integer", "smallint": .integer
        case "double precision", "real": .real
        case "text": .text
        case "bytea": .blob
        default: nil
        }
    }

    private func text(_ value: StoredValue) -> String {
        if case .text(let text) = value { text } else { "" }
    }
}
