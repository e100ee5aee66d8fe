import Foundation
import Testing
@testable import LadderKit

/// How a row's outcome depends (or must not depend) on other rows and earlier imports.
@Suite struct ImportRowOrderTests {
    @Test(arguments: EngineUnderTest.kinds) func aNewFirmNamedOnlyByCityKeepsTheCountyOfItsCode(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("city-only.csv", "统一社会信用代码,企业名称,所属地区\n91360722MA35G1YK7R,信丰众城矿业有限公司,赣州市\n")
        let registry = try FreshRegistry.on(kind)
        try importFile(path, into: registry)
        let profile = try registry.profile(of: "91360722MA35G1YK7R", asOf: day("2025-01-01"))
        #expect(profile.location.division.code == "360722")
    }

    @Test(arguments: EngineUnderTest.kinds) func aRepeatOfARejectedRowIsRejectedToo(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.b, name: "乙公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.b, number: CertificateNumber(trusted: "GR202436000101"), issued: day("2024-11-20"),
                                 context: context("2025-01-01T00:00:01Z"))
        let row = "91360722MA35G1YK7R,信丰众城矿业有限公司,GR202436000101,2024-11-20"
        let path = try scratch.write("twice.csv", "统一社会信用代码,企业名称,证书编号,发证日期\n\(row)\n\(row)\n")
        let report = try importFile(path, into: registry)
        #expect(report.rows == 2)
        #expect(report.rejected == 2)
        #expect(report.unchanged == 0)
        #expect(report.issues.map(\.row) == [2, 3])
        #expect(report.issues.map(\.column) == ["证书编号", "证书编号"])
    }

    @Test(arguments: EngineUnderTest.kinds) func aDryRunWritesNoRejectsFile(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("dry.csv", "统一社会信用代码,企业名称\n91350100M000100Y4Z,丙公司\n")
        var options = ImportOptions()
        options.dryRun = true
        let report = try Importer(registry: try FreshRegistry.on(kind), options: options,
                                  context: context("2025-01-01T00:00:00Z"), clock: { moment("2025-01-01T00:00:01Z") })
            .run(path: path)
        #expect(report.rejected == 1)
        #expect(report.rejectsPath == nil)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("dry.rejects.csv")))
    }

    /// Rows already applied are recognised on a second import without being parsed again; a
    /// repeated firm after such a row is still caught.
    @Test(arguments: EngineUnderTest.kinds) func aSecondImportRecognisesAppliedRowsAndStillCatchesConflicts(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let header = "统一社会信用代码,企业名称,成立日期,职工总数\n"
        let row = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,120\n"
        try importFile(try scratch.write("first.csv", header + row), into: registry) { $0.year = 2024 }
        let again = try importFile(try scratch.write("again.csv", header + row + row), into: registry) { $0.year = 2024 }
        #expect((again.rows, again.unchanged, again.rejected) == (2, 2, 0))
        let changed = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,130\n"
        let conflict = try importFile(try scratch.write("conflict.csv", header + row + changed), into: registry) {
            $0.year = 2024
        }
        #expect((conflict.rows, conflict.unchanged, conflict.rejected) == (2, 1, 1))
        #expect(conflict.issues.first?.message == "the same firm and year (2024) is on row 2 with different figures; "
            + "keep one row per firm and year (this row was not recorded)")
        // Another year is another record: the same cells under --year 2025 are applied.
        let nextYear = try importFile(try scratch.write("next.csv", header + row), into: registry) { $0.year = 2025 }
        #expect((nextYear.unchanged, nextYear.newFacts) == (0, 1))
    }

    @Test(arguments: EngineUnderTest.kinds) func anEarlierRejectsFileIsKeptNotOverwritten(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("bad.csv", "统一社会信用代码,企业名称\n91350100M000100Y4Z,丙公司\n")
        try importFile(path, into: try FreshRegistry.on(kind))
        try "edited by hand".write(toFile: scratch.path("bad.rejects.csv"), atomically: true, encoding: .utf8)
        let report = try importFile(path, into: try FreshRegistry.on(kind))
        let kept = try #require(report.notes.last?.replacingOccurrences(of: "the earlier rejects file was kept as ", with: ""))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "edited by hand")
        #expect(kept.hasPrefix(scratch.path("bad.rejects.")) && kept.hasSuffix(".csv"))
        #expect(try scratch.read("bad.rejects.csv").contains("91350100M000100Y4Z"))
    }

    @Test(arguments: EngineUnderTest.kinds) func namesMatchAcrossFullWidthAndASCIIBrackets(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.a, name: "江西铜业(集团)有限公司", context: context("2025-01-01T00:00:00Z"))
        let path = try scratch.write("brackets.csv", "企业名称,证书编号,发证日期\n江西铜业（集团）有限公司,GR202436000101,2024-11-20\n")
        let report = try importFile(path, into: registry)
        #expect(report.rejected == 0)
        #expect(report.newEvents == 1)
    }

    /// A row identical to the one that last set a firm is not taken as unchanged once an earlier
    /// row of the same file (naming the firm without its code) has changed the firm — whether the
    /// fingerprints on file were loaded up front (small registry) or looked up per row (large).
    @Test(arguments: [0, 40], EngineUnderTest.kinds)
    func aRowAfterAnEarlierChangeToItsFirmIsChecked(otherFirms: Int, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        for n in 0..<otherFirms {
            _ = try registry.add(ImportCodes.filler(n), name: "填充公司\(n)", context: context("2025-01-01T00:00:00Z"))
        }
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        let header = "统一社会信用代码,原企业名称,现企业名称\n"
        let row = "91360722MA35G1YK7R,信丰众城矿业有限公司,信丰众城新材料有限公司\n"
        try importFile(try scratch.write("first.csv", header + row), into: registry) { $0.effective = day("2025-02-01") }
        let report = try importFile(try scratch.write("renamed.csv", header + ",信丰众城新材料有限公司,赣州众城新材料有限公司\n" + row),
                                    into: registry) { $0.effective = day("2025-02-01") }
        #expect((report.rows, report.newEvents, report.unchanged, report.rejected) == (2, 1, 1, 0))
        #expect(report.issues.map(\.row) == [3])
        #expect(report.issues.map(\.severity) == [.warning])
        let profile = try registry.profile(of: "91360722MA35G1YK7R", asOf: day("2025-03-01"))
        #expect(profile.name == "赣州众城新材料有限公司")
    }

    /// A row rejected by the checks leaves its firm's stored row recognised as before: a later
    /// copy of that row is unchanged, and a differently written row after it is the same firm twice.
    @Test(arguments: [0, 40], EngineUnderTest.kinds)
    func aRejectedRowDoesNotChangeHowTheStoredRowIsRecognised(otherFirms: Int, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        for n in 0..<otherFirms {
            _ = try registry.add(ImportCodes.filler(n), name: "填充公司\(n)", context: context("2025-01-01T00:00:00Z"))
        }
        _ = try registry.add(Codes.b, name: "乙公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.b, number: CertificateNumber(trusted: "GR202436000101"), issued: day("2024-11-20"),
                                 context: context("2025-01-01T00:00:01Z"))
        let header = "统一社会信用代码,企业名称,成立日期,证书编号,发证日期\n"
        let row = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,,\n"
        try importFile(try scratch.write("first.csv", header + row), into: registry)
        let taken = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,GR202436000101,2024-11-20\n"
        let spaced = "91360722MA35G1YK7R,信丰众城矿业有限公司 ,2015-12-01,,\n"
        let report = try importFile(try scratch.write("second.csv", header + taken + row + spaced), into: registry)
        #expect((report.rows, report.unchanged, report.rejected) == (3, 1, 2))
        #expect(report.issues.map(\.row) == [2, 4])
        #expect(report.issues.last?.message == "the same firm is on row 3 with different values; keep one row per firm "
            + "(this row was not recorded)")
    }
}
