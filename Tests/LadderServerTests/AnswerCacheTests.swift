import Foundation
import LadderKit
@testable import LadderServer
import Testing

/// A kept answer lasts exactly until the registry changes, whoever writes.
@Suite struct AnswerCacheTests {
    @Test func keptUntilAWriteThenComputedAgain() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("r.sqlite").path
        let registry = try Registry.open(path: path)
        let cache = AnswerCache(registry: registry)
        var computed = 0
        let compute = { () -> String in computed += 1; return "answer \(computed)" }

        #expect(try cache.answer("stats", compute: compute) == "answer 1")
        #expect(try cache.answer("stats", compute: compute) == "answer 1")
        #expect(try cache.answer("other", compute: compute) == "answer 2")

        // A write through the registry's own writer, as the server's writes go.
        let at = WriteContext(operatorName: "测试员", at: Moment(parsing: "2024-01-10T00:00:00Z", defaultOffsetSeconds: 0)!)
        _ = try registry.add(CreditCode("91360722MA35G1YK7R"), name: "甲公司",
                             location: Location(division: RegionCode("360702")), context: at)
        #expect(try cache.answer("stats", compute: compute) == "answer 3")
        #expect(try cache.answer("stats", compute: compute) == "answer 3")

        // A write by another connection (another process, a second server).
        let other = try Registry.open(path: path)
        _ = try other.add(CreditCode("914403001922038216"), name: "乙公司",
                          location: Location(division: RegionCode("360111")), context: at)
        #expect(try cache.answer("stats", compute: compute) == "answer 4")
    }

    /// On PostgreSQL the counter is the server's write-ahead log, which every commit moves: a write
    /// through another engine (another `ladder serve` on the same database) is answered at once. Other
    /// databases of the cluster move it too (other tests, here), so only freshness is asserted: each
    /// answer is the registry's count at the time, whether kept or computed again.
    @Test(.enabled(if: ServerDatabase.isConfigured, ServerDatabase.skipNote))
    func aWriteByAnotherServerOnTheDatabaseIsAnsweredAtOnce() throws {
        let db = try ServerDatabase()
        let (mine, other) = (db.registry(), db.registry())
        let cache = AnswerCache(registry: mine)
        let count = { () -> String in "\(try mine.counts().enterprises) firms" }
        #expect(try cache.answer("count", compute: count) == "0 firms")
        #expect(try cache.answer("count", compute: count) == "0 firms")

        let at = WriteContext(operatorName: "测试员", at: Moment(parsing: "2024-01-10T00:00:00Z", defaultOffsetSeconds: 0)!)
        _ = try other.add(CreditCode("91360722MA35G1YK7R"), name: "甲公司",
                          location: Location(division: RegionCode("360702")), context: at)
        #expect(try cache.answer("count", compute: count) == "1 firms")
        _ = try other.add(CreditCode("914403001922038216"), name: "乙公司",
                          location: Location(division: RegionCode("360111")), context: at)
        #expect(try cache.answer("count", compute: count) == "2 firms")
    }

    @Test func aRegistryInMemoryIsNeverCached() throws {
        let cache = AnswerCache(registry: try Registry.inMemory())
        var computed = 0
        #expect(try cache.answer("stats") { computed += 1; return "\(computed)" } == "1")
        #expect(try cache.answer("stats") { computed += 1; return "\(computed)" } == "2")
    }
}
