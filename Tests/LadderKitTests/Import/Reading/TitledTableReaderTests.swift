import Foundation
import Testing
@testable import LadderKit

/// Lists laid out as the province publishes them: the header found below a title, footers and
/// notes left out, row numbers the file's own.
@Suite struct TitledTableReaderTests {
    struct Layout: CustomTestStringConvertible, Sendable {
        let fixture: String
        var headerRow: Int? = nil
        let header: [String]
        let headerRowNumber: Int
        let title: String?
        let rowsAboveHeader: Int
        /// Row number and the firm's name of every data row.
        let rows: [Int: String]
        let skipped: Int
        let skippedRows: [Int]
        var testDescription: String { fixture + (headerRow.map { " --header-row \($0)" } ?? "") }
    }

    static let title = "江西省2025年第一批认定报备高新技术企业名单"
    static let header = ["序号", "企业名称", "证书编号"]

    static let layouts: [Layout] = [
        // Row 1 the title merged over A1:C1, row 2 the header, rows 3–5 the firms, row 6 合计：3家
        // (merged), row 7 a note.
        Layout(fixture: "titled-hnte-list.xlsx", header: header, headerRowNumber: 2, title: title, rowsAboveHeader: 1,
               rows: [3: "南昌瑞恒电子科技有限公司", 4: "南昌嘉创软件有限公司", 5: "赣州章贡智能装备有限公司"],
               skipped: 2, skippedRows: [6, 7]),
        // Row 1 附件1 (not the title), row 2 the title, row 3 blank, row 4 the header; row 7 a page
        // number, row 8 the header again, row 10 合计 with 3家 in another cell, row 11 a note.
        Layout(fixture: "titled-hnte-list-gbk.csv", header: header, headerRowNumber: 4, title: title, rowsAboveHeader: 2,
               rows: [5: "南昌瑞恒电子科技有限公司", 6: "南昌嘉创软件有限公司", 9: "赣州章贡智能装备有限公司"],
               skipped: 4, skippedRows: [7, 8, 10]),
        // Said outright, the same.
        Layout(fixture: "titled-hnte-list-gbk.csv", headerRow: 4, header: header, headerRowNumber: 4, title: title,
               rowsAboveHeader: 2,
               rows: [5: "南昌瑞恒电子科技有限公司", 6: "南昌嘉创软件有限公司", 9: "赣州章贡智能装备有限公司"],
               skipped: 4, skippedRows: [7, 8, 10]),
        // A header on row 1 has no title.
        Layout(fixture: "headers-only.csv", header: ["统一社会信用代码", "企业名称", "成立日期"], headerRowNumber: 1,
               title: nil, rowsAboveHeader: 0, rows: [:], skipped: 0, skippedRows: []),
    ]

    @Test(arguments: layouts)
    func headerTitleRowsAndSkippedLines(_ c: Layout) throws {
        let reader = try TitledTableReader(TableFile.open(path: ImportFixture.path(c.fixture)), headerRow: c.headerRow)
        #expect(reader.header == c.header)
        #expect(reader.headerRowNumber == c.headerRowNumber)
        #expect(reader.title == c.title)
        #expect(reader.rowsAboveHeader == c.rowsAboveHeader)
        var rows: [Int: String] = [:]
        while let row = try reader.next() { rows[row.number] = CellText.of(row.cells[1]) }
        #expect(rows == c.rows)
        #expect(reader.skippedCount == c.skipped)
        #expect(reader.skippedRows == c.skippedRows)
    }

    /// Row 3 of the GBK list is blank; the file ends at row 11.
    @Test(arguments: [(3, "it is blank"), (40, "the table ends at row 11")])
    func aHeaderRowThatCannotBeTheHeaderIsRefused(row: Int, reason: String) throws {
        let path = ImportFixture.path("titled-hnte-list-gbk.csv")
        #expect(throws: ImportError.badHeaderRow(row: row, reason: reason)) {
            try TitledTableReader(TableFile.open(path: path), headerRow: row)
        }
        #expect(ImportError.badHeaderRow(row: 3, reason: "it is blank").description == "header row 3: it is blank; "
            + "give the number of the row that holds the column names, as the spreadsheet shows it")
    }

    /// Without a row of known column names in the first 20, the first row stays the header, so
    /// the kind detection can say which headers it saw.
    @Test func withoutKnownHeadersTheFirstRowIsTheHeader() throws {
        let scratch = try ImportScratch()
        let lines = ["某某名单"] + (2...25).map { "第\($0)行,甲,乙" }
        let path = try scratch.write("no-header.csv", lines.joined(separator: "\n") + "\n")
        let reader = try TitledTableReader(TableFile.open(path: path))
        #expect(reader.header == ["某某名单"])
        #expect(reader.headerRowNumber == 1)
        #expect(reader.title == nil)
        #expect(try reader.next()?.number == 2)
    }

    /// A list of names alone: one column, 企业名称, under a 公示 title and a 发文 line.
    @Test func aOneColumnListFindsItsHeader() throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("names.csv", "关于2025年第一批高新技术企业的公示\n赣高企认办〔2025〕3号\n企业名称\n"
            + "南昌瑞恒电子科技有限公司\n合计：1家\n")
        let reader = try TitledTableReader(TableFile.open(path: path))
        #expect(reader.header == ["企业名称"])
        #expect(reader.headerRowNumber == 3)
        #expect(reader.title == "关于2025年第一批高新技术企业的公示")
        #expect(reader.rowsAboveHeader == 2)
        #expect(try reader.next() == SheetRow(number: 4, cells: [.text("南昌瑞恒电子科技有限公司")]))
        #expect(try reader.next() == nil)
        #expect(reader.skippedRows == [5])
    }

    /// A 备注 column first: a firm whose note starts 说明： is still a firm (its code is filled).
    @Test func aNoteInTheFirstColumnOfAFirmsRowIsNoFooter() throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("notes-first.csv", "备注,统一社会信用代码,企业名称\n说明：更名,\(ImportCodes.c),南昌瑞恒电子科技有限公司\n"
            + "说明：以上1家,,\n")
        let reader = try TitledTableReader(TableFile.open(path: path))
        #expect(try reader.next()?.number == 2)
        #expect(try reader.next() == nil)
        #expect(reader.skippedRows == [3])
    }

    /// One known column among unknown ones is no header: a data row could look like that.
    @Test func oneKnownColumnAmongOthersIsNoHeader() {
        #expect(!TitledTableReader.isHeader([.text("企业名称"), .text("某列")], overrides: [:]))
        #expect(TitledTableReader.isHeader([.text("企业名称"), .text("某列")], overrides: ["某列": .note]))
        #expect(TitledTableReader.isHeader([.text("序号"), .text("企业名称")], overrides: [:]))
        #expect(!TitledTableReader.isHeader([.text("江西省2025年第一批认定报备高新技术企业名单")], overrides: [:]))
        #expect(!TitledTableReader.isHeader([.text("备注")], overrides: [:]))
    }

    struct Line: CustomTestStringConvertible, Sendable {
        let text: String
        let footer: Bool
        var page = false
        var testDescription: String { text }
    }

    static let lines: [Line] = [
        Line(text: "合计：40家", footer: true), Line(text: "合计", footer: true), Line(text: "总计 40", footer: true),
        Line(text: "共计40家", footer: true), Line(text: "注：排名不分先后", footer: true), Line(text: "注1. 以上", footer: true),
        Line(text: "注", footer: true), Line(text: "说明", footer: true), Line(text: "说明：无", footer: true),
        Line(text: "备注：无", footer: true), Line(text: "制表人：张三", footer: true),
        Line(text: "合计科技有限公司", footer: false), Line(text: "注册会计师事务所", footer: false),
        Line(text: "说明书印刷有限公司", footer: false), Line(text: "备注", footer: true),
        Line(text: "3", footer: false, page: true), Line(text: "第3页", footer: false, page: true),
        Line(text: "- 3 -", footer: false, page: true), Line(text: "3/12", footer: false, page: true),
        Line(text: "第 3 页 共 12 页", footer: false, page: true), Line(text: "12345", footer: false),
        Line(text: "913601021234567890", footer: false), Line(text: "GR202536000101", footer: false),
    ]

    @Test(arguments: lines)
    func footersNotesAndPageNumbers(_ c: Line) {
        #expect(TitledTableReader.isFooter(c.text) == c.footer)
        #expect(TitledTableReader.isPageNumber(c.text) == c.page)
    }

    @Test(arguments: [("附件1", true), ("附件", true), ("附件 2：", true), ("附件1：江西省名单", false), ("江西省名单", false)])
    func attachmentMarksAreNoTitle(text: String, mark: Bool) {
        #expect(TitledTableReader.isAttachmentMark(text) == mark)
    }
}
