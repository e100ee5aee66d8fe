import Testing
@testable import LadderKit

extension ReadingSupport {
    /// A committed fixture under `Fixtures/xls/`.
    static func xls(_ name: String) -> String {
        fixture("../xls/\(name)")
    }
}

extension ReadingTests {
    /// Legacy `.xls` written by two writers (xlwt and LibreOffice), read cell by cell.
    @Suite struct LegacyWorkbookReaderTests {
        static let rosterHeader = ["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "职工总数", "高企", "备注"]

        /// xlwt: a merged title row, shared strings, RK and NUMBER cells, dates by a custom and a
        /// built-in format, a boolean, an error, rich text, a sparse row, an empty row.
        @Test func xlwtRoster() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("xlwt-roster.xls"))
            #expect(table.encodingName == "xls")
            #expect(table.sheetName == "名单")
            // The title merged over A1:H1 is one cell: the other seven are BLANK records.
            #expect(table.header == ["2024年度科技型企业名单"])
            #expect(table.headerRowNumber == 1)
            #expect(table.rows == [
                SheetRow(number: 2, cells: Self.rosterHeader.map(CellValue.text)),
                SheetRow(number: 3, cells: [
                    .text("91360733746860349F"), .text("赣州正泽医疗器械有限公司"), .date(day("1997-09-14")),
                    .date(day("2023-11-01")), .number("9472.38"), .number("53"), .bool(true), .error("#N/A"),
                ]),
                SheetRow(number: 4, cells: [
                    .text("91361127642282732H"), .empty, .date(day("2000-02-29")), .empty, .empty, .empty, .empty,
                    .text("富文本单元格"),
                ]),
                // 913609021234568000 is a code typed into a number cell: 15 significant digits
                // in exponent form, as an .xlsx holds it. xlwt writes a formula (F6) without a
                // cached value, which reads empty and so ends the row at E.
                SheetRow(number: 6, cells: [
                    .text("  café  "), .number("0.1"), .number("-3.75"), .number("9.13609021234568E+17"),
                    .number("1.5E-5"),
                ]),
            ])
        }

        @Test func secondSheetByName() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("xlwt-roster.xls"), sheet: " 第二页")
            #expect(table.sheetName == "第二页")
            #expect(table.header == ["序号", "企业名称"])
            #expect(table.rows == [SheetRow(number: 2, cells: [.number("1"), .text("南昌科技有限公司")])])
        }

        @Test(arguments: ["xlwt-roster.xls", "libreoffice-roster.xls"])
        func unknownSheetListsTheSheets(_ name: String) {
            #expect(throws: ReadError.sheetNotFound(name: "Sheet9", available: ["名单", "第二页"])) {
                try TableFile.open(path: ReadingSupport.xls(name), sheet: "Sheet9")
            }
        }

        /// DATEMODE 1: serial 43769 is 2023-11-01 counted from 1904-01-01.
        @Test func dates1904() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("xlwt-1904-dates.xls"))
            #expect(table.header == ["成立日期", "数量"])
            #expect(table.rows == [SheetRow(number: 2, cells: [.date(day("2023-11-01")), .number("1")])])
        }

        /// The same sheet as `libreoffice-roster.xlsx` (both from `libreoffice-roster.fods`), with
        /// the same cells, except the formula whose text LibreOffice did not compute: in .xls it
        /// writes the result as the number 0.
        @Test func libreOfficeRoster() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("libreoffice-roster.xls"))
            #expect(table.sheetName == "名单")
            #expect(table.header == ["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "高企"])
            #expect(table.rows == [
                SheetRow(number: 2, cells: [
                    .text("91360733746860349F"), .text("赣州正泽医疗器械有限公司"), .date(day("1997-09-14")),
                    .date(day("2023-11-01")), .number("9472.38"), .number("1"),
                ]),
                SheetRow(number: 3, cells: [
                    .text("91361127642282732H"), .empty, .empty, .empty, .number("0.5"), .number("0"), .bool(true),
                    .error("#N/A"), .number("0"),
                ]),
                SheetRow(number: 5, cells: [.text("  前后空格  "), .text("R&D <研发>")]),
            ])
            let second = try ReadingSupport.read(path: ReadingSupport.xls("libreoffice-roster.xls"), sheet: "第二页")
            #expect(second.rows == [SheetRow(number: 2, cells: [.number("1"), .text("南昌科技有限公司")])])
        }

        /// Both sheets of LibreOffice's .xls read as those of its .xlsx of the same document, cell
        /// for cell, but for the one formula LibreOffice saved without computing it.
        @Test(arguments: ["名单", "第二页"])
        func sameCellsAsTheXlsxOfTheSameSheet(_ sheet: String) throws {
            let xls = try ReadingSupport.read(path: ReadingSupport.xls("libreoffice-roster.xls"), sheet: sheet)
            var xlsx = try ReadingSupport.read(path: ReadingSupport.fixture("libreoffice-roster.xlsx"), sheet: sheet)
            #expect(xlsx.encodingName == "xlsx")
            xlsx.encodingName = "xls"
            if sheet == "名单" {
                #expect(xlsx.rows[1].cells[8] == .text("公式文本"))
                var cells = xlsx.rows[1].cells
                cells[8] = .number("0")
                xlsx.rows[1] = SheetRow(number: 3, cells: cells)
            }
            #expect(xls == xlsx)
        }

        /// LibreOffice: a title merged over A1:D1, formulas with cached results (a number, a
        /// date-formatted number with a time, a text in the STRING record, a boolean, an error).
        @Test func libreOfficeMergedTitleAndFormulas() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("libreoffice-merged-title.xls"))
            #expect(table.sheetName == "高企名单")
            #expect(table.header == ["2024年第一批高新技术企业名单"])
            #expect(table.rows == [
                SheetRow(number: 2, cells: [.text("序号"), .text("企业名称"), .text("证书编号"), .text("发证日期")]),
                SheetRow(number: 3, cells: [
                    .number("1"), .text("南昌瑞恒电子科技有限公司"), .text("GR202436000101"), .date(day("2024-12-16")),
                ]),
                SheetRow(number: 4, cells: [
                    .number("2"), .text("宜春袁州新材料有限公司"), .text("GR202436000102"), .date(day("2024-12-16")),
                ]),
                SheetRow(number: 5, cells: [.text("公式文本"), .bool(true), .error("#DIV/0!")]),
            ])
        }

        /// 831 names in a shared string table of about 11 KB: past 8,224 bytes it continues in a
        /// CONTINUE record, which starts inside the characters of the CJK name of row 632.
        @Test func stringsContinuedAcrossRecords() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.xls("xlwt-continued-strings.xls"))
            #expect(table.header == ["序号", "企业名称"])
            #expect(table.rows.count == 831)
            #expect(table.rows.first == SheetRow(number: 2, cells: [.number("1"), .text("firm-00000")]))
            #expect(table.rows[629] == SheetRow(number: 631, cells: [.number("630"), .text("firm-00629")]))
            #expect(table.rows[630] == SheetRow(number: 632, cells: [
                .number("631"),
                .text("江西省赣州市章贡区跨越记录边界的中文企业名称有限公司第一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十分公司"),
            ]))
            #expect(table.rows[631] == SheetRow(number: 633, cells: [.number("632"), .text("公司0000号")]))
            #expect(table.rows.last == SheetRow(number: 832, cells: [.number("831"), .text("公司0199号")]))
        }

        @Test func progressReachesTheFileSize() throws {
            let reader = try TableFile.open(path: ReadingSupport.xls("xlwt-continued-strings.xls"))
            #expect(reader.isWorkbook)
            #expect(reader.bytesRead < reader.totalBytes)
            while try reader.next() != nil {}
            #expect(reader.bytesRead == reader.totalBytes)
        }

        @Test func contentNotExtensionPicksTheReader() throws {
            let bytes = try ReadingSupport.fixtureBytes("../xls/xlwt-1904-dates.xls")
            #expect(try ReadingSupport.read(bytes: bytes, suffix: ".csv").encodingName == "xls")
        }
    }
}
