import Foundation
import GRDB
import Testing
@testable import LadderKit

/// A roster that corrects a firm's profile (founding day, field, contact, phone) records a
/// version; the row as first registered stays, and reads known at a moment see the profile of
/// that moment — so a count by field is reproducible after the correction, and after its undoing.
@Suite struct ImportProfileCorrectionTests {
    static let header = "统一社会信用代码,企业名称,成立日期,技术领域,联系人,联系电话,高新技术企业证书编号,发证日期\n"
    static let first = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,新材料,张三,0797-1234567,GR202436000101,2024-11-20\n"
    static let corrected = "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,电子信息,张三,0797-7654321,GR202436000101,2024-11-20\n"
    static let code = "91360722MA35G1YK7R"

    /// Imported at 2025-03-01T02:00Z, corrected at 2025-04-01T02:00Z (batch 2).
    static func corrected(_ scratch: ImportScratch, on kind: EngineUnderTest.Kind) throws -> (Registry, ImportReport) {
        let registry = try FreshRegistry.on(kind)
        try importFile(try scratch.write("first.csv", header + first), into: registry)
        let report = try importFile(try scratch.write("corrected.csv", header + corrected), into: registry,
                                    at: "2025-04-01T02:00:00Z")
        return (registry, report)
    }

    func fieldCounts(_ registry: Registry, knownAt: String?) throws -> [String: Int] {
        let report = try registry.stats(tier: .hnte, by: .field, asOf: day("2025-05-01"), knownAt: knownAt.map(moment))
        return Dictionary(uniqueKeysWithValues: report.rows.map { ($0.name, $0.count) })
    }

    @Test(arguments: EngineUnderTest.kinds) func aCorrectionIsAVersionWithOnlyTheChangedFields(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let (registry, report) = try ImportProfileCorrectionTests.corrected(scratch, on: kind)
        #expect((report.updatedEnterprises, report.newEvents, report.unchanged) == (1, 0, 0))
        let versions = try registry.reading { c in
            try c.rows("SELECT founded_on, field, contact, phone, batch_id FROM profile_version")
                .map { [$0.text(0), $0.text(1), $0.text(2), $0.text(3), $0.int64(4).map(String.init)] as [String?] }
        }
        #expect(versions == [[nil, "电子信息", nil, "0797-7654321", "2"]])
        let registered = try registry.reading { try $0.rows("SELECT field, phone FROM enterprise") }
        #expect(registered.map { [$0.text(0), $0.text(1)] } == [["新材料", "0797-1234567"]])
        // The same corrected file again records nothing.
        let again = try importFile(scratch.path("corrected.csv"), into: registry, at: "2025-04-02T02:00:00Z")
        #expect((again.updatedEnterprises, again.unchanged) == (0, 1))
    }

    @Test(arguments: [
        (nil, "电子信息", "0797-7654321"),
        ("2025-03-15T00:00:00Z", "新材料", "0797-1234567"),
        ("2025-04-01T01:59:59Z", "新材料", "0797-1234567"),
        ("2025-04-01T02:00:00Z", "电子信息", "0797-7654321"),
    ] as [(String?, String, String)], EngineUnderTest.kinds)
    func readsSeeTheProfileKnownAtTheirMoment(_ known: (knownAt: String?, field: String, phone: String),
                                              _ kind: EngineUnderTest.Kind) throws {
        let (knownAt, field, phone) = known
        let scratch = try ImportScratch()
        let (registry, _) = try ImportProfileCorrectionTests.corrected(scratch, on: kind)
        let profile = try registry.profile(of: ImportProfileCorrectionTests.code, asOf: day("2025-05-01"),
                                           knownAt: knownAt.map(moment)).enterprise.profile
        #expect(profile == EnterpriseProfileFields(founded: day("2015-12-01"), field: field, contact: "张三", phone: phone))
        #expect(try fieldCounts(registry, knownAt: knownAt) == [field: 1])
    }

    @Test(arguments: EngineUnderTest.kinds) func voidingTheCorrectingBatchRestoresTheProfileFromThatMomentOn(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let (registry, _) = try ImportProfileCorrectionTests.corrected(scratch, on: kind)
        _ = try registry.voidBatch(2, reason: "wrong file", context: context("2025-04-10T00:00:00Z"))
        #expect(try fieldCounts(registry, knownAt: nil) == ["新材料": 1])
        #expect(try fieldCounts(registry, knownAt: "2025-04-05T00:00:00Z") == ["电子信息": 1])
        // An import after the void compares with the restored profile: the correction is recorded anew.
        let again = try importFile(scratch.path("corrected.csv"), into: registry, at: "2025-04-11T02:00:00Z")
        #expect(again.updatedEnterprises == 1)
        #expect(try fieldCounts(registry, knownAt: nil) == ["电子信息": 1])
    }

    @Test func theProfileAsRegisteredCannotBeWrittenOver() throws {
        let scratch = try ImportScratch()
        let (registry, _) = try ImportProfileCorrectionTests.corrected(scratch, on: .sqlite)
        #expect(throws: DatabaseError.self) {
            try registry.writer.write { try $0.execute(sql: "UPDATE enterprise SET field = '新能源与节能'") }
        }
        #expect(throws: DatabaseError.self) {
            try registry.writer.write { try $0.execute(sql: "DELETE FROM profile_version") }
        }
    }

    @Test(arguments: EngineUnderTest.kinds) func theLogSaysWhatWasCorrected(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let (registry, _) = try ImportProfileCorrectionTests.corrected(scratch, on: kind)
        let entries = try registry.log().filter { $0.record == .profile }
        #expect(entries.map(\.what) == ["profile corrected: field 电子信息, phone 0797-7654321"])
        #expect(entries.map(\.source) == ["batch 2"])
        #expect(entries.map(\.creditCode) == [ImportProfileCorrectionTests.code])
    }
}
