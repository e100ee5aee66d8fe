import Foundation
import Testing
@testable import LadderKit

/// A firm named like a spreadsheet formula is exported as text a spreadsheet will not run (CSV:
/// a leading apostrophe, as OWASP recommends; .xlsx: a string cell, never a formula) and reads
/// back as the same name.
@Suite struct FormulaGuardTests {
    static let evil = "=HYPERLINK(\"http://x\",\"点击\")"

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+86 791", "'+86 791"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("\rx", "'\rx"), ("江西众城", "江西众城"), ("'quoted", "'quoted"), ("", ""), ("a=b", "a=b"),
    ])
    func neutralisesWhatWouldStartAFormula(text: String, written: String) {
        #expect(FormulaGuard.neutralized(text) == written)
        #expect(FormulaGuard.restored(written) == text)
    }

    @Test func anExportedNameIsTextInCSVAndXLSXAndReadsBack() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: FormulaGuardTests.evil, context: context("2024-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2024-01-01T00:00:00Z", override: "名单"))
        let export = try registry.export(tier: .hnte, asOf: day("2024-06-30"))
        let csv = String(decoding: export.exportData(.csv), as: UTF8.self)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\","))

        let xlsx = scratch.path("export.xlsx")
        try export.write(.xlsx, to: URL(fileURLWithPath: xlsx))
        let reader = try TableFile.open(path: xlsx)
        let row = try #require(try reader.next())
        #expect(row.cells[1] == .text(FormulaGuardTests.evil))

        // The CSV's cell, imported as a roster's name, is the firm's name as registered: nothing to rename.
        let roster = try scratch.write("roster.csv", "统一社会信用代码,企业名称\n\(Codes.a.text),\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\"\n")
        let report = try importFile(roster, into: registry)
        #expect(report.unchanged == 1)
        #expect(report.newEvents == 0)
    }
}
