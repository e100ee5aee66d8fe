import Testing
@testable import LadderKit

/// Cohort, funnel, expiry, lapse and target figures for `PlanScenario`, worked out by hand.
@Suite struct ReportTests {
    let f: StatsFixture
    let known = PlanScenario.knownAt

    init() throws { f = try PlanScenario.build() }

    @Test func statsByCityOnPlanDay() throws {
        // Valid on 2025-06-30: 1's second certificate (南昌), 4 (赣江新区), 6 (萍乡), 7 (moved to 新余).
        // 2 ended 2023-12-10, 3 was revoked.
        #expect(try f.counts(.hnte, on: "2025-06-30") == ["360100": 1, "360300": 1, "360500": 1, "ganjiang": 1])
        // Positions: those four at hnte, and 5 holding its 2025 科小 number.
        #expect(try f.counts(nil, on: "2025-06-30", by: .position) == ["hnte": 4, "tsme": 1])
        #expect(try f.counts(.hnte, on: "2025-06-30", by: .field) == ["新材料": 1, "先进制造与自动化": 1, "": 2])
    }

    @Test func cohortFollowsEachYearsCertificates() throws {
        let report = try f.registry.cohort(tier: .hnte, asOf: StatsFixture.day("2025-06-30"), knownAt: known)
        let rows = report.rows.map { [$0.year, $0.issued, $0.valid, $0.revoked, $0.ended, $0.recertified, $0.lapsed, $0.pending] }
        #expect(rows == [
            // 2020: 1 re-certified (new one 5 days before the end, across a rename); 2 lapsed (the window of 365 days closed 2024-12-09).
            [2020, 2, 0, 0, 2, 1, 1, 0],
            [2021, 1, 0, 1, 0, 0, 0, 0],  // 3, revoked
            [2022, 1, 1, 0, 0, 0, 0, 0],  // 4
            [2023, 2, 2, 0, 0, 0, 0, 0],  // 1's second, 7
            [2024, 1, 1, 0, 0, 0, 0, 0],  // 6
        ])
        #expect(report.rows[0].retentionTenths == 500)
        #expect(report.rows[1].retentionTenths == nil)
    }

    @Test func renameKeepsTheChain() throws {
        let g = try StatsFixture()
        let a = try g.firm(21, "旧名科技有限公司")
        try g.certify(a, "GR202036000021", issued: "2020-11-20")
        try g.rename(a, to: "新名科技有限公司", effective: "2022-05-01")
        try g.certify(a, "GR202336000021", issued: "2023-12-01")  // 11 days after the old end: re-certified
        let asOf = StatsFixture.day("2024-06-30")
        let cohort = try g.registry.cohort(asOf: asOf)
        #expect(cohort.rows.map { [$0.year, $0.ended, $0.recertified, $0.lapsed] } == [[2020, 1, 1, 0], [2023, 0, 0, 0]])
        #expect(try g.registry.lapsed(since: StatsFixture.day("2020-01-01"), asOf: asOf).rows.isEmpty)
        #expect(try g.registry.export(tier: .hnte, asOf: asOf).rows.map(\.name) == ["新名科技有限公司"])
        // On a day before the rename, the export names the firm as it was then.
        #expect(try g.registry.export(tier: .hnte, asOf: StatsFixture.day("2021-06-30")).rows.map(\.name) == ["旧名科技有限公司"])
    }

    @Test func cohortWindowStillOpenIsPending() throws {
        // On 2024-06-30, 2's certificate has ended (2023-12-10) but its window runs to 2024-12-09.
        let report = try f.registry.cohort(tier: .hnte, asOf: StatsFixture.day("2024-06-30"), knownAt: known)
        let row = try #require(report.rows.first { $0.year == 2020 })
        #expect([row.ended, row.recertified, row.lapsed, row.pending] == [2, 1, 0, 1])
        #expect(row.retentionTenths == 1000)  // 1 of 1 decided; the pending one is not counted against
    }

    @Test func cohortByCityPlacesFirmsWhereTheyWereAtIssue() throws {
        let report = try f.registry.cohort(tier: .hnte, byCity: true, asOf: StatsFixture.day("2025-06-30"), knownAt: known)
        let y2023 = report.rows.filter { $0.year == 2023 && $0.issued > 0 }.map { $0.region!.code }
        #expect(y2023 == ["360100", "360900"])  // 7 was in 宜春 when certified; it moved later
        #expect(report.rows.filter { $0.year == 2023 }.count == 12)
    }

    struct FunnelCase: CustomTestStringConvertible, Sendable {
        let within: Int?
        /// year, entered, reached, median days
        let rows: [[Int?]]
        var testDescription: String { within.map { "within \($0) years" } ?? "no limit" }
    }

    @Test(arguments: [
        // 2021: 4 and 5 first entered; 4 reached hnte 640 days later. 2022: 6, 925 days later.
        FunnelCase(within: nil, rows: [[2021, 2, 1, 640], [2022, 1, 1, 925]]),
        // Within 2 years: 4 by 2023-03-01 yes; 6 by 2024-05-10 no (certified 2024-11-20).
        FunnelCase(within: 2, rows: [[2021, 2, 1, 640], [2022, 1, 0, nil]]),
    ])
    func funnelFromTsmeToHnte(_ c: FunnelCase) throws {
        let report = try f.registry.funnel(from: .tsme, to: .hnte, withinYears: c.within,
                                           asOf: StatsFixture.day("2025-06-30"), knownAt: known)
        #expect(report.rows.map { [$0.year, $0.entered, $0.reached, $0.medianDays.map { Int($0) }] } == c.rows)
    }

    @Test func funnelMedianOfAnEvenCountKeepsTheHalf() throws {
        let g = try StatsFixture()
        let a = try g.firm(11, "甲"), b = try g.firm(12, "乙")
        try g.admit(a, "2024360111A0000011", effective: "2024-03-01")
        try g.admit(b, "2024360111A0000012", effective: "2024-03-01")
        try g.certify(a, "GR202436000011", issued: "2024-03-11")  // 10 days
        try g.certify(b, "GR202436000012", issued: "2024-03-16")  // 15 days
        let report = try g.registry.funnel(from: .tsme, to: .hnte, asOf: StatsFixture.day("2024-12-31"))
        #expect(report.rows.map(\.medianDays) == [12.5])
        #expect(report.rows.map(\.rateTenths) == [1000])
    }

    @Test func expiringListsCurrentNamesAndContacts() throws {
        let report = try f.registry.expiring(tier: .hnte, withinDays: 90, asOf: StatsFixture.day("2026-10-01"), knownAt: known)
        // 1's and 7's certificates of 2023-11-15 end 2026-11-15: 45 days after 2026-10-01.
        #expect(report.rows.map(\.name) == ["赣锋锂业集团股份有限公司", "Yichun 宜春 Robotics 有限公司"])
        #expect(report.rows.map(\.location.reportingRegion.code) == ["360100", "360500"])
        #expect(report.rows.map { $0.lastValidDay?.iso } == ["2026-11-15", "2026-11-15"])
        #expect(report.rows.map(\.phone) == ["0791-88886666", "13800000000"])
        #expect(try f.registry.expiring(tier: .hnte, withinDays: 44, asOf: StatsFixture.day("2026-10-01"),
                                        knownAt: known).rows.isEmpty)
        #expect(try f.registry.expiring(tier: .hnte, withinDays: nil, year: 2025, asOf: StatsFixture.day("2025-06-30"),
                                        knownAt: known).rows.map(\.number) == ["GR202236000104"])
    }

    @Test func lapsedListsEndsWithoutSuccessor() throws {
        let report = try f.registry.lapsed(since: StatsFixture.day("2022-01-01"), asOf: StatsFixture.day("2025-06-30"),
                                           knownAt: known)
        // 6's and 5's 2022 numbers ended 2022-12-31 with no 科小 within a year after; 2's certificate
        // ended 2023-12-10. 1's first certificate has a successor, so it is not listed.
        #expect(report.rows.map(\.number) == ["2022360302A0000003", "2022361102A0000005", "GR202036000102"])
        #expect(report.rows.map { $0.end?.iso } == ["2022-12-31", "2022-12-31", "2023-12-10"])
    }

    @Test func exportListsEachValidFirmOnce() throws {
        let report = try f.registry.export(tier: .hnte, asOf: StatsFixture.day("2023-11-18"), knownAt: known)
        // 1 holds two valid certificates (2020's until 11-20, 2023's from 11-15): one row, the newer.
        // In the reporting order: 南昌, 赣州, 宜春 (7 moves to 新余 only in 2024), then 赣江新区.
        #expect(report.rows.map(\.number) == ["GR202336000201", "GR202036000102", "GR202336000202", "GR202236000104"])
        #expect(report.rows.map(\.name).first == "赣锋锂业集团股份有限公司")
    }
}

/// The report's trend ends on the as-of day, so its last point is the headline figure; the
/// month's end may lie in the future or after a certificate ended.
@Suite struct ReportTrendTests {
    @Test(arguments: [("2023-11-20", [1, 1]), ("2023-11-21", [1, 0]), ("2023-11-30", [1, 0])])
    func theLastPointIsTheAsOfDaysFigure(asOf: String, hnte: [Int]) throws {
        let g = try StatsFixture()
        let a = try g.firm(21, "甲科技有限公司")
        try g.certify(a, "GR202036000021", issued: "2020-11-20")  // valid through 2023-11-20
        let content = try g.registry.reportContent(asOf: StatsFixture.day(asOf), generatedAt: StatsFixture.moment("2026-01-01T00:00"),
                                                   trendMonths: 2)
        let trend = try #require(content.monthlyTrend.first { $0.tier == .hnte })
        #expect(trend.points.map(\.month) == ["2023-10", "2023-11"])
        #expect(trend.points.map(\.count) == hnte)
        #expect(content.headline.first { $0.tier == .hnte }?.value == hnte.last)
    }
}
