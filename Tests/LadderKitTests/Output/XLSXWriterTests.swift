import Foundation
import Testing
@testable import LadderKit

@Suite struct XLSXWriterTests {
    typealias Column = XLSXWriter.Column
    typealias Cell = XLSXWriter.Cell

    struct CellCase: CustomTestStringConvertible, Sendable {
        let label: String, kind: Column.Kind, cell: Cell
        /// nil when no cell element is written.
        let type: String?, style: String?, value: String?
        var testDescription: String { label }
    }

    @Test(arguments: [
        CellCase(label: "credit code stays text", kind: .text, cell: .text("914403001922038216"),
                 type: "inlineStr", style: "2", value: "914403001922038216"),
        CellCase(label: "integer in a text column becomes text", kind: .text, cell: .integer(913601000000000000),
                 type: "inlineStr", style: "2", value: "913601000000000000"),
        CellCase(label: "integer", kind: .integer, cell: .integer(2024), type: nil, style: "4", value: "2024"),
        CellCase(label: "negative integer", kind: .integer, cell: .integer(-7), type: nil, style: "4", value: "-7"),
        CellCase(label: "decimal", kind: .decimal, cell: .decimal(1234.5), type: nil, style: "5", value: "1234.5"),
        CellCase(label: "integer in a decimal column", kind: .decimal, cell: .integer(3), type: nil, style: "5", value: "3"),
        CellCase(label: "decimal in an integer column is General", kind: .integer, cell: .decimal(0.25),
                 type: nil, style: nil, value: "0.25"),
        CellCase(label: "date is a serial", kind: .date, cell: .date(Day(year: 2026, month: 11, day: 22)!),
                 type: nil, style: "3", value: "46348"),
        CellCase(label: "leap day", kind: .date, cell: .date(Day(year: 2024, month: 2, day: 29)!),
                 type: nil, style: "3", value: "45351"),
        CellCase(label: "first real serial day", kind: .date, cell: .date(Day(year: 1900, month: 3, day: 1)!),
                 type: nil, style: "3", value: "61"),
        CellCase(label: "before Excel's calendar: ISO text", kind: .date, cell: .date(Day(year: 1900, month: 2, day: 28)!),
                 type: "inlineStr", style: "2", value: "1900-02-28"),
        CellCase(label: "date in a text column", kind: .text, cell: .date(Day(year: 2024, month: 1, day: 2)!),
                 type: "inlineStr", style: "2", value: "2024-01-02"),
        CellCase(label: "empty", kind: .integer, cell: .empty, type: nil, style: nil, value: nil),
        CellCase(label: "NaN is left empty", kind: .decimal, cell: .decimal(.nan), type: nil, style: nil, value: nil),
    ])
    func cellTypesAndStyles(_ c: CellCase) throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [Column(header: "值", kind: c.kind)])
        try writer.append(row: [c.cell])
        try writer.write(to: url)
        let cells = try WrittenWorkbook(url: url).cells
        #expect(cells.first == WrittenWorkbook.Cell(reference: "A1", type: "inlineStr", style: "1", value: "值"))
        let written = cells.dropFirst().first
        if let value = c.value {
            #expect(written == WrittenWorkbook.Cell(reference: "A2", type: c.type, style: c.style, value: value))
        } else {
            #expect(written == nil)
        }
    }

    struct EscapeCase: CustomTestStringConvertible, Sendable {
        let label: String, input: String, readBack: String, rawFragment: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        EscapeCase(label: "markup", input: "<script>alert(\"1\") & 'x'</script>",
                   readBack: "<script>alert(\"1\") & 'x'</script>",
                   rawFragment: "&lt;script&gt;alert(&quot;1&quot;) &amp; 'x'&lt;/script&gt;"),
        EscapeCase(label: "forbidden control characters dropped", input: "南昌\u{0B}科技\u{1F}\u{0}有限公司",
                   readBack: "南昌科技有限公司", rawFragment: "<t>南昌科技有限公司</t>"),
        EscapeCase(label: "CR survives", input: "a\r\nb\tc", readBack: "a\r\nb\tc", rawFragment: "a&#13;\nb\tc"),
        EscapeCase(label: "edge spaces preserved", input: " 前后有空格\u{3000}", readBack: " 前后有空格\u{3000}",
                   rawFragment: "<t xml:space=\"preserve\"> 前后有空格\u{3000}</t>"),
        EscapeCase(label: "Excel's own escape kept literal", input: "A_x0041_B", readBack: "A_x005F_x0041_B",
                   rawFragment: "A_x005F_x0041_B"),
        EscapeCase(label: "plain underscore untouched", input: "a_b_x12", readBack: "a_b_x12", rawFragment: "<t>a_b_x12</t>"),
        EscapeCase(label: "noncharacter dropped", input: "x\u{FFFE}y\u{FFFF}", readBack: "xy", rawFragment: "<t>xy</t>"),
    ])
    func escaping(_ c: EscapeCase) throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [Column(header: "企业名称")])
        try writer.append(row: [.text(c.input)])
        try writer.write(to: url)
        let workbook = try WrittenWorkbook(url: url)
        #expect(workbook.cells.last?.value == c.readBack)
        #expect(workbook.text("xl/worksheets/sheet1.xml").contains(c.rawFragment))
    }

    @Test func packageHasEveryPart() throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [Column(header: "a")], sheetName: "高企名单")
        try writer.write(to: url)
        let workbook = try WrittenWorkbook(url: url)
        #expect(workbook.parts.keys.sorted() == [
            "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/workbook.xml", "xl/worksheets/sheet1.xml",
        ])
        for path in workbook.parts.keys {
            #expect(!workbook.elements(path).isEmpty, "\(path) is well-formed XML")
        }
        let sheet = workbook.elements("xl/workbook.xml").first { $0.name == "sheet" }
        #expect(sheet?.attributes["name"] == "高企名单")
        let filter = workbook.elements("xl/workbook.xml").first { $0.name == "definedName" }
        #expect(filter?.text == "'高企名单'!$A$1:$A$1")
    }

    @Test func stylesDefineHeaderTextAndDate() throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [Column(header: "金额", kind: .decimal, decimalPlaces: 1),
                                              Column(header: "比例", kind: .decimal, decimalPlaces: 3)])
        try writer.write(to: url)
        let elements = try WrittenWorkbook(url: url).elements("xl/styles.xml")
        let formats = elements.filter { $0.name == "numFmt" }.map { "\($0.attributes["numFmtId"]!)=\($0.attributes["formatCode"]!)" }
        #expect(formats == ["164=yyyy-mm-dd", "165=0.0", "166=0.000"])
        let cellXfs = elements.drop { $0.name != "cellXfs" }.filter { $0.name == "xf" }
        #expect(cellXfs.map { $0.attributes["numFmtId"]! } == ["0", "49", "49", "164", "1", "165", "166"])
        #expect(cellXfs[1].attributes["fontId"] == "1")
        let fonts = elements.drop { $0.name != "fonts" }.prefix { $0.name != "fills" }
        #expect(fonts.filter { $0.name == "b" }.count == 1, "one bold font, for the header")
    }

    @Test func sheetFreezesFiltersAndSizesColumns() throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [
            Column(header: "统一社会信用代码"), Column(header: "企业名称"), Column(header: "到期日", kind: .date),
            Column(header: "n", kind: .integer), Column(header: "备注", width: 30),
        ])
        try writer.append(row: ["91360722MA35G1YK7R", "江西赣锋锂业集团股份有限公司", .date(Day(year: 2026, month: 11, day: 22)!), 7, ""])
        try writer.append(row: ["914403001922038216", "<A&B>", .empty, 123_456_789, .empty])
        try writer.write(to: url)
        let elements = try WrittenWorkbook(url: url).elements("xl/worksheets/sheet1.xml")
        let pane = try #require(elements.first { $0.name == "pane" })
        #expect(pane.attributes == ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        #expect(elements.first { $0.name == "autoFilter" }?.attributes["ref"] == "A1:E3")
        #expect(elements.first { $0.name == "dimension" }?.attributes["ref"] == "A1:E3")
        let cols = elements.filter { $0.name == "col" }
        // header 16 + 3 for the filter button, + 2 padding; name 28 + 2; date 10 vs header 6 + 3, + 2; digits 9 + 2; fixed.
        #expect(cols.map { $0.attributes["width"]! } == ["21", "30", "12", "11", "30"])
        #expect(cols.map { $0.attributes["style"] ?? "-" } == ["2", "2", "3", "-", "2"])
    }

    struct RowWidthCase: CustomTestStringConvertible, Sendable {
        let cells: Int
        var testDescription: String { "\(cells) cells for 2 columns" }
    }

    @Test(arguments: [RowWidthCase(cells: 1), RowWidthCase(cells: 3)])
    func rowsMustMatchColumns(_ c: RowWidthCase) throws {
        let writer = try XLSXWriter(columns: [Column(header: "a"), Column(header: "b")])
        #expect(throws: XLSXWriterError.rowWidth(row: 2, expected: 2, got: c.cells)) {
            try writer.append(row: Array(repeating: .empty, count: c.cells))
        }
    }

    @Test func refusesNoColumnsAndOverlongCells() throws {
        #expect(throws: XLSXWriterError.noColumns) { try XLSXWriter(columns: []) }
        let writer = try XLSXWriter(columns: [Column(header: "备注")])
        #expect(throws: XLSXWriterError.cellTooLong(row: 2, column: "备注", length: 32_768)) {
            try writer.append(row: [.text(String(repeating: "x", count: 32_768))])
        }
    }

    @Test func sameRowsSameBytes() throws {
        var files: [Data] = []
        for _ in 0..<2 {
            let url = temporaryXLSX()
            defer { try? FileManager.default.removeItem(at: url) }
            let writer = try XLSXWriter(columns: [Column(header: "名称"), Column(header: "数", kind: .integer)])
            try writer.append(row: ["甲", 1])
            try writer.write(to: url)
            files.append(try Data(contentsOf: url))
        }
        #expect(files[0] == files[1])
    }

    /// Crosses the 1 MB flush threshold several times, so rows come from the temporary file.
    @Test func streamsManyRows() throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(columns: [Column(header: "证书编号"), Column(header: "序号", kind: .integer),
                                              Column(header: "发证日期", kind: .date)])
        let issued = Day(year: 2023, month: 11, day: 22)!
        for i in 0..<50_000 {
            try writer.append(row: [.text("GR2023360\(100_000 + i)"), .integer(i), .date(issued)])
        }
        try writer.write(to: url)
        let workbook = try WrittenWorkbook(url: url)
        let sheet = workbook.text("xl/worksheets/sheet1.xml")
        #expect(sheet.hasSuffix("</worksheet>"))
        #expect(sheet.contains("<row r=\"50001\"><c r=\"A50001\" s=\"2\" t=\"inlineStr\"><is><t>GR2023360149999</t></is></c>"))
        #expect(writer.rowCount == 50_000)
    }

    struct NameCase: CustomTestStringConvertible, Sendable {
        let input: String, sheet: String
        var testDescription: String { "\(input) → \(sheet)" }
    }

    @Test(arguments: [
        NameCase(input: "高企名单", sheet: "高企名单"),
        NameCase(input: "a/b:c[d]*?\\", sheet: "abcd"),
        NameCase(input: "'quoted'", sheet: "quoted"),
        NameCase(input: "", sheet: "Sheet1"),
        NameCase(input: String(repeating: "长", count: 40), sheet: String(repeating: "长", count: 31)),
    ])
    func sheetNames(_ c: NameCase) {
        #expect(XLSXWriter.sanitizedSheetName(c.input) == c.sheet)
    }

    struct LettersCase: CustomTestStringConvertible, Sendable {
        let index: Int, letters: String
        var testDescription: String { "\(index) → \(letters)" }
    }

    @Test(arguments: [
        LettersCase(index: 0, letters: "A"), LettersCase(index: 25, letters: "Z"), LettersCase(index: 26, letters: "AA"),
        LettersCase(index: 701, letters: "ZZ"), LettersCase(index: 702, letters: "AAA"), LettersCase(index: 16_383, letters: "XFD"),
    ])
    func columnLetters(_ c: LettersCase) {
        #expect(XLSXWriter.columnLetters(c.index) == c.letters)
    }
}
