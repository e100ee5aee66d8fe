import Foundation
import Testing

/// The write commands on a PostgreSQL address: the same sequence of writes on a new SQLite file and
/// on a new PostgreSQL database prints the same words, and leaves the same firm (`show`, `facts show`,
/// `check`) and the same statistics behind. Moments of recording differ between the two runs and
/// are set apart before comparing.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresWriteCommandTests {
    static let a = "91360722MA35G1YK7R", b = "9136060006346630XD"

    static let writes: [[String]] = [
        ["add", a, "--name", "信丰众城矿业有限公司", "--founded", "2015-12-01"],
        ["add", b, "--name", "鹰潭市信江海融小额贷款股份有限公司"],
        ["add", a, "--name", "信丰众城矿业有限公司"],
        ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22", "--override", "省认定名单"],
        ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22"],
        ["certify", b, "--number", "GR202336000123", "--issued", "2023-11-22", "--override", "x"],
        ["admit", b, "--number", "2024360602A0000001", "--effective", "2024/5/6", "--override", "入库公告"],
        ["select", a, "--tier", "growth", "--category", "gazelle", "--year", "2025", "--effective", "2025-07-01",
         "--override", "省名单"],
        ["facts", "set", a, "--year", "2024", "--employees", "120", "--tech-staff", "12", "--revenue", "4,800"],
        ["rename", a, "--name", "江西众城新材料有限公司", "--effective", "2025-03-01"],
        ["relocate", b, "--region", "360112", "--zone", "ganjiang", "--effective", "2025-06-01"],
        ["revoke", b, "--tier", "tsme", "--effective", "2024-09-01", "--ground", "other", "--reason", "企业申请"],
        ["correct", a, "--region", "信丰县", "--effective", "2024-01-01", "--reason", "导入时地区填错"],
        ["void", "3", "--reason", "录入错误"],
        ["void", "3", "--reason", "录入错误"],
    ]

    static let reads: [[String]] = [
        ["show", a, "--as-of", "2025-12-31", "--format", "json"], ["show", b, "--as-of", "2025-04-01"],
        ["show", a, "--as-of", "2024-06-30", "--wide"], ["facts", "show", a, "--format", "json"],
        ["check", a, "--tier", "hnte", "--as-of", "2025-06-01"], ["policy", "show"],
        ["stats", "--as-of", "2025-12-31", "--format", "json"], ["stats", "--by", "county", "--as-of", "2025-12-31"],
    ]

    @Test func theSameWritesLeaveTheSameRegistry() throws {
        let dir = try TemporaryDirectory()
        let file = dir.path("r.sqlite")
        let scratch = try PostgresScratch()
        for db in [file, scratch.url] { #expect(try LadderRun.run(["init"], db: db).status == 0) }
        var statuses: [Int32] = []
        for step in Self.writes + Self.reads {
            let sqlite = try LadderRun.run(step, db: file)
            statuses.append(sqlite.status)
            let postgres = try LadderRun.run(step, db: scratch.url)
            #expect(postgres.status == sqlite.status, "\(step): \(postgres.stderr)")
            #expect(Self.withoutMoments(postgres.stdout) == Self.withoutMoments(sqlite.stdout), "\(step)")
            #expect(postgres.stderr == sqlite.stderr, "\(step)")
        }
        // Every step ran; only the certificate held by another firm is refused.
        #expect(statuses == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: Self.reads.count))
        // A firm named by a later name: the same firm on both engines, through each one's name index.
        let byName = ["show", "江西众城新材料有限公司", "--as-of", "2025-12-31", "--format", "json"]
        let (sqlite, postgres) = (try LadderRun.run(byName, db: file), try LadderRun.run(byName, db: scratch.url))
        #expect(postgres.status == 0)
        #expect(sqlite.stdout.contains("\"credit_code\": \"\(Self.a)\""))
        #expect(Self.withoutMoments(postgres.stdout) == Self.withoutMoments(sqlite.stdout))
    }

    /// Recording moments, and the reading moment a table names.
    static func withoutMoments(_ text: String) -> String {
        text.replacing(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/, with: "(moment)")
            .replacing(/\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?/, with: "(moment)")
    }
}
