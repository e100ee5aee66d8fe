import Foundation
import GRDB
import Testing
@testable import LadderKit

/// A legacy .xls imported end to end, against the CSV LibreOffice exported from the same sheet
/// (`Fixtures/xls/roster-import.*`): typed cells (date cells, RK and NUMBER values) must land
/// exactly as the text of the CSV does.
@Suite struct ImportLegacyWorkbookTests {
    static func fixture(_ name: String, in scratch: ImportScratch) throws -> String {
        let source = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/xls/\(name)").path
        try FileManager.default.copyItem(atPath: source, toPath: scratch.path(name))
        return scratch.path(name)
    }

    /// Every row of the tables an import writes, as text, without ids of the batch's file.
    static func contents(of registry: Registry) throws -> [String: [String]] {
        try registry.read { db in
            var tables: [String: [String]] = [:]
            for table in ["enterprise", "event", "fact", "profile_version"] {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map { row in
                    // The digest fingerprints the raw cells, which differ by format by design.
                    row.columnNames.filter { $0 != "row_digest" }.map { "\($0)=\(row[$0] as DatabaseValue)" }
                        .joined(separator: " ")
                }
            }
            return tables
        }
    }

    @Test func xlsAndItsCSVExportImportAlike() throws {
        let scratch = try ImportScratch()
        let fromXLS = try Registry.inMemory(), fromCSV = try Registry.inMemory()
        let xls = try importFile(try Self.fixture("roster-import.xls", in: scratch), into: fromXLS)
        let csv = try importFile(try Self.fixture("roster-import.csv", in: scratch), into: fromCSV)
        #expect(xls.encoding == "xls")
        #expect(csv.encoding == "utf-8")
        for report in [xls, csv] {
            let counts = [report.rows, report.newEnterprises, report.newEvents, report.newFacts, report.rejected,
                          report.warnings]
            // 5 firms; 3 科小 admissions and 2 高企 certificates; 5 years of figures.
            #expect(counts == [5, 5, 5, 5, 0, 0])
            #expect(report.issues == [])
        }
        let tables = try Self.contents(of: fromXLS)
        #expect(tables.mapValues(\.count) == ["enterprise": 5, "event": 5, "fact": 5, "profile_version": 0])
        #expect(tables == (try Self.contents(of: fromCSV)))

        // One firm worked out by hand: 1234.56 万元 = 12,345,600 元; 85.5 万元 = 855,000 元; the
        // 科小 number's year ends on 31 December; the certificate runs three years.
        try StoredFirm(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司", founded: "2019-04-08", division: "360102",
                       facts: [2024: AnnualFacts(employees: 120, techStaff: 36, revenue: 12_345_600, rdExpense: 855_000)],
                       held: [.init(tier: .tsme, number: "2024360102A0000001", start: "2024-05-06", end: "2024-12-31"),
                              .init(tier: .hnte, number: "GR202436000101", start: "2024-12-16", end: "2027-12-16")])
            .verify(in: fromXLS)
    }

    /// A code column stored as numbers in an .xls: the double prints in exponent form, as in an
    /// .xlsx, and is rejected with the fix; the text row lands, its day from a serial number.
    @Test func creditCodesStoredAsNumbersAreRejected() throws {
        typealias B = BIFFBuilder
        let scratch = try ImportScratch()
        let path = scratch.path("numeric-codes.xls")
        let globals = B.xfs(formats: [14]) + [B.sst(["统一社会信用代码", "企业名称", "成立日期", "宜春袁州新材料有限公司"])]
        let cells = [
            B.labelSST(0, 0, 0), B.labelSST(0, 1, 1), B.labelSST(0, 2, 2),
            // 913609021234567883 typed into a number cell: the nearest double, 913609021234567936, is
            // also the nearest to 9.13609021234568E+17 (doubles there are 128 apart), its shortest text.
            B.number(1, 0, 913_609_021_234_567_883), B.labelSST(1, 1, 3), B.rk(1, 2, 42643 << 2 | 2, xf: 16),
            // The day as a plain number (format General): how Excel stores days, so no warning as a CSV gets.
            B.label(2, 0, ImportCodes.f), B.labelSST(2, 1, 3), B.rk(2, 2, 42643 << 2 | 2),
        ]
        try Data(B.file(globals: globals, sheets: [("Sheet1", cells)])).write(to: URL(fileURLWithPath: path))
        let registry = try Registry.inMemory()
        let report = try importFile(path, into: registry)
        #expect(report.issues == [
            rejected(2, "统一社会信用代码", "9.13609021234568E+17", "'9.13609021234568E+17' is a number in scientific "
                + "notation, not a credit code: the column was stored as a number; re-export it as text"),
        ])
        // 42643 = 2016-09-30.
        try StoredFirm(code: ImportCodes.f, name: "宜春袁州新材料有限公司", founded: "2016-09-30").verify(in: registry)
    }
}
