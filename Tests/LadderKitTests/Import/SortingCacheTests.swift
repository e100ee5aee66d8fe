import GRDB
import Testing
@testable import LadderKit

/// The end of a first import sorts with an 8 MiB cache; the connection gets its 24 MiB back after,
/// whether the end succeeded or threw.
@Suite struct SortingCacheTests {
    struct Planted: Error {}

    @Test func theCacheIsSmallerOnlyForTheSorts() throws {
        let registry = try Registry.inMemory()
        try registry.sqliteWriter().writeWithoutTransaction { db in
            #expect(try Int.fetchOne(db, sql: "PRAGMA cache_size") == -24_576)
            let inside = try SortingCache.around(db) { try Int.fetchOne(db, sql: "PRAGMA cache_size") }
            #expect(inside == -8_192)
            #expect(try Int.fetchOne(db, sql: "PRAGMA cache_size") == -24_576)
            #expect(throws: Planted.self) { try SortingCache.around(db) { throw Planted() } }
            #expect(try Int.fetchOne(db, sql: "PRAGMA cache_size") == -24_576)
        }
    }
}
