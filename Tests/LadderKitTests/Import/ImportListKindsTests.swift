import Foundation
import Testing
@testable import LadderKit

/// Published lists (selection, rename, cancellation) and rows that must not undo recorded changes.
@Suite struct ImportListKindsTests {
    /// Firm A certified GR202336000123 on 2023-11-22 and admitted 2024360722A0000001 on 2024-05-06.
    static func registry(on kind: EngineUnderTest.Kind) throws -> Registry {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                          context: context("2025-01-01T00:00:01Z"))
        _ = try r.admit(Codes.a, number: TsmeNumber(trusted: "2024360722A0000001"), effective: day("2024-05-06"),
                        context: context("2025-01-01T00:00:02Z"))
        return r
    }

    @Test(arguments: EngineUnderTest.kinds) func aCancellationFromTheIssueYearEndsTheCertificateFromItsStart(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("cancel.csv", "企业名称,证书编号,取消年度,取消原因\n信丰众城矿业有限公司,GR202336000123,2023,弄虚作假\n")
        let report = try importFile(path, into: r)
        #expect(report.kind == .revocationList)
        #expect(report.rejected == 0)
        #expect(report.newEvents == 1)
        let q = try r.profile(of: Codes.a.text, asOf: day("2025-01-01")).qualifications.first { $0.qualification.tier == .hnte }
        #expect(q?.qualification.revokedOn == day("2023-11-22"))
        #expect(q?.status == .revoked)
        #expect(report.notes.last == "cancellations given by 取消年度 alone were dated 1 January of that year (or the "
            + "qualification's start, when it began later that year); add a 取消日期 column for the exact day")
        // The same list again: unchanged.
        #expect(try importFile(path, into: r).newEvents == 0)
    }

    @Test(arguments: EngineUnderTest.kinds) func aNumberOfAnotherFirmWithThisNameIsRejected(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("rename.csv", "原企业名称,现企业名称,证书编号\n别的公司,新名称有限公司,GR202336000123\n")
        let report = try importFile(path, into: r) { $0.effective = day("2025-03-01") }
        #expect(report.kind == .renameList)
        #expect(report.rejected == 1)
        #expect(report.issues.first?.message == "GR202336000123 belongs to 91360722MA35G1YK7R '信丰众城矿业有限公司', whose "
            + "names do not include '别的公司'; check the number and the name")
    }

    @Test(arguments: EngineUnderTest.kinds) func aRenameListRenamesFromItsDay(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("rename.csv", "原企业名称,现企业名称,证书编号\n信丰众城矿业有限公司,江西众城新材料有限公司,GR202336000123\n")
        let report = try importFile(path, into: r) { $0.effective = day("2025-03-01") }
        #expect(report.newEvents == 1)
        #expect(try r.profile(of: Codes.a.text, asOf: day("2025-02-28")).name == "信丰众城矿业有限公司")
        #expect(try r.profile(of: Codes.a.text, asOf: day("2025-03-01")).name == "江西众城新材料有限公司")
    }

    @Test(arguments: EngineUnderTest.kinds) func aSelectionListRecordsTheCategoryAndYear(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("gazelles.csv", "统一社会信用代码,企业名称,类别\n91360722MA35G1YK7R,信丰众城矿业有限公司,潜在瞪羚\n")
        let report = try importFile(path, into: r) { $0.effective = day("2025-07-01"); $0.tier = .growth }
        #expect(report.kind == .selectionList)
        #expect(report.newEvents == 1)
        let q = try r.profile(of: Codes.a.text, asOf: day("2025-07-01")).qualifications.first { $0.qualification.tier == .growth }
        #expect(q?.qualification.category == .potentialGazelle)
        #expect(q?.qualification.year == 2025)
        #expect(q?.qualification.end == day("2026-07-01"))
    }

    /// Only names and codes: --tier and --category make it a selection list (not a roster that
    /// records nothing), and its 发布日期 column is the day it takes effect.
    @Test(arguments: EngineUnderTest.kinds) func aListOfNamesWithTierAndCategoryIsASelectionList(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("leaders.csv", "序号,企业名称,统一社会信用代码,发布日期\n1,信丰众城矿业有限公司,91360722MA35G1YK7R,2024-02-29\n")
        let report = try importFile(path, into: r) { $0.tier = .leader; $0.category = .leader; $0.year = 2024 }
        #expect((report.kind, report.newEvents, report.rejected) == (.selectionList, 1, 0))
        let q = try r.profile(of: Codes.a.text, asOf: day("2024-03-01")).qualifications.first { $0.qualification.tier == .leader }
        #expect(q?.qualification.start == day("2024-02-29"))
        #expect(q?.qualification.end == day("2025-02-28"))
    }

    /// A list's place column does not move the firm; a place other than the registry's is said.
    @Test(arguments: [("九江市", true), ("赣州市", false)], EngineUnderTest.kinds)
    func aListPlacingAFirmElsewhereIsReportedNotRecorded(_ place: (city: String, reported: Bool), _ kind: EngineUnderTest.Kind) throws {
        let (city, reported) = place
        let r = try ImportListKindsTests.registry(on: kind)
        let scratch = try ImportScratch()
        let path = try scratch.write("list.csv", "统一社会信用代码,企业名称,证书编号,发证日期,所属地区\n"
            + "91360722MA35G1YK7R,信丰众城矿业有限公司,GR202536000009,2025-11-20,\(city)\n")
        let report = try importFile(path, into: r)
        #expect((report.newEvents, report.rejected) == (1, 0))
        #expect(report.issues.map(\.message) == (reported ? ["the list places the firm in 360400 九江市, the registry in "
            + "360722 信丰县; lists do not move firms: import a roster or use `ladder relocate` if it moved"] : []))
        #expect(try r.profile(of: Codes.a.text, asOf: day("2025-12-01")).location.division.code == "360722")
    }

    @Test(arguments: EngineUnderTest.kinds) func aPublishedListWithARegionColumnIsAListNotARoster(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("list.csv", "序号,企业名称,证书编号,发证日期,所属地区,统一社会信用代码\n"
            + "1,信丰众城矿业有限公司,GR202536000001,2025-11-20,赣州市,91360722MA35G1YK7R\n")
        let report = try importFile(path, into: try FreshRegistry.on(kind))
        #expect(report.kind == .hnteList)
    }

    @Test(arguments: EngineUnderTest.kinds) func anOlderRosterDoesNotUndoARenameOrAMove(_ kind: EngineUnderTest.Kind) throws {
        let r = try ImportListKindsTests.registry(on: kind)
        _ = try r.rename(Codes.a, to: "江西众城新材料有限公司", effective: day("2025-03-01"), context: context("2025-03-02T00:00:00Z"))
        _ = try r.relocate(Codes.a, to: Location(division: RegionCode(trusted: "360112"), zone: .ganjiang),
                           effective: day("2025-06-01"), context: context("2025-06-02T00:00:00Z"))
        let scratch = try ImportScratch()
        let path = try scratch.write("old.csv", "统一社会信用代码,企业名称,行政区划代码,成立日期\n"
            + "91360722MA35G1YK7R,信丰众城矿业有限公司,360722,2015-12-01\n")
        let report = try importFile(path, into: r, at: "2025-07-01T02:00:00Z")
        #expect(report.newEvents == 0)
        #expect(report.issues.map(\.severity) == [.warning, .warning])
        let now = try r.profile(of: Codes.a.text, asOf: day("2025-12-31"))
        #expect(now.name == "江西众城新材料有限公司")
        #expect(now.location == Location(division: RegionCode(trusted: "360112"), zone: .ganjiang))
    }

    @Test(arguments: EngineUnderTest.kinds) func aRowNamingTheFirmsOwnDivisionKeepsItsZone(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", location: Location(division: RegionCode(trusted: "360112"), zone: .ganjiang),
                      context: context("2025-01-01T00:00:00Z"))
        let scratch = try ImportScratch()
        let path = try scratch.write("roster.csv", "统一社会信用代码,企业名称,行政区划代码,成立日期\n91360722MA35G1YK7R,甲公司,360112,2015-12-01\n")
        let report = try importFile(path, into: r)
        #expect(report.newEvents == 0)
        #expect(try r.profile(of: Codes.a.text, asOf: day("2025-12-31")).location.zone == .ganjiang)
    }

    @Test(arguments: EngineUnderTest.kinds) func aRostersEffectiveDayDoesNotDateItsCertificates(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("roster.csv", "统一社会信用代码,企业名称,成立日期,证书编号\n91360722MA35G1YK7R,甲公司,2015-12-01,GR202536000001\n")
        let report = try importFile(path, into: try FreshRegistry.on(kind)) { $0.effective = day("2025-06-30") }
        #expect(report.rejected == 1)
        #expect(report.issues.first?.message == "GR202536000001 has no issue day, so it cannot be dated: add a 发证日期 column")
    }
}
