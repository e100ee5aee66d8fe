import Foundation
import LadderKit
import LadderPostgres
import Testing

/// The statistics commands on a PostgreSQL address: after `ladder copy`, the same output
/// (JSON and table) as on the SQLite registry copied, for days, regions and moments of knowledge.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresStatisticsCommandTests {
    static let reads: [[String]] = [
        ["stats", "--as-of", "2025-12-31"], ["stats", "--tier", "hnte", "--by", "city", "--as-of", "2025-12-31"],
        ["stats", "--tier", "tsme", "--by", "county", "--as-of", "2024-12-31", "--region", "南昌"],
        ["stats", "--by", "position", "--as-of", "2025-06-30", "--region", "赣江新区"],
        ["stats", "--tier", "hnte", "--as-of", "2025-12-31", "--known-at", "2024-01-10T00:00:00Z"],
        ["series", "--tier", "hnte", "--from", "2023-01", "--to", "2025-12", "--every", "quarter"],
        ["series", "--tier", "tsme", "--from", "2023-01", "--to", "2025-12", "--by", "city"],
        ["cohort", "--tier", "hnte", "--as-of", "2025-12-31"], ["cohort", "--tier", "tsme", "--by", "city", "--as-of", "2026-06-30"],
        ["funnel", "--from", "tsme", "--to", "hnte", "--as-of", "2025-12-31"],
        ["expiring", "--year", "2026", "--as-of", "2025-12-31"], ["expiring", "--within", "400", "--as-of", "2025-12-31", "--region", "南昌"],
        ["lapsed", "--since", "2023-01-01", "--as-of", "2026-06-30"], ["lapsed", "--pending", "--as-of", "2026-12-31"],
        ["lapsed", "--tier", "tsme", "--since", "2023-01-01", "--as-of", "2026-06-30", "--region", "南昌"],
    ]

    @Test func everyStatisticReadsTheSameOnBothEngines() throws {
        let dir = try TemporaryDirectory()
        let (original, scratch) = try PostgresCopyTests.copied(in: dir)
        var filled = 0
        for read in Self.reads {
            for format in ["json", "table"] {
                let sqlite = try Self.sameOnBoth(read + ["--format", format], original: original, copy: scratch.url)
                if format == "json", sqlite.stdout.count > 40 { filled += 1 }
            }
        }
        #expect(filled == Self.reads.count, "every read finds something to show")
    }

    /// Runs `args` on the SQLite file and on its PostgreSQL copy and expects the same status (0),
    /// output (the moment a table was read aside) and errors; answers the SQLite run.
    static func sameOnBoth(_ args: [String], original: String, copy: String) throws -> LadderRun {
        let sqlite = try LadderRun.run(args, db: original)
        let postgres = try LadderRun.run(args, db: copy)
        #expect(sqlite.status == 0, "\(args): \(sqlite.stderr)")
        #expect(postgres.status == sqlite.status, "\(args): \(postgres.stderr)")
        // A table without --known-at names the moment it was read, a fraction of a second apart.
        #expect(withoutReadingMoment(postgres.stdout) == withoutReadingMoment(sqlite.stdout), "\(args)")
        #expect(postgres.stderr == sqlite.stderr, "\(args)")
        return sqlite
    }

    static func withoutReadingMoment(_ text: String) -> String {
        text.replacing(/known at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d Beijing time/, with: "known at (now)")
    }

    @Test func aDatabaseWithoutARegistryIsNamed() throws {
        let dir = try TemporaryDirectory()
        let scratch = try PostgresScratch()
        let run = try LadderRun.run(["stats"], db: scratch.url, directory: dir.path(""))
        #expect(run.status == 1)
        #expect(run.stderr == "ladder: \(scratch.url) is not a ladder registry (it has no ladder_migration table); "
                + "run ladder init --db \(scratch.url) first, or give another database\n")
    }

    /// A read trusts only the schema this ladder knows: a migration it does not know (a newer ladder's)
    /// or one it knows but finds missing is refused before anything is read, and nothing is changed.
    @Test func aNewerOrAnOlderSchemaIsRefused() throws {
        let dir = try TemporaryDirectory()
        let scratch = try PostgresScratch()
        #expect(try LadderRun.run(["init"], db: scratch.url, directory: dir.path("")).status == 0)
        let session = try scratch.connect()
        defer { session.close() }
        try session.execute("INSERT INTO ladder_migration (identifier, applied_at) VALUES ('v99', 'later')")
        let newer = try LadderRun.run(["stats"], db: scratch.url, directory: dir.path(""))
        #expect(newer.status == 1)
        #expect(newer.stderr == "ladder: \(scratch.url) was made by a newer ladder (schema v99); upgrade ladder\n")
        try session.execute("DELETE FROM ladder_migration WHERE identifier IN ('v99', 'v6')")
        let older = try LadderRun.run(["funnel", "--from", "tsme", "--to", "hnte"], db: scratch.url, directory: dir.path(""))
        #expect(older.status == 1)
        #expect(older.stderr == "ladder: \(scratch.url) has an older schema than this ladder (it lacks v6); "
                + "run ladder init --db \(scratch.url) to bring it up to date first\n")
        #expect(try session.text("SELECT string_agg(identifier, ',' ORDER BY identifier) FROM ladder_migration") == "v1,v2,v3,v4,v5")
    }

    @Test func aMomentBeforeTheFirstRecordIsSaid() throws {
        let dir = try TemporaryDirectory()
        let original = try ReadTablesRegistry.file(in: dir)
        let scratch = try PostgresScratch()
        #expect(try LadderRun.run(["copy", original, scratch.url], db: original).status == 0)
        let args = ["stats", "--as-of", "2020-01-01", "--known-at", "2000-01-01T00:00:00Z"]
        let sqlite = try LadderRun.run(args, db: original), postgres = try LadderRun.run(args, db: scratch.url)
        #expect(postgres.status == 0)
        #expect(postgres.stderr.hasPrefix("note: nothing had been recorded by 2000-01-01T00:00:00"))
        #expect(postgres.stderr == sqlite.stderr)
        #expect(postgres.stdout == sqlite.stdout)
    }
}
