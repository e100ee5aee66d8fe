import Foundation
import LadderKit
import Testing

/// `ladder import` of a titled list through the built binary: the summary grouped by kind, the
/// problems file, the json and ndjson shapes, `ladder imports` showing the title, --header-row,
/// and a file without rows.
@Suite struct ImportTitledCommandTests {
    static let c = "91360102MA35A1B20A", d = "91360111MA38C4D5XG", e = "91360702MA3E6F7G4T"
    static let title = "2025年企业名单"
    /// Row 1 the title, row 2 the header; row 3 lands in 南昌; rows 4 and 5 name no known place
    /// (warnings); row 6 has a wrong check character (T is right); row 7 is a 合计 line: 4 rows.
    static let list = "\(title),,\n统一社会信用代码,企业名称,地区\n"
        + "\(c),南昌瑞恒电子科技有限公司,南昌\n\(d),南昌嘉创软件有限公司,火星市\n\(e),赣州章贡智能装备有限公司,月球\n"
        + "91360702MA3E6F7G4X,赣州坏码有限公司,赣州\n合计：4家,,\n"
    static let unknown = " is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give "
        + "the six-digit division code); the firm is placed by its credit code"
    static let badCheck = "'91360702MA3E6F7G4X' has check character 'X', expected 'T'"

    static func prepared() throws -> (dir: TemporaryDirectory, db: String, file: String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let file = dir.path("list.csv")
        try Data(list.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        return (dir, db, file)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test func theSummaryCountsProblemsByKindAndNamesTheProblemsFile() throws {
        let (dir, db, file) = try ImportTitledCommandTests.prepared()
        let run = try LadderRun.run(["import", file, "--silent"], db: db)
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\n")
        #expect(lines[1] == "title: 2025年企业名单")
        #expect(lines.suffix(8) == [
            "rejected rows written to \(dir.path("list.rejects.csv")): fix them there and import that file",
            "every problem, one line each, written to \(dir.path("list.problems.csv"))",
            "note: column names read from row 2; the 1 row(s) above it, the list's title, are not data",
            "note: 1 row(s) that are not firms were skipped: 合计/总计 lines, notes (注：, 说明, 备注：), page numbers or "
                + "the header repeated (row 7)",
            "problems by kind (1 row(s) rejected, 2 warning(s)):",
            "  rejected  1 row   统一社会信用代码: \(ImportTitledCommandTests.badCheck) — row 6",
            "  warning   2 rows  地区: '火星市'\(ImportTitledCommandTests.unknown) (also '月球') — rows 4, 5", "",
        ])
        let problems = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("list.problems.csv"))),
                              as: UTF8.self)
        #expect(problems == "\u{FEFF}行号,列,值,级别,说明,原行号\r\n"
            + "4,地区,火星市,warning,\"'火星市'\(ImportTitledCommandTests.unknown)\",\r\n"
            + "5,地区,月球,warning,\"'月球'\(ImportTitledCommandTests.unknown)\",\r\n"
            + "6,统一社会信用代码,91360702MA3E6F7G4X,rejected,\"\(ImportTitledCommandTests.badCheck)\",\r\n")
        // The rejects file starts with the header, not the title.
        let rejects = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("list.rejects.csv"))),
                             as: UTF8.self)
        #expect(rejects.hasPrefix("\u{FEFF}原行号,统一社会信用代码,企业名称,地区,问题列,问题说明\r\n6,91360702MA3E6F7G4X,"))
    }

    @Test func jsonGivesTheGroupsAndThePaths() throws {
        let (dir, db, file) = try ImportTitledCommandTests.prepared()
        let run = try LadderRun.run(["import", file, "--silent", "--format", "json"], db: db)
        let json = try ImportTitledCommandTests.object(run.stdout)
        #expect(json["title"] as? String == ImportTitledCommandTests.title)
        #expect(json["header_row"] as? Int == 2)
        #expect(json["problems_path"] as? String == dir.path("list.problems.csv"))
        #expect(json["rejects_path"] as? String == dir.path("list.rejects.csv"))
        let groups = try #require(json["problems"] as? [[String: Any]])
        #expect(groups.count == 2)
        #expect(groups.map { $0["severity"] as? String } == ["error", "warning"])
        #expect(groups.map { $0["count"] as? Int } == [1, 2])
        #expect(groups.map { $0["rows"] as? [Int] } == [[6], [4, 5]])
        #expect(groups[1]["values"] as? [String] == ["火星市", "月球"])
        #expect(groups[1]["more_values"] as? Bool == false)
        #expect(groups[1]["column"] as? String == "地区")
        #expect(groups[1]["kind"] as? String == "地区: '…' is not a Jiangxi city or county this tool knows (write it as "
            + "…, … or …, or give the six-digit division code); the firm is placed by its credit code")
        #expect(groups[1]["message"] as? String == "'火星市'" + ImportTitledCommandTests.unknown)
    }

    /// One line per file: each a whole summary.
    @Test func ndjsonIsOneSummaryPerLine() throws {
        let (dir, db, file) = try ImportTitledCommandTests.prepared()
        let empty = dir.path("empty.csv")
        try Data("统一社会信用代码,企业名称\n".utf8).write(to: URL(fileURLWithPath: empty))
        let run = try LadderRun.run(["import", file, empty, "--silent", "--format", "ndjson"], db: db)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let summaries = try lines.map(ImportTitledCommandTests.object)
        #expect(summaries.map { $0["file"] as? String } == ["list.csv", "empty.csv"])
        #expect(summaries.map { $0["rows"] as? Int } == [4, 0])
        #expect(summaries[1]["batch"] is NSNull)
        #expect((summaries[0]["problems"] as? [Any])?.count == 2)
    }

    @Test func importsShowsTheTitle() throws {
        let (dir, db, file) = try ImportTitledCommandTests.prepared()
        defer { _ = dir }
        _ = try LadderRun.run(["import", file, "--silent"], db: db)
        let csv = try LadderRun.run(["batches", "--format", "csv"], db: db).stdout.components(separatedBy: "\n")
        #expect(csv[0].hasSuffix(",voided_at,title"))
        #expect(csv[1].hasSuffix(",1,," + ImportTitledCommandTests.title))
        let json = try LadderRun.run(["batches", "--format", "json"], db: db).stdout
        let batches = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(batches.map { $0["title"] as? String } == [ImportTitledCommandTests.title])
        let table = try LadderRun.run(["imports"], db: db).stdout
        #expect(table.contains("  title"))
        #expect(table.contains("  " + ImportTitledCommandTests.title))
    }

    @Test(arguments: [(["--header-row", "2"], 0, ""),
                      (["--header-row", "0"], 64, "--header-row counts from 1, as the spreadsheet shows rows"),
                      (["--header-row", "9"], 65, "header row 9: the table ends at row 7; give the number of the row "
                          + "that holds the column names, as the spreadsheet shows it (--header-row)")])
    func headerRowSaysWhereTheHeaderIs(arguments: [String], status: Int32, error: String) throws {
        let (dir, db, file) = try ImportTitledCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", file, "--silent", "--format", "json"] + arguments, db: db)
        #expect(run.status == status)
        if status == 0 {
            #expect(try ImportTitledCommandTests.object(run.stdout)["rows"] as? Int == 4)
        } else {
            #expect(run.stderr.contains(error), "\(run.stderr)")
        }
    }

    @Test func headersWithoutRowsExitZeroOr65WithStrict() throws {
        let (dir, db, _) = try ImportTitledCommandTests.prepared()
        let empty = dir.path("empty.csv")
        try Data("统一社会信用代码,企业名称\n".utf8).write(to: URL(fileURLWithPath: empty))
        let plain = try LadderRun.run(["import", empty, "--silent"], db: db)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("nothing was written\n"))
        #expect(plain.stdout.hasSuffix("note: the file has column names (row 1) but no data rows below them; nothing was "
            + "imported\n"))
        let strict = try LadderRun.run(["import", empty, "--silent", "--strict"], db: db)
        #expect(strict.status == 65)
        #expect(strict.stderr == "ladder: the file has headers (row 1) but no data rows below them, and the import was strict "
            + "(--strict)\n")
        #expect(try Registry.open(path: db).importBatches().isEmpty)
    }
}
