import Testing
@testable import LadderKit

/// A fragment found in more names than a search ranks: the best of the first ones found are
/// listed and the note says how many were ranked; a fragment found in fewer is ranked whole.
@Suite struct FindRankLimitTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var limit: Int
        var ranked: Int
        var testDescription: String { "limit \(limit): \(ranked) ranked" }
    }

    static let cases: [Case] = [
        Case(limit: 1, ranked: 100), Case(limit: 20, ranked: 100), Case(limit: 21, ranked: 105),
        Case(limit: 200, ranked: 1000), Case(limit: 201, ranked: 1000), Case(limit: 1000, ranked: 1000),
    ]

    @Test(arguments: cases)
    func aSearchRanksFiveTimesItsLimitWithinBounds(_ c: Case) {
        #expect(Registry.findRankLimit(for: c.limit) == c.ranked)
    }

    /// 101 firms named 赣南科技N有限公司 and one 科技赣南有限公司 registered last: beyond the 100
    /// ranked; 100 exactly is not truncated.
    @Test(arguments: EngineUnderTest.kinds) func moreNamesThanRankedSaySo(_ kind: EngineUnderTest.Kind) throws {
        let written = try Registry.inMemory()
        for serial in 1...101 {
            _ = try written.add(StatsFixture.code(serial), name: "赣南科技\(serial)有限公司", context: context("2025-01-01T00:00:00Z"))
        }
        let registry = try CopiedRegistry.of(written, on: kind)
        let search = try registry.find("科技", asOf: day("2025-01-02"))
        #expect(search.truncated)
        #expect(search.total == 100)
        #expect(search.matches.count == 20)
        #expect(search.notes == ["more than 100 names contain '科技'; these are the best 20 of the first 100 found; give "
            + "more of the name to narrow it"])
        let exact = try registry.find("赣南科技1有限公司", asOf: day("2025-01-02"))
        #expect(exact.matches.map(\.kind) == [.name])
        let hundred = try registry.find("科技1", asOf: day("2025-01-02"), limit: 20)
        // 科技1, 科技10…科技19, 科技100, 科技101: 13 names, all ranked, shortest first.
        #expect(!hundred.truncated)
        #expect(hundred.total == 13)
        #expect(hundred.matches.first?.name == "赣南科技1有限公司")
    }
}
