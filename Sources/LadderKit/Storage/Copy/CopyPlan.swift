/// The checks a copy makes before it writes anything, the same whichever engine is the target.
public enum CopyPlan {
    /// Refuses a target that holds any record: a copy never merges two registries.
    public static func requireEmpty(_ tables: [RegistryTable], targetName: String,
                                    count: (RegistryTable) throws -> Int) throws {
        for table in tables {
            let rows = try count(table)
            if rows > 0 { throw CopyError.targetNotEmpty(target: targetName, table: table.name, rows: rows) }
        }
    }

    /// Refuses source and target whose tables or columns differ (made by different ladder versions).
    public static func requireSameTables(source: [RegistryTable], target: [RegistryTable],
                                         sourceName: String, targetName: String) throws {
        let targetByName = Dictionary(uniqueKeysWithValues: target.map { ($0.name, $0) })
        for table in source {
            guard let other = targetByName[table.name] else {
                throw CopyError.tablesDiffer(table: table.name, source: sourceName, target: targetName)
            }
            // By name, not position: a column added later stands last in SQLite, and may not elsewhere.
            if Set(table.columns.map(\.name)) != Set(other.columns.map(\.name)) {
                throw CopyError.tablesDiffer(table: table.name, source: sourceName, target: targetName)
            }
        }
        let sourceNames = Set(source.map(\.name))
        if let missing = target.first(where: { !sourceNames.contains($0.name) }) {
            throw CopyError.tablesDiffer(table: missing.name, source: sourceName, target: targetName)
        }
    }
}
