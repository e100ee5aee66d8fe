import Testing
@testable import LadderKit

extension ReadingTests {
    /// Hand-made BIFF8 records, one kind of cell or string at a time, read through the whole
    /// reader (compound file, records, globals, sheet).
    @Suite struct LegacyWorkbookValueTests {
        typealias B = BIFFBuilder

        static func read(globals: [B.Record] = B.xfs(), _ cells: [B.Record], sheet: String? = nil) throws -> ReadTable {
            try ReadingSupport.read(bytes: B.file(globals: globals, sheets: [("S", [B.label(0, 0, "h")] + cells)]),
                                    suffix: ".xls", sheet: sheet)
        }

        /// RK: a 30-bit integer (bit 1) or the top of a double, each optionally ÷ 100 (bit 0).
        @Test func rkAndNumberCells() throws {
            let table = try Self.read([
                B.rk(1, 0, 53 << 2 | 2), B.rk(1, 1, 947_238 << 2 | 3), B.rk(1, 2, 0x3FF8_0000),
                B.rk(1, 3, 0x3FF8_0000 | 1), B.rk(1, 4, UInt32(bitPattern: -12 << 2) | 2),
                B.mulRK(1, 5, [1 << 2 | 2, 2 << 2 | 2, 250 << 2 | 3]),
                B.number(1, 8, 0.1), B.number(1, 9, 1e15), B.number(1, 10, 123_456_789_012_345),
                B.number(1, 11, -0.0), B.number(1, 12, .nan), B.number(1, 13, 0.1 + 0.2),
                B.number(1, 14, 0.000015), B.number(1, 15, 1e16), B.number(1, 16, -2.5e-7),
            ])
            #expect(table.rows == [SheetRow(number: 2, cells: [
                .number("53"), .number("9472.38"), .number("1.5"), .number("0.015"), .number("-12"),
                .number("1"), .number("2"), .number("2.5"),
                .number("0.1"), .number("1000000000000000"), .number("123456789012345"), .number("0"), .error("#NUM!"),
                .number("0.30000000000000004"), .number("1.5E-5"), .number("1E+16"), .number("-2.5E-7"),
            ])])
        }

        /// BOOLERR, LABEL (text in the cell record), BLANK, and FORMULA results: a number, a
        /// boolean, an error, an empty text, a text in the STRING record after it (also after a
        /// SHRFMLA record), and a text whose STRING record is missing.
        @Test func booleansErrorsLabelsAndFormulas() throws {
            let table = try Self.read([
                B.boolErr(1, 0, value: 1, isError: false), B.boolErr(1, 1, value: 0, isError: false),
                B.boolErr(1, 2, value: 0x07, isError: true), B.label(1, 3, "标签"), B.blank(1, 4),
                B.formula(1, 5, result: B.f64(42.5)), B.formula(1, 6, result: B.special(1, 1)),
                B.formula(1, 7, result: B.special(2, 0x2A)), B.formula(1, 8, result: B.special(3)),
                B.formula(1, 9, result: B.special(0)), B.record(0x0207, B.string("公式文本")),
                B.formula(1, 10, result: B.special(0)), B.record(0x04BC, [0, 0, 0, 0, 0, 0, 0, 0]),
                B.record(0x0207, B.string("shared")),
                B.formula(2, 0, result: B.special(0)), B.number(2, 1, 7),
            ])
            #expect(table.rows == [
                SheetRow(number: 2, cells: [
                    .bool(true), .bool(false), .error("#DIV/0!"), .text("标签"), .empty, .number("42.5"), .bool(true),
                    .error("#N/A"), .empty, .text("公式文本"), .text("shared"),
                ]),
                SheetRow(number: 3, cells: [.empty, .number("7")]),
            ])
        }

        /// Dates by the cell's XF → FORMAT: built-in 14, 22 and the 年月日 id 31, a custom 年月日 code;
        /// numbers stay numbers under General, a custom "0.00", and for serial 60 (1900-02-29,
        /// which never existed).
        @Test func datesByFormat() throws {
            let globals = [B.format(164, "yyyy\"年\"m\"月\"d\"日\";@"), B.format(165, "0.00")]
                + B.xfs(formats: [14, 22, 31, 164, 165])
            let table = try Self.read(globals: globals, [
                B.rk(1, 0, 45231 << 2 | 2, xf: 16), B.number(1, 1, 45231.75, xf: 17), B.rk(1, 2, 45231 << 2 | 2, xf: 18),
                B.rk(1, 3, 45231 << 2 | 2, xf: 19), B.rk(1, 4, 45231 << 2 | 2, xf: 20), B.rk(1, 5, 45231 << 2 | 2),
                B.rk(1, 6, 60 << 2 | 2, xf: 16), B.rk(1, 7, 61 << 2 | 2, xf: 16),
            ])
            #expect(table.rows == [SheetRow(number: 2, cells: [
                .date(day("2023-11-01")), .date(day("2023-11-01")), .date(day("2023-11-01")), .date(day("2023-11-01")),
                .number("45231"), .number("45231"), .number("60"), .date(day("1900-03-01")),
            ])])
        }

        @Test func date1904System() throws {
            let globals = [B.record(0x0022, B.u16(1))] + B.xfs(formats: [14])
            let table = try Self.read(globals: globals, [B.rk(1, 0, 43769 << 2 | 2, xf: 16), B.rk(1, 1, 1 << 2 | 2, xf: 16)])
            #expect(table.rows == [SheetRow(number: 2, cells: [.date(day("2023-11-01")), .date(day("1904-01-02"))])])
        }

        struct ContinuedCase: CustomTestStringConvertible, Sendable {
            let name: String
            /// The SST record's string bytes, then each CONTINUE record's bytes.
            let pieces: [[UInt8]]
            let strings: [String]
            var testDescription: String { name }
        }

        static let u16 = B.u16

        /// Strings cut by CONTINUE records, as Excel and WPS cut them: the flag byte is repeated
        /// where characters continue (and may switch between 8-bit and UTF-16), not where a
        /// string starts, nor inside rich-text runs and extended data.
        @Test(arguments: [
            ContinuedCase(name: "UTF-16 characters continue as UTF-16",
                          pieces: [u16(4) + [1] + Array("赣州".utf16).flatMap(u16), [1] + Array("章贡".utf16).flatMap(u16)],
                          strings: ["赣州章贡"]),
            ContinuedCase(name: "8-bit characters continue as UTF-16",
                          pieces: [u16(4) + [0] + Array("ab".utf8), [1] + Array("中文".utf16).flatMap(u16)],
                          strings: ["ab中文"]),
            ContinuedCase(name: "UTF-16 characters continue as 8-bit",
                          pieces: [u16(3) + [1] + Array("中".utf16).flatMap(u16), [0] + Array("cd".utf8)],
                          strings: ["中cd"]),
            ContinuedCase(name: "the header ends the record: the characters start with a flag byte",
                          pieces: [u16(2) + [0], [1] + Array("江西".utf16).flatMap(u16)], strings: ["江西"]),
            ContinuedCase(name: "a string starts the CONTINUE record: no flag byte",
                          pieces: [u16(1) + [0] + Array("a".utf8), u16(2) + [1] + Array("南昌".utf16).flatMap(u16)],
                          strings: ["a", "南昌"]),
            ContinuedCase(name: "rich-text runs and extended data cross the boundary without a flag byte",
                          pieces: [u16(2) + [0x0D] + u16(1) + B.u32(3) + Array("高新".utf16).flatMap(u16) + [9, 9],
                                   [9, 9, 7, 7, 7] + u16(1) + [0] + Array("z".utf8)],
                          strings: ["高新", "z"]),
            ContinuedCase(name: "a surrogate pair cut in two", pieces: [
                u16(3) + [1] + Array("𠮷".utf16.prefix(1)).flatMap(u16),
                [1] + (Array("𠮷".utf16.suffix(1)) + Array("安".utf16)).flatMap(u16),
            ], strings: ["𠮷安"]),
        ])
        func continuedSharedStrings(_ c: ContinuedCase) throws {
            let count = B.u32(UInt32(c.strings.count))
            let sst = [B.record(0x00FC, count + count + c.pieces[0])] + c.pieces.dropFirst().map { B.record(0x003C, $0) }
            let cells = c.strings.indices.map { B.labelSST(1, UInt16($0), UInt32($0)) }
            let table = try Self.read(globals: B.xfs() + sst, cells)
            #expect(table.rows == [SheetRow(number: 2, cells: c.strings.map(CellValue.text))])
        }

        /// A formula's text result in a STRING record continued in a CONTINUE record.
        @Test func continuedFormulaString() throws {
            let table = try Self.read([
                B.formula(1, 0, result: B.special(0)),
                B.record(0x0207, B.u16(4) + [1] + Array("公式".utf16).flatMap(B.u16)),
                B.record(0x003C, [0] + Array("ok".utf8)),
            ])
            #expect(table.rows == [SheetRow(number: 2, cells: [.text("公式ok")])])
        }

        /// A lone surrogate becomes U+FFFD and marks the row, as invalid UTF-8 does in the .xlsx reader.
        @Test func unpairedSurrogateMarksTheRow() throws {
            let sst = B.record(0x00FC, B.u32(1) + B.u32(1) + B.u16(2) + [1] + [0x3D, 0xD8, 0x2D, 0x4E])
            let table = try Self.read(globals: B.xfs() + [sst], [B.labelSST(1, 0, 0)])
            #expect(table.rows == [SheetRow(number: 2, cells: [.text("\u{FFFD}中")], hadInvalidBytes: true)])
        }

        /// Rows as in the .xlsx reader: the header is the first non-empty row (blank-only rows and
        /// empty strings are no row), rows end at their last non-empty cell, numbers are Excel's.
        @Test func rowsSkipBlanksAndEndAtTheLastValue() throws {
            let sst = B.sst(["", "代码"])
            let records = [
                B.blank(0, 0), B.blank(0, 3), B.labelSST(1, 2, 0),
                B.labelSST(2, 1, 1), B.blank(2, 2),
                B.number(3, 0, 1), B.blank(3, 1), B.number(3, 3, 2), B.blank(3, 9),
                B.label(6, 2, "x"),
            ]
            let table = try ReadingSupport.read(bytes: B.file(globals: B.xfs() + [sst], sheets: [("S", records)]),
                                                suffix: ".xls")
            #expect(table.header == ["", "代码"])
            #expect(table.headerRowNumber == 3)
            #expect(table.rows == [
                SheetRow(number: 4, cells: [.number("1"), .empty, .empty, .number("2")]),
                SheetRow(number: 7, cells: [.empty, .empty, .text("x")]),
            ])
        }

        /// A chart embedded in the sheet is a substream (BOF … EOF) inside it: skipped whole, and
        /// its EOF does not end the sheet. A chart sheet is not a worksheet.
        @Test func chartsAreSkipped() throws {
            let records = [B.label(0, 0, "h"), B.bof(0x0020), B.number(5, 0, 99), B.eof, B.number(1, 0, 1)]
            let bytes = B.file(sheets: [("图表", [B.number(0, 0, 5)]), ("S", records)], charts: [0])
            let table = try ReadingSupport.read(bytes: bytes, suffix: ".xls")
            #expect(table.sheetName == "S")
            #expect(table.rows == [SheetRow(number: 2, cells: [.number("1")])])
            #expect(throws: ReadError.sheetNotFound(name: "图表", available: ["S"])) {
                try ReadingSupport.read(bytes: bytes, suffix: ".xls", sheet: "图表")
            }
        }

        /// A Workbook stream of 4 KiB or more lives in regular sectors, a smaller one in the mini
        /// stream: both are read.
        @Test(arguments: [10, 600])
        func streamInRegularOrMiniSectors(_ rows: Int) throws {
            let records = (1...rows).map { B.number(UInt16($0), 0, Double($0)) }
            let bytes = B.file(sheets: [("S", [B.label(0, 0, "n")] + records)])
            let table = try ReadingSupport.read(bytes: bytes, suffix: ".xls")
            #expect(table.rows.count == rows)
            #expect(table.rows.last == SheetRow(number: rows + 1, cells: [.number("\(rows)")]))
        }
    }
}
