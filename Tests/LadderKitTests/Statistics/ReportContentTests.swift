import Testing
@testable import LadderKit

/// The report page is filled from the statistics reads.
@Suite struct ReportContentTests {
    @Test func figuresComeFromTheRegistry() throws {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-01T00:00:01Z"))
        _ = try registry.setTarget(tier: .hnte, count: 10, due: day("2025-12-31"), context: context("2025-01-01T00:00:02Z"))
        let content = try registry.reportContent(asOf: day("2025-12-31"), generatedAt: moment("2026-01-02T00:00:00Z"),
                                                 trendMonths: 3)
        #expect(content.headline.map(\.value) == [0, 1, 0, 0])
        #expect(content.headline[1].target == 10)
        #expect(content.validByCity.first { $0.code == "360700" }?.count == 1)
        #expect(content.validByCity.count == 12)
        #expect(content.monthlyTrend[1].points.map(\.month) == ["2025-10", "2025-11", "2025-12"])
        #expect(content.monthlyTrend[1].points.map(\.count) == [1, 1, 1])
        #expect(content.cohorts.map(\.issueYear) == [2023])
        #expect(content.expiring.isEmpty)
        #expect(content.policyLabel == "jiangxi-2023 v1")
    }
}
