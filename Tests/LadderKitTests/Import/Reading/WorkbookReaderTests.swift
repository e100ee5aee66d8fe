import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct WorkbookReaderTests {
        static let rosterHeader = ["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "职工总数", "高企", "备注"]

        /// openpyxl writes inline strings, dates with built-in and custom formats, sparse rows.
        @Test(arguments: ["openpyxl-roster.xlsx", "openpyxl-1904-dates.xlsx"])
        func openpyxl(_ name: String) throws {
            let table = try ReadingSupport.read(path: ReadingSupport.fixture(name))
            #expect(table.encodingName == "xlsx")
            #expect(table.sheetName == "名单")
            #expect(table.header == Self.rosterHeader)
            #expect(table.headerRowNumber == 1)
            #expect(table.rows == [
                SheetRow(number: 2, cells: [
                    .text("91360733746860349F"), .text("赣州正泽医疗器械有限公司"), .date(day("1997-09-14")),
                    .date(day("2023-11-01")), .number("9472.379999999999"), .number("53"), .bool(true), .error("#N/A"),
                ]),
                SheetRow(number: 3, cells: [
                    .text("91361127642282732H"), .empty, .date(day("2000-02-29")), .empty, .empty, .empty, .empty,
                    .text("富文本单元格"),
                ]),
                // 12:30 is a time of day without a date: its number stays.
                SheetRow(number: 5, cells: [
                    .text("  前后空格  "), .number("0.5208333333333334"), .number("45231"), .empty, .empty, .empty, .bool(false),
                ]),
            ])
        }

        @Test func secondSheetByName() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.fixture("openpyxl-roster.xlsx"), sheet: "第二页")
            #expect(table.sheetName == "第二页")
            #expect(table.header == ["序号", "企业名称"])
            #expect(table.rows == [SheetRow(number: 2, cells: [.number("1"), .text("南昌科技有限公司")])])
        }

        @Test func sheetNamesMatchIgnoringCaseAndSpaces() throws {
            let bytes = ZipBuilder.build(TestWorkbook.parts(sheets: [
                ("Data", TestWorkbook.sheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>")),
                ("Roster 2023", TestWorkbook.sheet("<row><c t=\"inlineStr\"><is><t>b</t></is></c></row>")),
            ]))
            #expect(try ReadingSupport.read(bytes: bytes, suffix: ".xlsx", sheet: " roster 2023").header == ["b"])
        }

        @Test(arguments: ["openpyxl-roster.xlsx", "libreoffice-roster.xlsx"])
        func unknownSheetListsTheSheets(_ name: String) {
            #expect(throws: ReadError.sheetNotFound(name: "Sheet9", available: ["名单", "第二页"])) {
                try TableFile.open(path: ReadingSupport.fixture(name), sheet: "Sheet9")
            }
        }

        /// LibreOffice writes shared strings (some as rich text runs), formula results and styles.
        @Test func libreOffice() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.fixture("libreoffice-roster.xlsx"))
            #expect(table.sheetName == "名单")
            #expect(table.header == ["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "高企"])
            #expect(table.rows == [
                SheetRow(number: 2, cells: [
                    .text("91360733746860349F"), .text("赣州正泽医疗器械有限公司"), .date(day("1997-09-14")),
                    .date(day("2023-11-01")), .number("9472.38"), .number("1"),
                ]),
                SheetRow(number: 3, cells: [
                    .text("91361127642282732H"), .empty, .empty, .empty, .number("0.5"), .number("0"), .bool(true),
                    .error("#N/A"), .text("公式文本"),
                ]),
                SheetRow(number: 5, cells: [.text("  前后空格  "), .text("R&D <研发>")]),
            ])
            let second = try ReadingSupport.read(path: ReadingSupport.fixture("libreoffice-roster.xlsx"), sheet: "第二页")
            #expect(second.rows == [SheetRow(number: 2, cells: [.number("1"), .text("南昌科技有限公司")])])
        }

        /// What a minimal writer produces: inline strings, no styles, no shared strings, no row or
        /// cell references, a namespace prefix.
        @Test func minimalHandWrittenWorkbook() throws {
            let sheet = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"\(TestWorkbook.main)\"><x:sheetData>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>代码</x:t></x:is></x:c>"
                + "<x:c t=\"inlineStr\"><x:is><x:t>数量</x:t></x:is></x:c></x:row>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>9136</x:t></x:is></x:c><x:c><x:v>12</x:v></x:c></x:row>"
                + "<x:row/>"
                + "<x:row><x:c/><x:c><x:v>7</x:v></x:c></x:row>"
                + "</x:sheetData></x:worksheet>"
            let bytes = ZipBuilder.build(TestWorkbook.parts(sheets: [("Sheet1", sheet)], deflate: false))
            let table = try ReadingSupport.read(bytes: bytes, suffix: ".xlsx")
            #expect(table.header == ["代码", "数量"])
            #expect(table.rows == [
                SheetRow(number: 2, cells: [.text("9136"), .number("12")]),
                SheetRow(number: 4, cells: [.empty, .number("7")]),
            ])
        }

        /// No relationships at all: the workbook and sheet are found at Excel's default names.
        @Test func workbookWithoutRelationships() throws {
            let bytes = ZipBuilder.build([
                .init("xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"),
                .init("xl/worksheets/sheet1.xml", TestWorkbook.sheet("<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>")),
            ])
            let table = try ReadingSupport.read(bytes: bytes, suffix: ".xlsx")
            #expect(table.header == ["", "1"])
            #expect(table.headerRowNumber == 2)
        }

        @Test(arguments: ["/xl/worksheets/sheet1.xml", "worksheets/../worksheets/sheet1.xml", "worksheets\\sheet1.xml"])
        func sheetTargetsResolve(_ target: String) throws {
            let bytes = ZipBuilder.build(TestWorkbook.parts(
                sheets: [("S", TestWorkbook.sheet("<row><c><v>5</v></c></row>"))], sheetTarget: { _ in target }))
            #expect(try ReadingSupport.read(bytes: bytes, suffix: ".xlsx").header == ["5"])
        }

        /// Shared strings as Excel writes them: rich runs joined, phonetic guides left out,
        /// `_xHHHH_` escapes, entities, CDATA, preserved spaces, an empty item.
        @Test func sharedStrings() throws {
            let strings = "<sst xmlns=\"\(TestWorkbook.main)\" count=\"6\" uniqueCount=\"6\">"
                + "<si><t>代码</t></si>"
                + "<si><r><rPr><b/></rPr><t>高新</t></r><r><t xml:space=\"preserve\"> 技术</t></r></si>"
                + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
                + "<si><t>line_x000D_\r\nbreak &amp; &#x4E2D;&#25991; _x005F_x0041_</t></si>"
                + "<si><t><![CDATA[<raw> & text]]></t></si>"
                + "<si/>"
                + "</sst>"
            let rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\">" + (1...5).map { "<c t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes(rows, sharedStrings: strings), suffix: ".xlsx")
            #expect(table.header == ["代码"])
            #expect(table.rows == [SheetRow(number: 2, cells: [
                .text("高新 技术"), .text("東京"), .text("line\r\nbreak & 中文 _x0041_"), .text("<raw> & text"),
            ])])
        }

        /// Dates by built-in id (including the 年月日 ids Chinese Excel leaves undefined) and by
        /// custom code; numbers that only look like dates stay numbers.
        @Test func numberFormats() throws {
            let styles = TestWorkbook.styles(numberFormats: [0, 14, 31, 164, 165, 166, 4, 22], custom: [
                (164, "[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"), (165, "0.00_);[Red]\\(0.00\\)"),
                (166, "[h]:mm:ss"),
            ])
            let row = [0, 1, 2, 3, 4, 5, 6, 7].map { "<c s=\"\($0)\"><v>45231</v></c>" }.joined()
                + "<c s=\"1\"><v>60</v></c><c s=\"1\"><v>61.75</v></c><c s=\"1\"><v>-1</v></c><c s=\"9\"><v>45231</v></c>"
                + "<c s=\"1\" t=\"d\"><v>2023-11-01T00:00:00</v></c>"
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes("<row><c><v>h</v></c></row><row>\(row)</row>",
                                                                          styles: styles), suffix: ".xlsx")
            #expect(table.rows == [SheetRow(number: 2, cells: [
                .number("45231"), .date(day("2023-11-01")), .date(day("2023-11-01")), .date(day("2023-11-01")),
                .number("45231"), .number("45231"), .number("45231"), .date(day("2023-11-01")),
                .number("60"), .date(day("1900-03-01")), .number("-1"), .number("45231"), .date(day("2023-11-01")),
            ])])
        }

        @Test func date1904System() throws {
            let styles = TestWorkbook.styles(numberFormats: [14])
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes(
                "<row><c><v>h</v></c></row><row><c><v>0.5</v></c><c><v>1</v></c><c><v>43769</v></c></row>", styles: styles,
                workbookProperties: "<workbookPr date1904=\"1\"/>"), suffix: ".xlsx")
            #expect(table.rows == [
                SheetRow(number: 2, cells: [.number("0.5"), .date(day("1904-01-02")), .date(day("2023-11-01"))]),
            ])
        }

        @Test func cellTypes() throws {
            let row = "<c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"e\"><v>#DIV/0!</v></c>"
                + "<c t=\"str\"><f>A1&amp;\"x\"</f><v>hx</v></c><c t=\"inlineStr\"><is><t/></is></c>"
                + "<c t=\"n\"><v> 1.5E-3 </v></c><c t=\"d\"><v>not a date</v></c><c t=\"inlineStr\"><v>v-text</v></c>"
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes("<row><c><v>h</v></c></row><row>\(row)</row>"),
                                                suffix: ".xlsx")
            #expect(table.rows == [SheetRow(number: 2, cells: [
                .bool(true), .bool(false), .error("#DIV/0!"), .text("hx"), .empty, .number("1.5E-3"), .text("not a date"),
                .text("v-text"),
            ])])
        }

        /// Missing cells become empty at their column; rows keep their numbers, or count on.
        @Test func sparseRows() throws {
            let rows = "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"D3\"><v>2</v></c></row>"
                + "<row><c r=\"C4\"><v>3</v></c><c><v>4</v></c></row>"
                + "<row r=\"9\"><c r=\"A9\"/><c r=\"B9\" t=\"s\"/></row>"
                + "<row r=\"10\"><c r=\"E10\"><v>5</v></c><c r=\"A10\"><v>6</v></c></row>"
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes(rows), suffix: ".xlsx")
            #expect(table.header == ["", "1", "", "2"])
            #expect(table.headerRowNumber == 3)
            #expect(table.rows == [
                SheetRow(number: 4, cells: [.empty, .empty, .number("3"), .number("4")]),
                SheetRow(number: 10, cells: [.number("6"), .empty, .empty, .empty, .number("5")]),
            ])
        }

        @Test func progressReachesTheFileSize() throws {
            try ReadingSupport.withFile(TestWorkbook.bytes("<row><c><v>1</v></c></row><row><c><v>2</v></c></row>"),
                                        suffix: ".xlsx") { path in
                let reader = try TableFile.open(path: path)
                #expect(reader.bytesRead <= reader.totalBytes)
                while try reader.next() != nil {}
                #expect(reader.bytesRead == reader.totalBytes)
            }
        }
    }
}
