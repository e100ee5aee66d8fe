import Foundation
import Testing

/// `ladder find`, and the same lookup where a command names one firm, run as a user would.
@Suite struct FindCommandTests {
    static let a = "91360722MA35G1YK7R", b = "9136060006346630XD"

    /// A: 信丰众城矿业有限公司, certified 2023-11-22, renamed 江西众城新材料有限公司 from 2025-03-01;
    /// B: 众城科技（集团）有限公司.
    static func prepared() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        for args in [["init"], ["add", a, "--name", "信丰众城矿业有限公司"],
                     ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22", "--override", "省认定名单"],
                     ["rename", a, "--name", "江西众城新材料有限公司", "--effective", "2025-03-01"],
                     ["add", b, "--name", "众城科技（集团）有限公司"]] {
            let run = try LadderRun.run(args, db: db)
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        return (dir, db)
    }

    /// The table as users see it; re-record with LADDER_RECORD_GOLDENS=1.
    @Test func findTableGolden() throws {
        let (dir, db) = try FindCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["find", "众城", "--as-of", "2025-06-01", "--known-at", "2030-01-01"], db: db)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/find-table.txt")
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func csvIsCleanAndTheCountGoesToStandardError() throws {
        let (dir, db) = try FindCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["find", "信丰众城", "--as-of", "2025-06-01", "--format", "csv"], db: db)
        #expect(run.status == 0)
        #expect(run.stdout == "credit_code,name,former_names,place,position,match\n"
            + "91360722MA35G1YK7R,江西众城新材料有限公司,信丰众城矿业有限公司,360722 信丰县,hnte 高新技术企业,former-name-contains\n")
        #expect(run.stderr == "note: 1 firm found\n")
    }

    @Test func showTakesAPastedFullWidthCode() throws {
        let (dir, db) = try FindCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["show", "９１３６０７２２ｍａ３５Ｇ１ＹＫ７Ｒ。", "--as-of", "2025-06-01"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("江西众城新材料有限公司  91360722MA35G1YK7R\n"))
    }

    @Test func aMistypedCodeGivenToAWriteIsAUsageError() throws {
        let (dir, db) = try FindCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["certify", "91360722MA35G1YK7A", "--number", "GR202536000001", "--issued", "2025-11-20"],
                                    db: db)
        #expect(run.status == 64)
        #expect(run.stderr.contains("'91360722MA35G1YK7A' has check character 'A', expected 'R'"))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let args: [String]
        let status: Int32
        let stdout: String?
        let stderr: String
        var testDescription: String { args.prefix(2).joined(separator: " ") }
    }

    @Test(arguments: [
        Case(args: ["select", "“江西众城新材料有限公司”", "--tier", "growth", "--category", "gazelle", "--year", "2025",
                    "--effective", "2025-07-01", "--override", "省名单"],
             status: 0, stdout: "recorded event #3: select growth 2025 gazelle 瞪羚, effective 2025-07-01\n", stderr: ""),
        Case(args: ["rename", "众城科技(集团)有限公司", "--name", "众城科技有限公司", "--effective", "2025-05-01"],
             status: 0, stdout: "recorded event #3: rename → 众城科技有限公司, effective 2025-05-01\n", stderr: ""),
        Case(args: ["show", "江西众城新材料公司"], status: 1, stdout: "",
             stderr: "ladder: no enterprise is named '江西众城新材料公司'; did you mean 江西众城新材料有限公司 (91360722MA35G1YK7R)?\n"),
        Case(args: ["certify", "众城", "--number", "GR202536000001", "--issued", "2025-11-20"], status: 1, stdout: "",
             stderr: "ladder: no enterprise is named '众城'; did you mean 众城科技（集团）有限公司 (9136060006346630XD) or "
                + "江西众城新材料有限公司 (91360722MA35G1YK7R)?\n"),
        Case(args: ["show", "长江存储"], status: 1, stdout: "",
             stderr: "ladder: no enterprise '长江存储' in the registry; add it first with `ladder add CODE --name NAME`\n"),
        Case(args: ["find", "城"], status: 64, stdout: "",
             stderr: "ladder: '城' is a single character, which too many names contain; give two or more characters of "
                + "the name, or the credit code\n"),
        Case(args: ["find", "长江存储", "--format", "ndjson"], status: 0, stdout: "\n",
             stderr: "note: no firm's code or name matches '长江存储'\n"),
    ])
    func lookupEverywhere(_ c: Case) throws {
        let (dir, db) = try FindCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(c.args, db: db)
        #expect(run.status == c.status)
        if let stdout = c.stdout { #expect(run.stdout == stdout) }
        #expect(run.stderr == c.stderr)
    }
}
