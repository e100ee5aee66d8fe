import Foundation
import LadderKit
import Testing

/// `ladder import` through the built binary: the JSON summary, the rejects file and its round
/// trip, exit statuses and what the database holds afterwards.
@Suite struct ImportCommandTests {
    static let c = "91360102MA35A1B20A", d = "91360111MA38C4D5XG", e = "91360702MA3E6F7G4T"
    static let header = "统一社会信用代码,企业名称,成立日期,年度,职工总数,年销售收入(万元),入库登记编号,入库日期,证书编号,发证日期"
    /// Two good rows (3 events, 2 facts versions); row 4 has a wrong check character (T is right)
    /// and an approximate amount.
    static let roster = header + "\n"
        + "\(c),南昌瑞恒电子科技有限公司,2019-04-08,2024,120,1500,2024360102A0000001,2024-05-06,GR202436000101,2024-12-16\n"
        + "\(d),南昌嘉创软件有限公司,2020-07-15,2024,45,800,2024360111A0000002,2024-05-06,,\n"
        + "91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,60,约300,,,,\n"

    /// An initialised registry and the roster written beside it.
    static func prepared() throws -> (dir: TemporaryDirectory, db: String, file: String) {
        try LadderRun.initialised(with: roster)
    }

    static func json(_ run: LadderRun) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
    }

    /// The summary counts, by their JSON keys.
    static func counts(_ json: [String: Any]) -> [String: Int] {
        let keys = ["rows", "new_enterprises", "updated_enterprises", "new_events", "new_facts", "unchanged", "rejected"]
        return Dictionary(uniqueKeysWithValues: keys.compactMap { key in (json[key] as? Int).map { (key, $0) } })
    }

    @Test func jsonSummaryRejectsFileAndWarningWithExitZero() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        let run = try LadderRun.run(["import", file, "--format", "json", "--silent"], db: db)
        #expect(run.status == 0)
        let rejects = dir.path("roster.rejects.csv")
        #expect(run.stderr == "ladder: warning: 1 row(s) of roster.csv rejected; see \(rejects)\n")
        let json = try ImportCommandTests.json(run)
        #expect(ImportCommandTests.counts(json) == ["rows": 3, "new_enterprises": 2, "updated_enterprises": 0,
                                                    "new_events": 3, "new_facts": 2, "unchanged": 0, "rejected": 1])
        #expect(json["rejects_path"] as? String == rejects)
        #expect(json["batch"] as? Int == 1)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: rejects)), as: UTF8.self)
        #expect(text == "\u{FEFF}原行号," + ImportCommandTests.header + ",问题列,问题说明\r\n"
            + "4,91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,60,约300,,,,,统一社会信用代码、年销售收入(万元),"
            + "\"'91360702MA3E6F7G4X' has check character 'X', expected 'T'; '约300' is approximate; enter the exact "
            + "amount from the financial statement\"\r\n")
    }

    @Test func theRejectsFileFixedInPlaceImportsAsItIs() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        _ = try LadderRun.run(["import", file, "--silent"], db: db)
        let rejects = dir.path("roster.rejects.csv")
        // Fixed as a person would in Excel: the two cells corrected, 问题列 and 问题说明 cleared.
        let fixed = "\u{FEFF}原行号," + ImportCommandTests.header + ",问题列,问题说明\r\n"
            + "4,\(ImportCommandTests.e),赣州章贡智能装备有限公司,2018-03-15,2024,60,300,,,,,,\r\n"
        try Data(fixed.utf8).write(to: URL(fileURLWithPath: rejects))

        let run = try LadderRun.run(["import", rejects, "--format", "json", "--silent"], db: db)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let json = try ImportCommandTests.json(run)
        #expect(ImportCommandTests.counts(json) == ["rows": 1, "new_enterprises": 1, "updated_enterprises": 0,
                                                    "new_events": 0, "new_facts": 1, "unchanged": 0, "rejected": 0])
        #expect(json["notes"] as? [String] == [], "原行号, 问题列 and 问题说明 are known columns, skipped silently")
        #expect(!FileManager.default.fileExists(atPath: dir.path("roster.rejects.rejects.csv")))
        let registry = try Registry.open(path: db)
        let profile = try registry.profile(of: ImportCommandTests.e, asOf: Day(iso: "2025-03-01")!)
        #expect(profile.name == "赣州章贡智能装备有限公司")
        #expect(profile.enterprise.profile.founded?.iso == "2018-03-15")
        #expect(try registry.facts(of: ImportCommandTests.e).byYear[2024] == AnnualFacts(employees: 60, revenue: 3_000_000))
    }

    /// A rejects file imported without fixing it: every row still carrying its reason is
    /// rejected again, and the new rejects file is the one imported: the same columns, the row's
    /// 原行号 in the first file (4, not its row 2 here) and its first reason.
    @Test func anUnfixedRejectsFileIsRejectedAgain() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        _ = try LadderRun.run(["import", file, "--silent"], db: db)
        let rejects = dir.path("roster.rejects.csv")
        let copy = dir.path("again.csv")
        try FileManager.default.copyItem(atPath: rejects, toPath: copy)
        let run = try LadderRun.run(["import", copy, "--format", "json", "--silent"], db: db)
        let json = try ImportCommandTests.json(run)
        #expect(ImportCommandTests.counts(json)["rejected"] == 1)
        let issue = try #require((json["issues"] as? [[String: Any]])?.first)
        #expect(issue["row"] as? Int == 2)
        #expect(issue["original_row"] as? Int == 4)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("again.rejects.csv"))), as: UTF8.self)
        let first = String(decoding: try Data(contentsOf: URL(fileURLWithPath: rejects)), as: UTF8.self)
        #expect(text == first)
        #expect(text == "\u{FEFF}原行号," + ImportCommandTests.header + ",问题列,问题说明\r\n"
            + "4,91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,60,约300,,,,,统一社会信用代码、年销售收入(万元),"
            + "\"'91360702MA3E6F7G4X' has check character 'X', expected 'T'; '约300' is approximate; enter the exact "
            + "amount from the financial statement\"\r\n")
    }

    @Test func strictWithARejectedRowWritesNothingAndExits65() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", file, "--strict", "--format", "json", "--silent"], db: db)
        #expect(run.status == 65)
        #expect(run.stderr == "ladder: 1 row(s) rejected in a strict import: nothing was written (--strict)\n")
        let json = try ImportCommandTests.json(run)
        #expect(json["batch"] is NSNull)
        #expect(json["rejected"] as? Int == 1)
        let registry = try Registry.open(path: db)
        #expect(try registry.importBatches().isEmpty)
        #expect(throws: (any Error).self) { try registry.profile(of: ImportCommandTests.c, asOf: Day(iso: "2025-03-01")!) }
    }

    @Test func dryRunWritesNothing() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", file, "--dry-run", "--format", "json", "--silent"], db: db)
        #expect(run.status == 0)
        let json = try ImportCommandTests.json(run)
        #expect(json["dry_run"] as? Bool == true)
        #expect(json["batch"] is NSNull)
        #expect(ImportCommandTests.counts(json)["new_enterprises"] == 2)
        let registry = try Registry.open(path: db)
        #expect(try registry.importBatches().isEmpty)
        #expect(throws: (any Error).self) { try registry.profile(of: ImportCommandTests.c, asOf: Day(iso: "2025-03-01")!) }
    }

    @Test func importedAgainAddsNothingAndSaysSo() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        defer { _ = dir }
        _ = try LadderRun.run(["import", file, "--silent"], db: db)
        let again = try LadderRun.run(["import", file, "--silent", "--format", "json"], db: db)
        #expect(ImportCommandTests.counts(try ImportCommandTests.json(again))
            == ["rows": 3, "new_enterprises": 0, "updated_enterprises": 0, "new_events": 0, "new_facts": 0, "unchanged": 2,
                "rejected": 1])
        let third = try LadderRun.run(["import", file, "--silent"], db: db)
        #expect(third.status == 0)
        #expect(third.stdout.contains("this file was imported before (batch 1, 2); it adds nothing new\n"))
    }

    @Test func voidingTheBatchUndoesItAndAReimportAppliesAgain() throws {
        let (dir, db, file) = try ImportCommandTests.prepared()
        defer { _ = dir }
        _ = try LadderRun.run(["import", file, "--silent"], db: db)
        let void = try LadderRun.run(["void", "--batch", "1", "--reason", "导错了文件"], db: db)
        #expect(void.status == 0, "\(void.stderr)")
        #expect(void.stdout == "voided batch 1: 3 event(s) voided, its facts and profile corrections set aside; "
            + "2 firm(s) it registered set aside, 0 kept\n")
        let registry = try Registry.open(path: db)
        // The firms the batch registered are set aside: as if never registered.
        let show = try LadderRun.run(["show", ImportCommandTests.c], db: db)
        #expect(show.status == 1)
        #expect(show.stderr.hasPrefix("ladder: \(ImportCommandTests.c) '南昌瑞恒电子科技有限公司' was set aside at "))

        // Registered again on their rows: two updated firms, no new ones.
        let again = try LadderRun.run(["import", file, "--silent", "--format", "json"], db: db)
        #expect(ImportCommandTests.counts(try ImportCommandTests.json(again))
            == ["rows": 3, "new_enterprises": 0, "updated_enterprises": 2, "new_events": 3, "new_facts": 2, "unchanged": 0,
                "rejected": 1])
        #expect(try registry.profile(of: ImportCommandTests.c, asOf: Day(iso: "2025-03-01")!).position == .hnte)
        #expect(try registry.facts(of: ImportCommandTests.c).byYear[2024] == AnnualFacts(employees: 120, revenue: 15_000_000))
    }

    /// A legacy .xls (`Fixtures/roster-2024.xls`, written by xlwt: five firms with date cells and
    /// numbers) imports like any roster, its sheet picked by name.
    @Test func legacyXlsImports() throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        let xls = dir.path("名单.xls")
        let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/roster-2024.xls")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: xls))
        let run = try LadderRun.run(["import", xls, "--sheet", "2024年报", "--silent", "--format", "json"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try ImportCommandTests.json(run)
        #expect(json["encoding"] as? String == "xls")
        #expect(ImportCommandTests.counts(json) == ["rows": 5, "new_enterprises": 5, "updated_enterprises": 0,
                                                    "new_events": 5, "new_facts": 5, "unchanged": 0, "rejected": 0])
        let registry = try Registry.open(path: db)
        #expect(try registry.facts(of: ImportCommandTests.c).byYear[2024]
            == AnnualFacts(employees: 120, techStaff: 36, revenue: 12_345_600, rdExpense: 855_000))
    }

    /// A damaged OLE2 file (.xls, WPS .et): refused with what to do; exit status 65, nothing written.
    @Test func damagedXlsIsRefused() throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        let xls = dir.path("名单.xls")
        let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        try Data(ole2).write(to: URL(fileURLWithPath: xls))
        let run = try LadderRun.run(["import", xls, "--silent"], db: db)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == "ladder: the workbook is damaged (its OLE2 header is not valid); open it in Excel or WPS, "
            + "save it again, and retry\n")
        #expect(try Registry.open(path: db).importBatches().isEmpty)
    }
}
