import Foundation
import Testing
@testable import LadderKit

/// .xlsx imported end to end: the same roster written by openpyxl (inline strings) and re-saved
/// by LibreOffice (shared strings), with date cells, numbers, a sparse row and an empty row.
@Suite struct ImportWorkbookTests {
    /// Row 2: date cells with format 14 (43563 = 2019-04-08) and a custom 年月日 format (45642 =
    /// 2024-12-16); 1234.56 万元. Row 3: a digits-only code as text. Row 4: sparse (no 成立日期, no
    /// 职工总数). Row 5: empty. Row 6: 成立日期 as the plain number 45052 (2023-05-06), no figures.
    static let firms = [
        StoredFirm(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司", founded: "2019-04-08",
                   facts: [2024: AnnualFacts(employees: 120, revenue: 12_345_600)],
                   held: [.init(tier: .hnte, number: "GR202436000101", start: "2024-12-16", end: "2027-12-16")]),
        StoredFirm(code: ImportCodes.f, name: "宜春袁州新材料有限公司", founded: "2016-09-30",
                   facts: [2024: AnnualFacts(employees: 85, revenue: 5_000_000)]),
        StoredFirm(code: ImportCodes.d, name: "南昌嘉创软件有限公司", facts: [2024: AnnualFacts(revenue: 8_000_000)]),
        StoredFirm(code: ImportCodes.g, name: "抚州临川生物科技有限公司", founded: "2023-05-06"),
    ]

    @Test(arguments: ["openpyxl-roster.xlsx", "libreoffice-roster.xlsx"])
    func workbookRosterLandsWithItsValues(_ fixture: String) throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy(fixture), into: registry)
        #expect(report.encoding == "xlsx")
        #expect(report.kind == .roster)
        #expect(report.rows == 4, "the empty row 5 is no row")
        let counts: [Int] = [report.newEnterprises, report.newEvents, report.newFacts, report.rejected, report.warnings]
        #expect(counts == [4, 1, 3, 0, 0])
        // A serial number in a workbook's date column is how Excel stores days: no warning, unlike CSV.
        #expect(report.issues == [])
        #expect(report.notes == [])
        for firm in ImportWorkbookTests.firms { try firm.verify(in: registry) }
    }

    @Test(arguments: ["openpyxl-roster.xlsx", "libreoffice-roster.xlsx"])
    func workbookImportedAgainAddsNothing(_ fixture: String) throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let path = try scratch.copy(fixture)
        try importFile(path, into: registry)
        let again = try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
        let counts: [Int] = [again.newEnterprises, again.newEvents, again.newFacts, again.unchanged, again.rejected]
        #expect(counts == [0, 0, 0, 4, 0])
        #expect(again.earlierBatches == [1])
    }

    /// A code column stored as numbers: Excel writes 17 significant digits in scientific form, or
    /// an integer with its last digits lost. Both are rejected with the fix; the text row lands.
    @Test func creditCodesStoredAsNumbersAreRejected() throws {
        let scratch = try ImportScratch()
        let path = scratch.path("numeric-codes.xlsx")
        let inline = { (ref: String, text: String) in "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        let rows = "<row r=\"1\">" + inline("A1", "统一社会信用代码") + inline("B1", "企业名称") + inline("C1", "成立日期") + "</row>"
            + "<row r=\"2\"><c r=\"A2\"><v>9.1360902123456794E+17</v></c>" + inline("B2", "宜春袁州新材料有限公司")
            + "<c r=\"C2\"><v>42643</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>913609021234568000</v></c>" + inline("B3", "宜春袁州新材料有限公司")
            + "<c r=\"C3\"><v>42643</v></c></row>"
            + "<row r=\"4\">" + inline("A4", ImportCodes.f) + inline("B4", "宜春袁州新材料有限公司")
            + "<c r=\"C4\"><v>42643</v></c></row>"
        try Data(TestWorkbook.bytes(rows)).write(to: URL(fileURLWithPath: path))
        let registry = try Registry.inMemory()
        let report = try importFile(path, into: registry)
        let fix = "the column was stored as a number; re-export it as text"
        #expect(report.issues == [
            rejected(2, "统一社会信用代码", "9.1360902123456794E+17",
                     "'9.1360902123456794E+17' is a number in scientific notation, not a credit code: \(fix)"),
            // The check character of 91360902123456800 is P, not 0.
            rejected(3, "统一社会信用代码", "913609021234568000",
                     "'913609021234568000' ends in 000 and fails the check: Excel dropped its last digits (\(fix))"),
        ])
        // 42643 = 2016-09-30 (2016-01-01 is 42370, plus 273 days).
        try StoredFirm(code: ImportCodes.f, name: "宜春袁州新材料有限公司", founded: "2016-09-30").verify(in: registry)
    }

    /// Formula results carry binary noise in their 16th and 17th digits; Excel shows 15.
    @Test func formulaNoiseInWorkbookNumbersIsRoundedAsExcelShowsIt() throws {
        let scratch = try ImportScratch()
        let path = scratch.path("formula-noise.xlsx")
        let inline = { (ref: String, text: String) in "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        let rows = "<row r=\"1\">" + inline("A1", "统一社会信用代码") + inline("B1", "企业名称") + inline("C1", "年度")
            + inline("D1", "年销售收入(万元)") + inline("E1", "职工总数") + "</row>"
            + "<row r=\"2\">" + inline("A2", ImportCodes.c) + inline("B2", "南昌瑞恒电子科技有限公司")
            + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>1358.0160000000001</v></c><c r=\"E2\"><v>120.00000000000001</v></c></row>"
        try Data(TestWorkbook.bytes(rows)).write(to: URL(fileURLWithPath: path))
        let registry = try Registry.inMemory()
        let report = try importFile(path, into: registry)
        #expect(report.issues == [])
        // 1358.016 万元 = 13,580,160 元.
        try StoredFirm(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司",
                       facts: [2024: AnnualFacts(employees: 120, revenue: 13_580_160)]).verify(in: registry)
    }
}
