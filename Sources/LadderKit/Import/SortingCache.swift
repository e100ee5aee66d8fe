import GRDB

/// The end of a first import sorts: the name index, the indexes set aside, the statistics cache.
/// SQLite gives each sort as much memory as the page cache, on top of the cache, which the rows
/// have filled by then: with both at 24 MiB a million-row GB18030 import peaked at 148–152 MiB. With
/// both at 8 MiB for the end it peaked at 132–136 MiB, and the same index builds in the sqlite3 shell
/// took as long (best of six 4.68 s, against 4.85 s at 24 MiB): the sorts spill to a temporary file
/// and merge it in one pass either way.
enum SortingCache {
    static let kib = 8_192

    /// Runs `body` with the smaller cache, and gives the connection its own back afterwards.
    static func around<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA cache_size = -\(kib)")
        defer { try? db.execute(sql: "PRAGMA cache_size = -\(Registry.pageCacheKiB)") }
        return try body()
    }
}
