import Foundation
import Testing

/// `find`, `log` and `verify` on a PostgreSQL address: after `ladder copy`, the same output as on
/// the SQLite registry copied, in every format, with regions, days, moments and limits.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresFindCommandTests {
    static let reads: [[String]] = [
        ["find", "企业"], ["find", "企业1", "--limit", "3"], ["find", "江西众城新材料有限公司"], ["find", "众城"],
        ["find", "企业", "--region", "南昌", "--as-of", "2025-01-01"],
        ["find", "企业", "--known-at", "2024-01-10T00:00:00Z"], ["find", "企业一百"], ["find", "长江存储"],
        ["log"], ["log", "--region", "赣州"], ["log", "--since", "2025-01-01"], ["verify"],
    ]

    @Test func findLogAndVerifyReadTheSameOnBothEngines() throws {
        let dir = try TemporaryDirectory()
        let (original, scratch) = try PostgresCopyTests.copied(in: dir)
        var filled = 0
        for read in Self.reads {
            for format in read.first == "verify" ? [[]] : [["--format", "json"], ["--format", "table"], ["--format", "csv"]] {
                let sqlite = try PostgresStatisticsCommandTests.sameOnBoth(read + format, original: original, copy: scratch.url)
                if sqlite.stdout.count > 40 { filled += 1 }
            }
        }
        #expect(filled >= 25, "most reads find something to show")
    }
}
