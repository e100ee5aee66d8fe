import Testing
@testable import LadderKit

/// The parser reads a CSV record's bytes (plain figures, days and places without making their
/// text): every row must come out exactly as the same cells held as values, faults included.
@Suite struct RowParserBytesTests {
    static let header = ["统一社会信用代码", "企业名称", "所属地区", "行政区划代码", "成立日期", "所属行业/技术领域", "职工总数",
                         "科技人员数", "年销售收入(万元)", "资产总额(万元)", "研发费用(万元)", "高新技术产品收入(万元)",
                         "I类知识产权数", "II类知识产权数", "科技型中小企业入库编号", "高新技术企业证书编号", "发证日期", "备注"]

    struct RowCase: CustomTestStringConvertible, Sendable {
        let name: String
        let cells: [String]
        /// The 年销售收入 in yuan when the row is accepted, nil when it is rejected (worked out by hand).
        let income: Int64?
        var testDescription: String { name }
    }

    static func row(code: String = "91360733746860349F", region: String = "赣州市", division: String = "360733",
                    founded: String = "1997-09-14", staff: String = "53", income: String = "9472.38",
                    certificate: String = "", issued: String = "", note: String = "") -> [String] {
        [code, "赣州正泽医疗器械有限公司", region, division, founded, "生物与新医药", staff, "13", income, "10853.12",
         "542.06", "3306.76", "3", "3", "", certificate, issued, note]
    }

    static func name(_ name: String) -> [String] {
        var cells = row()
        cells[1] = name
        return cells
    }

    static let cases: [RowCase] = [
        RowCase(name: "a generated row", cells: row(), income: 94_723_800),
        RowCase(name: "a county and a city", cells: row(region: "南昌县", division: ""), income: 94_723_800),
        RowCase(name: "a place that contradicts the code", cells: row(region: "南昌市"), income: 94_723_800),
        RowCase(name: "an unknown place", cells: row(region: "火星", division: ""), income: 94_723_800),
        RowCase(name: "days in other forms", cells: row(founded: "1997/9/14"), income: 94_723_800),
        RowCase(name: "a day without separators", cells: row(founded: "19970914"), income: 94_723_800),
        RowCase(name: "a day in Chinese", cells: row(founded: "1997年9月14日"), income: 94_723_800),
        RowCase(name: "an impossible day", cells: row(founded: "1997-02-30"), income: nil),
        RowCase(name: "an Excel serial day", cells: row(founded: "35687"), income: 94_723_800),
        RowCase(name: "full-width figures", cells: row(staff: "５３", income: "９４７２．３８"), income: 94_723_800),
        RowCase(name: "grouped thousands", cells: row(income: "1,234"), income: 12_340_000),
        RowCase(name: "a unit in the cell", cells: row(income: "500元"), income: 500),
        RowCase(name: "an approximate amount", cells: row(income: "约500"), income: nil),
        RowCase(name: "a staff count with a unit", cells: row(staff: "53人"), income: 94_723_800),
        RowCase(name: "a fractional staff count", cells: row(staff: "5.5"), income: nil),
        RowCase(name: "a code with spaces around it", cells: row(code: " 91360733746860349F "), income: 94_723_800),
        RowCase(name: "a wrong check character", cells: row(code: "91360733746860349A"), income: nil),
        RowCase(name: "a certificate and its day", cells: row(certificate: "GR202336000123", issued: "2023-11-02"),
                income: 94_723_800),
        RowCase(name: "a certificate issued in another year", cells: row(certificate: "GR202336000123", issued: "2021-11-02"),
                income: nil),
        RowCase(name: "a note over two lines", cells: row(note: "第一行\n第二行"), income: 94_723_800),
        RowCase(name: "a line break in the code", cells: row(code: "913607337\n46860349F"), income: nil),
        RowCase(name: "赣江新区 as the city", cells: row(region: "赣江新区"), income: 94_723_800),
        RowCase(name: "赣江新区 after a city", cells: row(region: "南昌市赣江新区", division: ""), income: 94_723_800),
        RowCase(name: "a zone word alone", cells: row(region: "高新区", division: ""), income: 94_723_800),
        RowCase(name: "a city with spaces around it", cells: row(region: " 赣州市 ", division: ""), income: 94_723_800),
        RowCase(name: "a county in the city column", cells: row(region: "章贡区", division: ""), income: 94_723_800),
        RowCase(name: "an address", cells: row(region: "江西省赣州市章贡区", division: ""), income: 94_723_800),
        RowCase(name: "a city without its 市", cells: row(region: "赣州", division: ""), income: 94_723_800),
        RowCase(name: "more tech staff than staff", cells: row(staff: "5"), income: nil),
        // Plain figures read from their bytes, at their edges.
        RowCase(name: "an income of eight bytes", cells: row(income: "12345.67"), income: 123_456_700),
        RowCase(name: "an income of nine bytes", cells: row(income: "123456.78"), income: 1_234_567_800),
        RowCase(name: "an income of one yuan", cells: row(income: "0.0001"), income: 1),
        RowCase(name: "an income below one yuan", cells: row(income: "0.00001"), income: nil),
        RowCase(name: "a staff count with leading zeros", cells: row(staff: "00053"), income: 94_723_800),
        RowCase(name: "a staff count of eight digits", cells: row(staff: "12345678"), income: 94_723_800),
        // A record without line breaks is told to fit by its cells' lengths alone: each shape's edge.
        RowCase(name: "a name of 200 bytes", cells: name(String(repeating: "x", count: 200)), income: 94_723_800),
        RowCase(name: "a name of 201 bytes", cells: name(String(repeating: "x", count: 201)), income: nil),
        RowCase(name: "a code cell of 40 bytes", cells: row(code: String(repeating: "9", count: 40)), income: nil),
        RowCase(name: "a code cell of 41 bytes", cells: row(code: String(repeating: "9", count: 41)), income: nil),
        RowCase(name: "a note of 2,000 bytes", cells: row(note: String(repeating: "x", count: 2_000)), income: 94_723_800),
        RowCase(name: "a note of 2,001 bytes", cells: row(note: String(repeating: "x", count: 2_001)), income: nil),
        RowCase(name: "a division code with a space", cells: row(division: "360733 "), income: 94_723_800),
        RowCase(name: "a division code of five digits", cells: row(division: "36073"), income: 94_723_800),
        RowCase(name: "a division code starting with 0", cells: row(division: "060733"), income: 94_723_800),
        RowCase(name: "a code in lower case", cells: row(code: "91360733746860349f"), income: 94_723_800),
    ]

    @Test(arguments: cases)
    func sameAsValues(_ c: RowCase) {
        let header = RowParserBytesTests.header
        var options = ImportOptions()
        options.year = 2023  // so that the figures are kept, to be compared
        let parser = RowParser(columns: HeaderMatcher.match(header), headers: header, kind: .roster, options: options,
                               today: Day(year: 2026, month: 1, day: 1)!, fileName: "roster.csv", isCSV: true)
        let bytes = ReadingTests.RowTextCellsTests.byteRow(c.cells)
        let values = ReadingTests.RowTextCellsTests.valueRow(c.cells)
        #expect(parser.rawKey(bytes) == parser.rawKey(values))
        #expect(parser.code(of: bytes) == parser.code(of: values))
        let read = parser.parse(bytes, code: parser.code(of: bytes)), expected = parser.parse(values, code: parser.code(of: values))
        #expect(read.errors == expected.errors)
        #expect(read.warnings == expected.warnings)
        #expect(String(describing: read.row) == String(describing: expected.row))
        let income = read.row.facts?.values.first { $0.key == ImportField.revenue.rawValue }?.value
        #expect(read.errors.isEmpty == (c.income != nil))
        if let yuan = c.income { #expect(income == .number(yuan)) }
    }

    /// Without a year the figures are not kept, but a bad one still rejects its row, and a part
    /// above its whole too: as the same cells held as values.
    @Test(arguments: cases)
    func sameAsValuesWithoutYear(_ c: RowCase) {
        let header = RowParserBytesTests.header
        let parser = RowParser(columns: HeaderMatcher.match(header), headers: header, kind: .roster, options: ImportOptions(),
                               today: Day(year: 2026, month: 1, day: 1)!, fileName: "roster.csv", isCSV: true)
        let bytes = ReadingTests.RowTextCellsTests.byteRow(c.cells)
        let values = ReadingTests.RowTextCellsTests.valueRow(c.cells)
        let read = parser.parse(bytes, code: parser.code(of: bytes)), expected = parser.parse(values, code: parser.code(of: values))
        #expect(read.errors == expected.errors)
        #expect(read.warnings == expected.warnings)
        #expect(String(describing: read.row) == String(describing: expected.row))
        #expect(read.row.facts == nil)
        #expect(read.errors.isEmpty == (c.income != nil))
        #expect(read.factsWithoutYear == expected.factsWithoutYear)
        // Every accepted row here has figures, which a file without a year cannot keep.
        if c.income != nil { #expect(read.factsWithoutYear) }
    }
}
