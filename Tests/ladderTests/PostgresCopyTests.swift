import Foundation
import LadderKit
import LadderPostgres
import Testing

/// `ladder copy` SQLite → PostgreSQL → SQLite end to end: every table's rows, `ladder verify`, and
/// every statistic's JSON the same as the original's.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresCopyTests {
    /// A registry with a row in every record table: firms imported and added, every kind of event,
    /// a voided batch, facts, a target, a correction, a profile version, accounts and a token.
    /// `registry(in:)` and a throwaway PostgreSQL database `ladder copy` filled from it.
    static func copied(in dir: TemporaryDirectory) throws -> (original: String, scratch: PostgresScratch) {
        let original = try registry(in: dir)
        let scratch = try PostgresScratch()
        let copy = try LadderRun.run(["copy", original, scratch.url], db: original)
        #expect(copy.status == 0, "\(copy.stderr)")
        return (original, scratch)
    }

    static func registry(in dir: TemporaryDirectory) throws -> String {
        let db = try ReadTablesRegistry.file(in: dir)
        let roster = dir.path("roster-2023.csv"), later = dir.path("roster-2024.csv"), mistaken = dir.path("mistake.csv")
        try ReliabilityRoster.csv(11...130, tsmeYear: 2023, hnte: true).write(toFile: roster, atomically: true, encoding: .utf8)
        try ReliabilityRoster.csv(110...170, tsmeYear: 2024).write(toFile: later, atomically: true, encoding: .utf8)
        try ReliabilityRoster.csv(500...503).write(toFile: mistaken, atomically: true, encoding: .utf8)
        let a = ReliabilityRoster.code(13), b = ReliabilityRoster.code(14)
        let steps: [(args: [String], input: String)] = [
            (["import", roster, "--silent"], ""), (["import", later, "--silent"], ""), (["import", mistaken, "--silent"], ""),
            (["void", "--batch", "4", "--reason", "导错了文件"], ""),
            (["rename", a, "--name", "江西众城新材料有限公司", "--effective", "2025-03-01"], ""),
            (["relocate", b, "--region", "360112", "--zone", "ganjiang", "--effective", "2025-06-01"], ""),
            (["revoke", ReliabilityRoster.code(15), "--tier", "hnte", "--effective", "2025-03-01", "--ground", "accident",
              "--reason", "重大安全事故"], ""),
            (["void", "1", "--reason", "录入错误"], ""),
            (["correct", ReliabilityRoster.code(16), "--founded", "2019-03-01", "--reason", "营业执照成立日期"], ""),
            (["targets", "set", "tsme", "200", "--due", "2025-12-31"], ""),
            (["accounts", "add", "ganzhou.li", "--role", "editor", "--region", "赣州", "--password-stdin"], "correct-horse-1\n"),
            (["accounts", "token", "ganzhou.li"], ""),
        ]
        // Certificates GR202336000001…3 are ReadTablesRegistry's: the rosters start at firm 11.
        for step in steps {
            let run = try LadderRun.run(step.args, db: db, stdin: Data(step.input.utf8))
            #expect(run.status == 0, "\(step.args): \(run.stderr)")
        }
        // A second policy version (the first is the built-in one, recorded on first use).
        let policy = dir.path("policy.json")
        #expect(try LadderRun.run(["policy", "export", policy], db: db).status == 0)
        let raised = try String(contentsOfFile: policy, encoding: .utf8).replacingOccurrences(of: "\"version\": 1\n", with: "\"version\": 2\n")
        try raised.write(toFile: policy, atomically: true, encoding: .utf8)
        let imported = try LadderRun.run(["policy", "import", policy], db: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    /// The statistics compared, each as `--format json`.
    static let reads: [[String]] = [
        ["stats", "--as-of", "2025-12-31"], ["stats", "--tier", "hnte", "--by", "city", "--as-of", "2025-12-31"],
        ["stats", "--tier", "tsme", "--by", "city", "--as-of", "2024-12-31"], ["stats", "--by", "position", "--as-of", "2025-12-31"],
        ["series", "--tier", "hnte", "--from", "2023-01", "--to", "2025-12", "--every", "quarter"],
        ["cohort", "--tier", "hnte", "--as-of", "2025-12-31"], ["funnel", "--from", "tsme", "--to", "hnte", "--as-of", "2025-12-31"],
        ["expiring", "--year", "2026", "--as-of", "2025-12-31"], ["targets", "--as-of", "2025-12-31"],
        ["stats", "--tier", "hnte", "--as-of", "2025-12-31", "--known-at", "2024-01-10T00:00:00Z"],
    ]

    @Test func sqliteToPostgresAndBackLosesNothing() throws {
        let dir = try TemporaryDirectory()
        let original = try Self.registry(in: dir)
        let scratch = try PostgresScratch()
        let back = dir.path("back.sqlite")

        let there = try LadderRun.run(["copy", original, scratch.url], db: original)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout == "copied \(original) to \(scratch.url): 167 enterprises, 309 events\n")
        let home = try LadderRun.run(["copy", scratch.url, back], db: original)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout == "copied \(scratch.url) to \(back): 167 enterprises, 309 events\n")

        let verify = try LadderRun.run(["verify"], db: back)
        #expect(verify.status == 0, "\(verify.stderr)")
        try Self.expectSameRows(original, back)
        for read in Self.reads {
            let before = try LadderRun.run(read + ["--format", "json"], db: original)
            let after = try LadderRun.run(read + ["--format", "json"], db: back)
            #expect(before.status == 0 && before.stdout.count > 20, "\(read): \(before.stderr)")
            #expect(after.stdout == before.stdout, "\(read)")
        }
    }

    /// Both registries hold the same rows in every table a copy moves, value for value.
    static func expectSameRows(_ first: String, _ second: String) throws {
        let (a, b) = (try Registry.open(path: first), try Registry.open(path: second))
        let left = try a.withRowSource { source in try Self.everyRow(source) }
        let right = try b.withRowSource { source in try Self.everyRow(source) }
        #expect(left.keys.sorted() == ["account", "account_change", "account_token", "batch_void", "correction", "enterprise",
                                       "event", "fact", "import_batch", "login_failure", "login_session", "policy",
                                       "profile_version", "registration_change", "target"])
        for table in left.keys.sorted() {
            #expect(left[table] == right[table], "table \(table)")
        }
        #expect(left.filter { $0.value.isEmpty }.keys.sorted() == ["login_failure", "login_session"])
    }

    static func everyRow(_ source: any RegistryRowSource) throws -> [String: [[StoredValue]]] {
        var all: [String: [[StoredValue]]] = [:]
        for table in try source.tables() {
            var rows: [[StoredValue]] = []
            try source.forEachPage(of: table, pageSize: 50) { rows += $0 }
            all[table.name] = rows
        }
        return all
    }

    @Test func aTargetThatHoldsRecordsIsRefused() throws {
        let dir = try TemporaryDirectory()
        let original = try ReadTablesRegistry.file(in: dir)
        let scratch = try PostgresScratch()
        #expect(try LadderRun.run(["copy", original, scratch.url], db: original).status == 0)
        let again = try LadderRun.run(["copy", original, scratch.url], db: original)
        #expect(again.status == 1)
        #expect(again.stderr == "ladder: \(scratch.url) already holds records (1 row(s) in import_batch), so nothing was copied; "
                + "a copy fills an empty registry only: give a new target\n")
        let home = try LadderRun.run(["copy", scratch.url, original], db: original)
        #expect(home.status == 1)
        #expect(home.stderr.hasPrefix("ladder: \(original) already holds records (1 row(s) in import_batch)"))
    }
}
