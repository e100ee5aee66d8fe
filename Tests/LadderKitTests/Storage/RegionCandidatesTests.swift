import Testing
@testable import LadderKit

/// Candidates within a region: firm A of `RegistryEligibilityTests.boundaryFirm` is registered in
/// 信丰县 (360722, 赣州) and meets every hnte threshold exactly.
@Suite struct RegionCandidatesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let region: String
        let candidates: [CreditCode]
        let checked: Int
        var testDescription: String { region }
    }

    @Test(arguments: EngineUnderTest.kinds, [
        Case(region: "赣州", candidates: [Codes.a], checked: 1),
        Case(region: "信丰县", candidates: [Codes.a], checked: 1),
        Case(region: "江西", candidates: [Codes.a], checked: 1),
        // Elsewhere A is neither listed nor counted among the firms checked.
        Case(region: "章贡区", candidates: [], checked: 0),
        Case(region: "南昌", candidates: [], checked: 0),
        Case(region: "ganjiang", candidates: [], checked: 0),
    ])
    func candidatesAreTheRegionsShare(_ kind: EngineUnderTest.Kind, _ c: Case) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        let region = try Region(parsing: c.region)
        let search = try r.candidates(tier: .hnte, region: region, asOf: day("2025-06-01"))
        #expect(search.candidates.map(\.creditCode) == c.candidates)
        #expect(search.checked == c.checked)
        #expect(search.region == region)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aFirmThatMovedIsACandidateWhereItIsOnTheDay(_ kind: EngineUnderTest.Kind) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        _ = try r.relocate(Codes.a, to: Location(division: RegionCode(trusted: "360111")), effective: day("2025-03-01"),
                           context: context("2025-01-06T00:00:00Z"))
        let nanchang = Region.city(RegionCode(trusted: "360100")), ganzhou = Region.city(RegionCode(trusted: "360700"))
        #expect(try r.candidates(tier: .hnte, region: nanchang, asOf: day("2025-06-01")).candidates.map(\.creditCode)
            == [Codes.a])
        #expect(try r.candidates(tier: .hnte, region: ganzhou, asOf: day("2025-06-01")).candidates.isEmpty)
        // Before its move, A was in 赣州.
        #expect(try r.candidates(tier: .hnte, region: ganzhou, asOf: day("2025-02-28")).candidates.map(\.creditCode)
            == [Codes.a])
    }
}
