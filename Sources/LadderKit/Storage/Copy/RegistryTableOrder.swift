/// Tables ordered so that each comes after the tables its foreign keys name (account_change names
/// account_token, which SQLite lets it declare later): loading in this order needs no deferred checks.
public enum RegistryTableOrder {
    public static func parentsFirst(_ tables: [RegistryTable], references: [String: Set<String>]) -> [RegistryTable] {
        var placed: [RegistryTable] = [], done: Set<String> = []
        var waiting = tables
        while !waiting.isEmpty {
            // The first table (in declared order) whose parents are all placed; a cycle (none here)
            // would fall back to declared order rather than loop.
            let next = waiting.firstIndex { (references[$0.name] ?? []).isSubset(of: done) } ?? 0
            let table = waiting.remove(at: next)
            placed.append(table)
            done.insert(table.name)
        }
        return placed
    }
}
