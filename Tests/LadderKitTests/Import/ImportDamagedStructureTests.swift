import Foundation
import GRDB
import Testing
@testable import LadderKit

/// Damaged CSV structure is a rejected row with its reason, never a value: an unclosed quote, a
/// line break inside a name or code, a cell longer than its column allows. The rows after it
/// are read normally. Fixtures under Fixtures/import/, every expectation worked out by hand.
@Suite struct ImportDamagedStructureTests {
    static let a = ImportCodes.a, b = ImportCodes.b, c = ImportCodes.c, d = ImportCodes.d
    static let unclosed = rejected(3, "企业名称", "\"鹰潭市信江海融小额贷款股份有限公司",
                                   "the quote (\") that opens this cell does not close at the cell's end but would take "
                                       + "in the rows below, so this row was read only to the end of its line and the rows "
                                       + "after it were read normally; delete the stray quote (or close it after the cell's "
                                       + "text) and import the row again")

    @Test func anUnclosedQuoteRejectsItsRowAndTheRowsAfterItLand() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("unclosed-quote.csv"), into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (4, 3, 1))
        #expect(report.issues == [Self.unclosed])
        #expect(try registry.count("enterprise") == 3)
        try StoredFirm(code: Self.a, name: "信丰众城矿业有限公司", founded: "2015-12-01").verify(in: registry)
        try StoredFirm(code: Self.c, name: "南昌瑞恒电子科技有限公司", founded: "2019-04-08").verify(in: registry)
        try StoredFirm(code: Self.d, name: "南昌嘉创软件有限公司", founded: "2020-07-15").verify(in: registry)
        // The rejects file holds the row as its line was read, the stray quote shown.
        #expect(try scratch.read("unclosed-quote.rejects.csv") == "\u{FEFF}原行号,统一社会信用代码,企业名称,成立日期,问题列,问题说明\r\n"
            + "3,9136060006346630XD,\"\"\"鹰潭市信江海融小额贷款股份有限公司\",2012-03-01,企业名称,\"the quote (\"\") "
            + "that opens this cell does not close at the cell's end but would take in the rows below, so this row was "
            + "read only to the end of its line and the rows after it were read normally; delete the stray quote (or "
            + "close it after the cell's text) and import the row again\"\r\n")
    }

    /// The defect this guards against: the open quote took the next rows into B's name, and the
    /// import recorded that as B's rename.
    @Test func anUnclosedQuoteRecordsNoRename() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let clean = "统一社会信用代码,企业名称,成立日期\n\(Self.a),信丰众城矿业有限公司,2015-12-01\n"
            + "\(Self.b),鹰潭市信江海融小额贷款股份有限公司,2012-03-01\n\(Self.c),南昌瑞恒电子科技有限公司,2019-04-08\n"
            + "\(Self.d),南昌嘉创软件有限公司,2020-07-15\n"
        try importFile(try scratch.write("clean.csv", clean), into: registry)
        let report = try importFile(try scratch.copy("unclosed-quote.csv"), into: registry, at: "2025-03-02T02:00:00Z")
        #expect((report.rows, report.unchanged, report.rejected, report.updatedEnterprises, report.newEvents) == (4, 3, 1, 0, 0))
        #expect(report.issues == [Self.unclosed])
        #expect(try registry.count("event", where: "kind = 'rename'") == 0)
        try StoredFirm(code: Self.b, name: "鹰潭市信江海融小额贷款股份有限公司", founded: "2012-03-01").verify(in: registry)
    }

    /// Well-formed CSV, but Alt+Enter inside a name and a code: each row rejected (a record
    /// spanning two lines is one row), the row after them lands.
    @Test func aLineBreakInsideANameOrCodeIsRejected() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("line-break-in-cell.csv"), into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (3, 1, 2))
        #expect(report.issues == [
            rejected(2, "企业名称", "南昌瑞恒电子\n科技有限公司", "'南昌瑞恒电子↵科技有限公司' holds a line break, but a name "
                + "is written on one line: remove the line break (Alt+Enter in Excel)"),
            rejected(3, "统一社会信用代码", "91360111M\nA38C4D5XG", "'91360111M↵A38C4D5XG' holds a line break, but a "
                + "code is written on one line: remove the line break (Alt+Enter in Excel)"),
        ])
        try StoredFirm(code: ImportCodes.e, name: "赣州章贡智能装备有限公司", founded: "2018-03-15").verify(in: registry)
    }

    /// Each kind of column exactly at its length lands and one character past it is rejected:
    /// names 200, codes 40 (a 40-character code is then refused by its own check), 备注 2000.
    @Test func cellsPastTheirColumnsLengthAreRejected() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("long-cells.csv"), into: registry)
        let why = ": other cells probably ran into it (a stray quote or line break); fix the cell"
        let name = "江西" + String(repeating: "长", count: 28) + "…"
        let code40 = ImportCodes.e + String(repeating: "0", count: 22)
        let code41 = ImportCodes.f + String(repeating: "0", count: 12) + "…"
        let note = String(repeating: "备", count: 30) + "…"
        #expect((report.rows, report.newEnterprises, report.rejected) == (6, 2, 4))
        #expect(report.issues == [
            rejected(3, "企业名称", name, "'\(name)' is 201 characters long and a name has at most 200" + why),
            rejected(4, "统一社会信用代码", code40, "'\(code40)' has 40 characters; a 统一社会信用代码 has 18"),
            rejected(5, "统一社会信用代码", code41, "'\(code41)' is 41 characters long and a code has at most 40" + why),
            rejected(7, "备注", note, "'\(note)' is 2001 characters long and free text has at most 2000" + why),
        ])
        try StoredFirm(code: Self.c, name: "江西" + String(repeating: "长", count: 194) + "有限公司").verify(in: registry)
        try StoredFirm(code: ImportCodes.g, name: "抚州临川生物科技有限公司").verify(in: registry)
    }

    /// A 备注 typed over two lines, with a comma and doubled quotes, is one cell: the row lands
    /// with it as its event's note, and the next row is row 3.
    @Test func aQuotedMultiLineNoteStillReads() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("multiline-note.csv"), into: registry)
        #expect((report.rows, report.newEnterprises, report.newEvents, report.rejected) == (2, 2, 2, 0))
        #expect(report.issues == [])
        let notes = try registry.read { db in
            try String?.fetchAll(db, sql: "SELECT note FROM event WHERE kind = 'admit' ORDER BY id")
        }
        // Normalised as every cell is: the full-width comma reads as ASCII.
        #expect(notes == ["第一行\n第二行,含逗号, 和\"引号\"", nil])
        let reader = try TableFile.open(path: scratch.path("multiline-note.csv"))
        #expect(try reader.next()?.number == 2)
        #expect(try reader.next()?.number == 3)
    }
}
