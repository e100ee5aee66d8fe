import Foundation
import Testing

/// `targets`, `candidates`, `batches`, `export` and `report` on a PostgreSQL address: after
/// `ladder copy`, the same output as on the SQLite registry copied, in every format, with regions,
/// days and moments; the files `export` and `report` write are the same bytes.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresListingCommandTests {
    static let reads: [[String]] = [
        ["targets"], ["targets", "--as-of", "2025-06-30"], ["targets", "--region", "赣州"],
        ["candidates", "--tier", "hnte", "--as-of", "2025-06-01"], ["candidates", "--tier", "tsme", "--as-of", "2025-06-01"],
        ["candidates", "--tier", "hnte", "--as-of", "2025-06-01", "--by", "city"],
        ["candidates", "--tier", "hnte", "--as-of", "2025-06-01", "--region", "赣州"],
        ["candidates", "--tier", "hnte", "--as-of", "2025-06-01", "--known-at", "2024-01-10T00:00:00Z"],
        ["batches"], ["batches", "--region", "赣州"],
        ["export", "--tier", "hnte", "--as-of", "2025-06-30"], ["export", "--tier", "tsme", "--region", "南昌", "--as-of", "2024-06-30"],
    ]

    @Test func listingsReadTheSameOnBothEngines() throws {
        let dir = try TemporaryDirectory()
        let (original, scratch) = try PostgresListingCommandTests.copied(in: dir)
        var filled = 0, empty: [String] = []
        for read in Self.reads {
            for format in [["--format", "json"], ["--format", "table"], ["--format", "csv"]] {
                // export's --format names the file's format: table is not one.
                if read.first == "export", format[1] == "table" { continue }
                let sqlite = try PostgresStatisticsCommandTests.sameOnBoth(read + format, original: original, copy: scratch.url)
                if sqlite.stdout.utf8.count > 150 { filled += 1 } else { empty.append("\(read) \(format)") }
            }
        }
        #expect(filled >= 20, "most reads find something to show; these did not: \(empty)")
    }

    static let files: [[String]] = [
        ["export", "--tier", "hnte", "--as-of", "2025-06-30", "--out", "x.xlsx"],
        ["export", "--tier", "tsme", "--as-of", "2024-06-30", "--out", "x.csv"],
        ["export", "--tier", "hnte", "--as-of", "2024-12-31", "--out", "x.json"],
        ["report", "--as-of", "2025-06-30", "--out", "r.html"],
        ["report", "--as-of", "2025-06-30", "--region", "赣州", "--out", "r.html"],
    ]

    /// The files: an export in each format and the report, the province's and a city's, byte for
    /// byte (the report's "generated" stamp aside: it is the minute each was written).
    @Test func filesAreTheSameBytesOnBothEngines() throws {
        let dir = try TemporaryDirectory()
        let (original, scratch) = try PostgresListingCommandTests.copied(in: dir)
        // Known at one moment after the copy, so both files say the same moment.
        let known = ["--known-at", ISO8601DateFormatter().string(from: Date())]
        for (n, args) in Self.files.enumerated() {
            var written: [Data] = []
            for (db, name) in [(original, "sqlite"), (scratch.url, "postgres")] {
                let out = dir.path("\(n)-\(name)-" + args.last!)
                let run = try LadderRun.run(Array(args.dropLast()) + [out] + known, db: db)
                #expect(run.status == 0, "\(args) \(name): \(run.stderr)")
                written.append((try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data())
            }
            #expect(written[0].count > 500, "\(args)")
            if args.first == "report" {
                let text = written.map { String(decoding: $0, as: UTF8.self).replacing(/\d{4}-\d\d-\d\d \d\d:\d\d/, with: "(time)") }
                #expect(text[0] == text[1], "\(args)")
            } else {
                #expect(written[0] == written[1], "\(args)")
            }
        }
    }

    /// `PostgresCopyTests`' registry with a roster of facts imported (two firms, three years),
    /// copied to a new PostgreSQL database.
    static func copied(in dir: TemporaryDirectory) throws -> (original: String, scratch: PostgresScratch) {
        let original = try PostgresCopyTests.registry(in: dir)
        let roster = dir.path("facts.csv")
        try Data(FactsImportCommandTests.roster.utf8).write(to: URL(fileURLWithPath: roster))
        let imported = try LadderRun.run(["import", roster, "--silent"], db: original)
        #expect(imported.status == 0, "\(imported.stderr)")
        let scratch = try PostgresScratch()
        let copy = try LadderRun.run(["copy", original, scratch.url], db: original)
        #expect(copy.status == 0, "\(copy.stderr)")
        return (original, scratch)
    }
}
