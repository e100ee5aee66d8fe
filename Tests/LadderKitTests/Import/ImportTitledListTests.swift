import Foundation
import Testing
@testable import LadderKit

/// Published lists with a title and footers, place names as people write them, and problems
/// counted by kind: what lands, what the batch keeps, what the summary says.
@Suite struct ImportTitledListTests {
    static let c = ImportCodes.c, d = ImportCodes.d, e = ImportCodes.e, a = ImportCodes.a, g = ImportCodes.g
    static let title = "江西省2025年第一批认定报备高新技术企业名单"

    /// The roster the lists name (place-spellings.csv), then the list.
    static func registryWithFirms(_ scratch: ImportScratch) throws -> Registry {
        let registry = try Registry.inMemory()
        try importFile(try scratch.copy("place-spellings.csv"), into: registry)
        return registry
    }

    @Test(arguments: [("titled-hnte-list.xlsx", 2, 1, "2 row(s) that are not firms were skipped: 合计/总计 lines, notes "
                          + "(注：, 说明, 备注：), page numbers or the header repeated (row 6, 7)"),
                      ("titled-hnte-list-gbk.csv", 4, 2, "4 row(s) that are not firms were skipped: 合计/总计 lines, notes "
                          + "(注：, 说明, 备注：), page numbers or the header repeated (row 7, 8, 10, …)")])
    func aTitledListLandsWithItsTitle(fixture: String, headerRow: Int, above: Int, skipped: String) throws {
        let scratch = try ImportScratch()
        let registry = try ImportTitledListTests.registryWithFirms(scratch)
        let report = try importFile(try scratch.copy(fixture), into: registry) { $0.effective = day("2025-11-20") }
        #expect(report.kind == .hnteList)
        #expect(report.rows == 3)
        #expect(report.newEvents == 3)
        #expect(report.rejected == 0)
        #expect(report.problems == [])
        #expect(report.title == ImportTitledListTests.title)
        #expect(report.headerRow == headerRow)
        #expect(report.notes == ["column names read from row \(headerRow); the \(above) row(s) above it, the list's title, "
                                 + "are not data", skipped])
        #expect(try registry.importBatches().map(\.title) == [nil, ImportTitledListTests.title])
        let held = try registry.profile(of: ImportTitledListTests.e, asOf: day("2025-12-01")).qualifications
            .map { "\($0.qualification.number ?? "") \($0.qualification.start.iso)" }
        #expect(held == ["GR202536000103 2025-11-20"])
        // The rejects file (none here) and the problems file (none) are not written.
        #expect(report.rejectsPath == nil)
        #expect(report.problemsPath == nil)
    }

    /// 南昌 the city (the code's 东湖区 lies in it), 南昌县 beside 南昌 (the county wins), an address
    /// (its county), 信丰 beside 吉安 (信丰县 is in 赣州: a warning naming both), 高新区 beside 抚州
    /// (the city, so the code's 临川区).
    @Test func placesAsPeopleWriteThem() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("place-spellings.csv"), into: registry)
        #expect(report.issues == [warned(5, "所属地区", "吉安", "'吉安' does not contain 信丰县 (360722), which is in 赣州市; "
                                         + "the firm is placed in 360722")])
        let divisions = try [ImportTitledListTests.c, ImportTitledListTests.d, ImportTitledListTests.e,
                             ImportTitledListTests.a, ImportTitledListTests.g].map {
            try registry.profile(of: $0, asOf: day("2025-03-01")).location.division.code
        }
        #expect(divisions == ["360102", "360121", "360702", "360722", "361002"])
    }

    /// 2,000 firms whose 地区 is 南昌: no warning, all in 南昌市 (their codes' 信丰县 is not in it).
    @Test func twoThousandRowsOf南昌AreNoWarning() throws {
        let scratch = try ImportScratch()
        let lines = ["统一社会信用代码,企业名称,地区"] + (0..<2000).map { "\(ImportCodes.filler($0).text),南昌测试\($0)有限公司,南昌" }
        let path = try scratch.write("nanchang.csv", lines.joined(separator: "\n") + "\n")
        let registry = try Registry.inMemory()
        let report = try importFile(path, into: registry)
        #expect(report.rows == 2000)
        #expect(report.newEnterprises == 2000)
        #expect(report.warnings == 0)
        #expect(report.problems == [])
        #expect(try registry.count("enterprise", where: "division = '360100'") == 2000)
    }

    /// Five rows of places no catalogue knows: one kind, counted, with its first rows and values.
    @Test func unknownPlacesAreOneLineOfTheSummary() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("unknown-places.csv")
        let report = try importFile(path, into: try Registry.inMemory())
        #expect(report.warnings == 5)
        let message = "'火星市' is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give "
            + "the six-digit division code); the firm is placed by its credit code"
        let group = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(group.count == 5)
        #expect(group.rows == [2, 3, 4])
        #expect(group.values == ["火星市", "深圳", "上海市浦东新区"])
        #expect(group.moreValues)
        #expect(group.message == message)
        #expect(ImportSummary.line(group) == "warning   5 rows  地区: " + message
            + " (also '深圳', '上海市浦东新区', …) — rows 2, 3, 4, …")
        // Every problem, one line each, beside the input.
        #expect(report.problemsPath == scratch.path("unknown-places.problems.csv"))
        let lines = try scratch.read("unknown-places.problems.csv").components(separatedBy: "\r\n")
        let tail = " is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give the "
            + "six-digit division code); the firm is placed by its credit code\","
        #expect(lines == ["\u{FEFF}行号,列,值,级别,说明,原行号",
                          "2,地区,火星市,warning,\"'火星市'" + tail, "3,地区,深圳,warning,\"'深圳'" + tail,
                          "4,地区,上海市浦东新区,warning,\"'上海市浦东新区'" + tail, "5,地区,火星市,warning,\"'火星市'" + tail,
                          "6,地区,月球,warning,\"'月球'" + tail, ""])
    }

    /// The summary keeps the first 1,000 problems; the groups and the problems file count them all.
    @Test func groupsCountBeyondTheKeptProblems() throws {
        let scratch = try ImportScratch()
        let lines = ["统一社会信用代码,企业名称,地区"] + (0..<1200).map { "\(ImportCodes.filler($0).text),测试\($0)有限公司,火星市" }
        let path = try scratch.write("mars.csv", lines.joined(separator: "\n") + "\n")
        let report = try importFile(path, into: try Registry.inMemory())
        #expect(report.issues.count == 1000)
        #expect(report.warnings == 1200)
        #expect(report.problems.map(\.count) == [1200])
        #expect(report.problems.first?.rows == [2, 3, 4])
        #expect(report.problems.first?.values == ["火星市"])
        #expect(try scratch.read("mars.problems.csv").components(separatedBy: "\r\n").count == 1 + 1200 + 1)
    }

    @Test func aDryRunWritesNoProblemsFileUnlessAsked() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("unknown-places.csv")
        let registry = try Registry.inMemory()
        var options = ImportOptions()
        options.dryRun = true
        let when = moment(importMoment)
        let importer = Importer(registry: registry, options: options,
                                context: WriteContext(operatorName: "importer", at: when), clock: { when })
        #expect(try importer.run(path: path).problemsPath == nil)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("unknown-places.problems.csv")))
        let asked = scratch.path("asked.csv")
        #expect(try importer.run(path: path, problemsPath: asked).problemsPath == asked)
        #expect(try scratch.read("asked.csv").components(separatedBy: "\r\n").count == 1 + 5 + 1)
    }

    @Test func headersWithoutRowsSaySoAndRecordNothing() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("headers-only.csv")
        let registry = try Registry.inMemory()
        let report = try importFile(path, into: registry)
        #expect(report.rows == 0)
        #expect(report.batchID == nil)
        #expect(report.notes == ["the file has column names (row 1) but no data rows below them; nothing was imported"])
        #expect(try registry.importBatches().isEmpty)
        #expect(throws: ImportError.noDataRows(headerRow: 1)) {
            do {
                try importFile(path, into: registry) { $0.strict = true }
            } catch let failure as ImportFailure {
                throw failure.error
            }
        }
    }

    /// The same file again names the batch it repeats, whether or not it adds anything.
    @Test func aRepeatedFileNamesItsBatch() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("titled-hnte-list.xlsx")
        let registry = try ImportTitledListTests.registryWithFirms(scratch)
        try importFile(path, into: registry) { $0.effective = day("2025-11-20") }
        let again = try importFile(path, into: registry) { $0.effective = day("2025-11-20") }
        #expect(ImportSummary.repeatedLine(again) == "this file was imported before (batch 2); it adds nothing new")
        let voiding = WriteContext(operatorName: "importer", at: moment("2025-03-05T00:00:00Z"), command: "ladder void")
        _ = try registry.voidBatch(2, reason: "导错了", context: voiding)
        let third = try importFile(path, into: registry) { $0.effective = day("2025-11-20") }
        #expect(third.newEvents == 3)
        #expect(ImportSummary.repeatedLine(third)
            == "this file was imported before (batch 2, 3); what the registry no longer held was recorded again")
    }

    /// --header-row naming the title: the title's one cell is no list anyone can read, and the
    /// message says how to name the right row.
    @Test func aHeaderRowOnTheTitleIsAnUnknownKind() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("titled-hnte-list-gbk.csv")
        #expect(throws: ImportError.unknownKind(headers: [ImportTitledListTests.title, "", ""])) {
            try importFile(path, into: try Registry.inMemory()) { $0.headerRow = 2 }
        }
        #expect(ImportError.unknownKind(headers: ["某某名单"]).description == "cannot tell what kind of list this is from "
            + "its headers (某某名单), and no row among the first 20 names known columns; if the headers are further down, "
            + "say which row holds them (as the spreadsheet numbers it); say what kind of list it is, and map unusual "
            + "headers to the fields they hold")
    }

    struct KindCase: CustomTestStringConvertible, Sendable {
        let column: String
        let message: String
        let kind: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        KindCase(column: "地区", message: "'南昌' is not a Jiangxi city or county this tool knows",
                 kind: "地区: '…' is not a Jiangxi city or county this tool knows"),
        KindCase(column: "所属地区", message: "'吉安' does not contain 信丰县 (360722), which is in 赣州市",
                 kind: "所属地区: '…' does not contain … (#), which is in …"),
        KindCase(column: "", message: "the row has a value in column 4 but the header has only 3 columns",
                 kind: ": the row has a value in column # but the header has only # columns"),
    ])
    func aKindLeavesOutWhatVaries(_ c: KindCase) {
        #expect(ImportIssue.kind(column: c.column, message: c.message) == c.kind)
        #expect(ImportIssue(row: 9, column: c.column, value: "x", message: c.message).kind == c.kind)
    }
}

/// A file whose messages vary beyond any kind still prints a bounded summary.
@Suite struct ProblemGroupLimitTests {
    @Test func kindsBeyondTheLimitAreOneOtherLine() {
        var report = ImportReport(fileName: "x.csv", sha256: "", sizeBytes: 0, encoding: "utf-8", kind: .roster, dryRun: false)
        for n in 0..<203 {
            report.record(ImportIssue(row: n + 2, column: "列\(n)", value: "v", message: "bad", severity: .warning))
        }
        #expect(report.problems.count == 201)
        #expect(report.problems.last?.kind == "other")
        #expect(report.problems.last?.count == 3)
        #expect(report.problems.last?.rows == [202, 203, 204])
        #expect(report.warnings == 203)
    }
}
