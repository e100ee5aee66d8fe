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
}
