import Foundation
import Testing
@testable import LadderKit

/// Rejects of a workbook are a workbook (NAME.rejects.xlsx): codes in text columns, days as days,
/// figures as numbers, read back with the project's own reader, and imported back as a rejects
/// file. `--rejects` chooses the format by its extension for any input.
@Suite struct ImportRejectsWorkbookTests {
    static let header = ["原行号", "统一社会信用代码", "企业名称", "成立日期", "年度", "职工总数", "年销售收入(万元)", "备注", "问题列",
                         "问题说明"]
    static let approximate = "'约500' is approximate; enter the exact amount from the financial statement"
    static let checkX = "'91360702MA3E6F7G4X' has check character 'X', expected 'T'"
    /// rejected-roster.xlsx's rows 2 and 4, as the rejects workbook holds them.
    static let rows: [[CellValue]] = [
        [.number("2"), .text(ImportCodes.f), .text("宜春袁州新材料有限公司"), .date(day("2016-09-30")), .number("2024"),
         .number("85"), .text("约500"), .text("待核实"), .text("年销售收入(万元)"), .text(approximate)],
        [.number("4"), .text("91360702MA3E6F7G4X"), .text("赣州章贡智能装备有限公司"), .date(day("2018-03-15")), .number("2024"),
         .number("60"), .number("300"), .empty, .text("统一社会信用代码"), .text(checkX)],
    ]

    @Test func workbookRejectsAreAWorkbookWithTextCodesThatImportsBack() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("rejected-roster.xlsx"), into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (3, 1, 2))
        let path = scratch.path("rejected-roster.rejects.xlsx")
        #expect(report.rejectsPath == path)
        let table = try ReadingSupport.read(path: path)
        #expect(table.header == Self.header)
        #expect(table.rows.map(\.cells) == Self.rows)
        #expect(table.rows.map(\.number) == [2, 3])
        // The all-digit code is a string in a column styled as text (@), so an edit keeps it text.
        let written = try WrittenWorkbook(url: URL(fileURLWithPath: path))
        let code = try #require(written.cells.first { $0.reference == "B2" })
        #expect((code.type, code.style, code.value) == ("inlineStr", "2", ImportCodes.f))
        let columns = written.elements("xl/worksheets/sheet1.xml").filter { $0.name == "col" }
        #expect(columns.map { $0.attributes["style"] } == [nil, "2", "2", "3", nil, nil, nil, "2", "2", "2"])

        // Imported back unchanged: both rows rejected again, their 原行号 and reasons kept.
        let again = try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
        #expect((again.rows, again.rejected) == (2, 2))
        #expect(again.issues.map(\.originalRow) == [2, 4])
        let rejectsAgain = try ReadingSupport.read(path: scratch.path("rejected-roster.rejects.rejects.xlsx"))
        #expect(rejectsAgain.rows.map(\.cells) == Self.rows)

        // Fixed in the workbook (约500 → 500, 问题列 and 问题说明 cleared): the row lands.
        let fixed = try XLSXWriter(columns: Self.header.enumerated().map { index, header in
            XLSXWriter.Column(header: header, kind: [0, 4, 5, 6].contains(index) ? .integer : index == 3 ? .date : .text)
        })
        try fixed.append(row: [.integer(2), .text(ImportCodes.f), .text("宜春袁州新材料有限公司"), .date(day("2016-09-30")),
                               .integer(2024), .integer(85), .integer(500), .text("待核实"), .empty, .empty])
        try fixed.write(to: URL(fileURLWithPath: scratch.path("fixed.xlsx")))
        let last = try importFile(scratch.path("fixed.xlsx"), into: registry, at: "2025-03-03T02:00:00Z")
        #expect((last.rows, last.newEnterprises, last.rejected) == (1, 1, 0))
        try StoredFirm(code: ImportCodes.f, name: "宜春袁州新材料有限公司", founded: "2016-09-30",
                       facts: [2024: AnnualFacts(employees: 85, revenue: 5_000_000)]).verify(in: registry)
    }

    @Test func aCSVRejectsPathGivesCSVForAWorkbook() throws {
        let scratch = try ImportScratch()
        let report = try run(try scratch.copy("rejected-roster.xlsx"), rejects: scratch.path("out.csv"))
        #expect(report.rejectsPath == scratch.path("out.csv"))
        #expect(try scratch.read("out.csv") == "\u{FEFF}" + Self.header.joined(separator: ",") + "\r\n"
            + "2,\(ImportCodes.f),宜春袁州新材料有限公司,2016-09-30,2024,85,约500,待核实,年销售收入(万元),\(Self.approximate)\r\n"
            + "4,91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,60,300,,统一社会信用代码,\"\(Self.checkX)\"\r\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("rejected-roster.rejects.xlsx")))
    }

    /// A CSV's cells are text and stay text in the workbook; 原行号 is a number.
    @Test func anXLSXRejectsPathGivesAWorkbookForACSV() throws {
        let scratch = try ImportScratch()
        let csv = "统一社会信用代码,企业名称,成立日期,年度\n91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024\n"
        let report = try run(try scratch.write("bad.csv", csv), rejects: scratch.path("out.xlsx"))
        #expect(report.rejectsPath == scratch.path("out.xlsx"))
        let table = try ReadingSupport.read(path: scratch.path("out.xlsx"))
        #expect(table.header == ["原行号", "统一社会信用代码", "企业名称", "成立日期", "年度", "问题列", "问题说明"])
        #expect(table.rows.map(\.cells) == [[.number("2"), .text("91350100M000100Y4Z"), .text("江西丙科技有限公司"),
                                             .text("2019-04-08"), .text("2024"), .text("统一社会信用代码"),
                                             .text("'91350100M000100Y4Z' has check character 'Z', expected '3'")]])
    }

    /// A cell past Excel's 32,767 characters (here a 备注 of 40,000, rejected for its length) is
    /// cut to fit the workbook, and the reason says so; the CSV rejects file would keep it whole.
    @Test func aCellPastExcelsLimitIsCutAndTheReasonSaysSo() throws {
        let scratch = try ImportScratch()
        let csv = "统一社会信用代码,企业名称,备注\n\(ImportCodes.c),南昌瑞恒电子科技有限公司,\(String(repeating: "x", count: 40_000))\n"
        _ = try run(try scratch.write("long.csv", csv), rejects: scratch.path("out.xlsx"))
        let row = try #require(try ReadingSupport.read(path: scratch.path("out.xlsx")).rows.first)
        #expect(row.cells.count == 6)
        #expect(row.cells[3] == .text(String(repeating: "x", count: 32_766) + "…"))
        #expect(row.cells[5] == .text("'\(String(repeating: "x", count: 30))…' is 40000 characters long and free text has "
            + "at most 2000: other cells probably ran into it (a stray quote or line break); fix the cell (a cell longer "
            + "than Excel's 32,767 characters was cut short here)"))
    }

    @Test func anEarlierRejectsWorkbookIsKept() throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("rejected-roster.xlsx")
        try importFile(path, into: try Registry.inMemory())
        let report = try importFile(path, into: try Registry.inMemory())
        let kept = try #require(report.notes.last?.replacingOccurrences(of: "the earlier rejects file was kept as ", with: ""))
        #expect(kept.hasPrefix(scratch.path("rejected-roster.rejects.")) && kept.hasSuffix(".xlsx"))
        #expect(kept.count == scratch.path("rejected-roster.rejects.").count + "20250301-100000.xlsx".count)
        #expect(try ReadingSupport.read(path: kept).rows.map(\.cells) == Self.rows)
        #expect(try ReadingSupport.read(path: scratch.path("rejected-roster.rejects.xlsx")).rows.map(\.cells) == Self.rows)
    }

    private func run(_ path: String, rejects: String) throws -> ImportReport {
        let when = moment(importMoment)
        return try Importer(registry: try Registry.inMemory(), options: ImportOptions(),
                            context: WriteContext(operatorName: "importer", at: when), clock: { when })
            .run(path: path, rejectsPath: rejects)
    }
}
