/// Where `ladder copy` reads a registry from, whichever engine holds it: the registry's own tables
/// (caches excluded) and their rows, a page at a time in key order, all from one consistent read.
public protocol RegistryRowSource {
    /// The tables to copy, each after the tables its foreign keys name.
    func tables() throws -> [RegistryTable]
    /// Up to `limit` rows of `table` whose key is above `after` (all, when nil), in key order,
    /// each with the table's columns in order.
    func rows(of table: RegistryTable, after: Int64?, limit: Int) throws -> [[StoredValue]]
}

extension RegistryRowSource {
    /// Every row of `table`, page by page.
    public func forEachPage(of table: RegistryTable, pageSize: Int = 5_000,
                            _ body: ([[StoredValue]]) throws -> Void) throws {
        var after: Int64?
        while true {
            let page = try rows(of: table, after: after, limit: pageSize)
            if page.isEmpty { return }
            try body(page)
            guard page.count == pageSize, case .integer(let last) = page[page.count - 1][table.keyIndex] else { return }
            after = last
        }
    }
}
