import Foundation
import Testing
@testable import LadderKit

/// Lists without credit codes: a firm is found by its exact current or former name; an unknown
/// or shared name is rejected with a reason, never guessed.
@Suite struct ImportNameMatchTests {
    /// C 南昌瑞恒电子科技有限公司; D registered as 江西华瑞科技有限公司, renamed 江西华瑞新材料有限公司 from
    /// 2024-01-01; E now called 江西华瑞科技有限公司 (D's former name); F registered as
    /// 宜春袁州新材料有限公司, renamed 宜春袁州新能源有限公司 from 2024-06-01.
    static func prepared(on kind: EngineUnderTest.Kind) throws -> Registry {
        let r = try FreshRegistry.on(kind)
        let at = context("2025-01-01T00:00:00Z")
        _ = try r.add(code(ImportCodes.c), name: "南昌瑞恒电子科技有限公司", context: at)
        _ = try r.add(code(ImportCodes.d), name: "江西华瑞科技有限公司", context: at)
        _ = try r.rename(code(ImportCodes.d), to: "江西华瑞新材料有限公司", effective: day("2024-01-01"), context: at)
        _ = try r.add(code(ImportCodes.e), name: "江西华瑞科技有限公司", context: at)
        _ = try r.add(code(ImportCodes.f), name: "宜春袁州新材料有限公司", context: at)
        _ = try r.rename(code(ImportCodes.f), to: "宜春袁州新能源有限公司", effective: day("2024-06-01"), context: at)
        return r
    }

    static func hnte(_ number: String) -> [StoredFirm.HeldSpec] {
        [.init(tier: .hnte, number: number, start: "2024-12-16", end: "2027-12-16")]
    }

    @Test(arguments: EngineUnderTest.kinds) func unknownNameIsRejectedAndKnownNamesLandOnTheirFirms(_ kind: EngineUnderTest.Kind) throws {
        let registry = try ImportNameMatchTests.prepared(on: kind)
        let scratch = try ImportScratch()
        let report = try importFile(try scratch.copy("unknown-name.csv"), into: registry)
        #expect(report.kind == .hnteList)
        #expect(report.rows == 4)
        #expect(report.newEnterprises == 0)
        #expect(report.newEvents == 3)
        #expect(report.rejected == 1)
        #expect(report.issues == [
            rejected(5, "企业名称", "江西不存在科技有限公司", "no firm named '江西不存在科技有限公司' (current or former name) is in "
                + "the registry; add its 统一社会信用代码 to the row"),
        ])
        try StoredFirm(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司", held: Self.hnte("GR202436000101"))
            .verify(in: registry)
        // By its current name, and by its former name.
        try StoredFirm(code: ImportCodes.d, name: "江西华瑞新材料有限公司", held: Self.hnte("GR202436000102"))
            .verify(in: registry)
        try StoredFirm(code: ImportCodes.f, name: "宜春袁州新能源有限公司", held: Self.hnte("GR202436000103"))
            .verify(in: registry)
        try StoredFirm(code: ImportCodes.e, name: "江西华瑞科技有限公司").verify(in: registry)
        #expect(try registry.count("event", where: "number = 'GR202436000104'") == 0)
    }

    @Test(arguments: EngineUnderTest.kinds) func aNameTwoFirmsShareIsRejectedNamingBoth(_ kind: EngineUnderTest.Kind) throws {
        let registry = try ImportNameMatchTests.prepared(on: kind)
        let scratch = try ImportScratch()
        let before = try registry.tally()
        let report = try importFile(try scratch.copy("ambiguous-name.csv"), into: registry)
        #expect(report.rows == 1)
        #expect(report.rejected == 1)
        #expect(report.issues == [
            rejected(2, "企业名称", "江西华瑞科技有限公司", "the name '江西华瑞科技有限公司' matches 2 firms (91360111MA38C4D5XG "
                + "江西华瑞科技有限公司; 91360702MA3E6F7G4T 江西华瑞科技有限公司); give the 统一社会信用代码"),
        ])
        var after = try registry.tally()
        after.batches -= 1
        #expect(after == before, "only the batch row was added")
    }
}
