import Testing
@testable import LadderKit

/// A region's figures equal its row in the province's, for every read, on both sides of firm 5's
/// move from 吉安 to 赣州 章贡区 on 2025-01-01 (`RegionScenario`; figures worked out there).
@Suite struct RegionFigureTests {
    let f: StatsFixture
    let known = RegionScenario.knownAt
    let beforeMove = StatsFixture.day("2024-12-31")
    let afterMove = StatsFixture.day("2025-06-30")

    init() throws { f = try RegionScenario.build() }

    struct Count: CustomTestStringConvertible, Sendable {
        let region: Region
        let before: Int
        let after: Int
        var testDescription: String { region.name }
    }

    /// 高企 on 2024-12-31 and 2025-06-30: firm 5 counts in 吉安 before its move and in 赣州 and 章贡区
    /// after; firm 7's certificate ended 2024-12-01; the 赣江新区 firm counts in neither 南昌 nor 新建区.
    @Test(arguments: [
        Count(region: RegionScenario.ganzhou, before: 2, after: 3),
        Count(region: RegionScenario.zhanggong, before: 1, after: 2),
        Count(region: RegionScenario.nanchang, before: 1, after: 1),
        Count(region: RegionScenario.xinjian, before: 1, after: 1),
        Count(region: RegionScenario.jian, before: 1, after: 0),
        Count(region: RegionScenario.ganjiang, before: 1, after: 1),
        Count(region: .province, before: 5, after: 5),
    ])
    func statsEqualTheProvincesRow(_ c: Count) throws {
        for (day, expected) in [(beforeMove, c.before), (afterMove, c.after)] {
            let own = try f.registry.stats(tier: .hnte, by: .tier, region: c.region, asOf: day, knownAt: known)
            #expect(own.rows.map(\.count) == [expected])
            #expect(try provinceRow(tier: .hnte, of: c.region, on: day) == expected)
        }
    }

    /// The province's row for a region: its city row, its county row, or the province's total.
    func provinceRow(tier: Tier?, of region: Region, on day: Day) throws -> Int {
        switch region {
        case .province:
            return try f.registry.stats(tier: tier, by: .city, asOf: day, knownAt: known).total
        case .city, .zone:
            return try f.registry.stats(tier: tier, by: .city, asOf: day, knownAt: known).rows
                .first { $0.code == region.code }?.count ?? -1
        case .county:
            return try f.registry.stats(tier: tier, by: .county, asOf: day, knownAt: known).rows
                .first { $0.code == region.code }?.count ?? 0
        }
    }

    @Test func aCitysCountiesAreItsRowsInTheProvincesCountyBreakdown() throws {
        let province = try f.registry.stats(tier: .hnte, by: .county, asOf: afterMove, knownAt: known)
        #expect(province.rows.map { "\($0.code) \($0.count)" } == ["360112 1", "360702 2", "360703 1", "ganjiang 1"])
        let ganzhou = try f.registry.stats(tier: .hnte, by: .county, region: RegionScenario.ganzhou, asOf: afterMove,
                                           knownAt: known)
        #expect(ganzhou.rows.map { "\($0.code) \($0.count)" } == ["360702 2", "360703 1"])
        // Within 赣江新区, by county splits its own firms by division.
        let zone = try f.registry.stats(tier: .hnte, by: .county, region: RegionScenario.ganjiang, asOf: afterMove,
                                        knownAt: known)
        #expect(zone.rows.map { "\($0.code) \($0.name) \($0.count)" } == ["360112 新建区 1"])
    }

    @Test func byCityWithinACityListsEachOfItsCounties() throws {
        let report = try f.registry.stats(tier: .hnte, by: .city, region: RegionScenario.ganzhou, asOf: afterMove,
                                          knownAt: known)
        #expect(report.tabular.title == "Firms holding a valid 高新技术企业 (hnte) in 赣州市, by county")
        #expect(report.rows.count == 18)  // 赣州's 18 counties in the catalogue, zeros included
        #expect(report.rows.prefix(3).map { "\($0.code) \($0.name) \($0.count)" }
            == ["360702 章贡区 2", "360703 南康区 1", "360704 赣县区 0"])
        #expect(report.rows.last.map { "\($0.code) \($0.name)" } == "360783 龙南市")
        #expect(report.total == 3)
        // Any tier, on 2024-12-31 (firm 6's 科小 ends with its year): firm 6, registered with the
        // city's own bureau, is in the city and in no county; firm 5 is still in 吉安.
        let all = try f.registry.stats(by: .city, region: RegionScenario.ganzhou, asOf: beforeMove, knownAt: known)
        #expect(all.rows.filter { $0.count > 0 }.map { "\($0.code) \($0.count)" } == ["360700 1", "360702 1", "360703 1"])
    }

    struct Series: CustomTestStringConvertible, Sendable {
        let region: Region
        let counts: [Int]
        var testDescription: String { region.name }
    }

    /// Month ends 2024-11 … 2025-02: firm 7 counts on 2024-11-30 only; firm 5 moves in January.
    @Test(arguments: [
        Series(region: RegionScenario.ganzhou, counts: [3, 2, 3, 3]),
        Series(region: RegionScenario.zhanggong, counts: [1, 1, 2, 2]),
        Series(region: RegionScenario.nanchang, counts: [1, 1, 1, 1]),
        Series(region: RegionScenario.xinjian, counts: [1, 1, 1, 1]),
        Series(region: RegionScenario.jian, counts: [1, 1, 0, 0]),
        Series(region: RegionScenario.ganjiang, counts: [1, 1, 1, 1]),
        Series(region: .province, counts: [6, 5, 5, 5]),
    ])
    func seriesEqualsTheProvincesColumn(_ c: Series) throws {
        let from = YearMonth(year: 2024, month: 11)!, to = YearMonth(year: 2025, month: 2)!
        let own = try f.registry.series(tier: .hnte, from: from, to: to, region: c.region, knownAt: known)
        #expect(own.points.map(\.total) == c.counts)
        let province = try f.registry.series(tier: .hnte, from: from, to: to, byCity: true, knownAt: known)
        switch c.region {
        case .city, .zone: #expect(province.points.map { $0.counts[c.region.code] } == c.counts)
        case .province: #expect(province.points.map(\.total) == c.counts)
        case .county:  // each month end is the county's row in that day's stats
            for point in province.points {
                #expect(own.points.first { $0.end == point.end }?.total
                    == (try provinceRow(tier: .hnte, of: c.region, on: point.end)))
            }
        }
    }

    struct Cohort: CustomTestStringConvertible, Sendable {
        let region: Region
        /// year issued valid pending, per row.
        let rows: [String]
        var testDescription: String { region.name }
    }

    /// Each certificate counts where its firm was on its issue day: firm 5's 2023 one in 吉安.
    @Test(arguments: [
        Cohort(region: RegionScenario.ganzhou, rows: ["2021 1 0 1", "2023 1 1 0", "2024 1 1 0"]),
        Cohort(region: RegionScenario.zhanggong, rows: ["2023 1 1 0"]),
        Cohort(region: RegionScenario.nanchang, rows: ["2022 1 1 0"]),
        Cohort(region: RegionScenario.xinjian, rows: ["2022 1 1 0"]),
        Cohort(region: RegionScenario.jian, rows: ["2023 1 1 0"]),
        Cohort(region: RegionScenario.ganjiang, rows: ["2022 1 1 0"]),
        Cohort(region: .province, rows: ["2021 1 0 1", "2022 2 2 0", "2023 2 2 0", "2024 1 1 0"]),
    ])
    func cohortEqualsTheProvincesRows(_ c: Cohort) throws {
        let own = try f.registry.cohort(region: c.region, asOf: afterMove, knownAt: known)
        #expect(own.rows.map { "\($0.year) \($0.issued) \($0.valid) \($0.pending)" } == c.rows)
        guard case .city = c.region else { return }
        let province = try f.registry.cohort(byCity: true, asOf: afterMove, knownAt: known)
        #expect(province.rows.filter { $0.region?.code == c.region.code && $0.issued > 0 }
            .map { "\($0.year) \($0.issued) \($0.valid) \($0.pending)" } == c.rows)
    }

    struct Funnel: CustomTestStringConvertible, Sendable {
        let region: Region
        /// year entered reached median-days, per row.
        let rows: [String]
        var testDescription: String { region.name }
    }

    /// A firm counts where it was when it entered 科小: 335 days for firm 2, 640 for firm 4.
    @Test(arguments: [
        Funnel(region: RegionScenario.ganzhou, rows: ["2023 1 1 335.0", "2024 1 0 -"]),
        Funnel(region: RegionScenario.zhanggong, rows: []),
        Funnel(region: RegionScenario.nanchang, rows: []),
        Funnel(region: RegionScenario.ganjiang, rows: ["2021 1 1 640.0"]),
        Funnel(region: .province, rows: ["2021 1 1 640.0", "2023 1 1 335.0", "2024 1 0 -"]),
    ])
    func funnelOfARegionIsItsShareOfTheProvinces(_ c: Funnel) throws {
        let own = try f.registry.funnel(from: .tsme, to: .hnte, region: c.region, asOf: afterMove, knownAt: known)
        #expect(own.rows.map { "\($0.year) \($0.entered) \($0.reached) \($0.medianDays.map { String($0) } ?? "-")" }
            == c.rows)
    }

    @Test func theReportingRegionsFunnelsAddUpToTheProvinces() throws {
        let province = try f.registry.funnel(from: .tsme, to: .hnte, asOf: afterMove, knownAt: known)
        var entered: [Int: Int] = [:], reached: [Int: Int] = [:]
        for region in ReportingRegion.reporting {
            let own: Region = if case let .city(code) = region { .city(code) } else { .zone(.ganjiang) }
            for row in try f.registry.funnel(from: .tsme, to: .hnte, region: own, asOf: afterMove, knownAt: known).rows {
                entered[row.year, default: 0] += row.entered
                reached[row.year, default: 0] += row.reached
            }
        }
        #expect(province.rows.map { "\($0.year) \($0.entered) \($0.reached)" }
            == entered.keys.sorted().map { "\($0) \(entered[$0]!) \(reached[$0]!)" })
    }

    struct Listed: CustomTestStringConvertible, Sendable {
        let region: Region
        let names: [String]
        var testDescription: String { region.name }
    }

    static let f3 = "新建区本地科技有限公司", f4 = "赣江新区智造有限公司", f5 = "吉州电子有限公司", f7 = "于都制造有限公司"

    /// Ending within 365 days of 2025-06-30: firms 3 and 4 (2025-12-01) and 5 (2026-06-01, now in 章贡区).
    @Test(arguments: [
        Listed(region: RegionScenario.ganzhou, names: [f5]),
        Listed(region: RegionScenario.zhanggong, names: [f5]),
        Listed(region: RegionScenario.nanchang, names: [f3]),
        Listed(region: RegionScenario.xinjian, names: [f3]),
        Listed(region: RegionScenario.jian, names: []),
        Listed(region: RegionScenario.ganjiang, names: [f4]),
        Listed(region: .province, names: [f3, f4, f5]),
    ])
    func expiringListsTheRegionsShareOfTheProvincesList(_ c: Listed) throws {
        try expectShare(c) { region in
            try f.registry.expiring(tier: .hnte, withinDays: 365, region: region, asOf: afterMove, knownAt: known)
        }
    }

    /// Before its move firm 5 is on 吉安's list, not 赣州's (ending within 540 days of 2024-12-31).
    @Test(arguments: [
        Listed(region: RegionScenario.ganzhou, names: []),
        Listed(region: RegionScenario.jian, names: [f5]),
        Listed(region: .province, names: [f3, f4, f5]),
    ])
    func expiringBeforeTheMove(_ c: Listed) throws {
        try expectShare(c) { region in
            try f.registry.expiring(tier: .hnte, withinDays: 540, region: region, asOf: beforeMove, knownAt: known)
        }
    }

    /// On 2026-01-15 firm 7's window (to 2025-12-01) has closed; firms 3 and 4 may still renew.
    @Test(arguments: [
        Listed(region: RegionScenario.ganzhou, names: [f7]),
        Listed(region: RegionScenario.zhanggong, names: []),
        Listed(region: RegionScenario.nanchang, names: []),
        Listed(region: .province, names: [f7]),
    ])
    func lapsedListsTheRegionsShareOfTheProvincesList(_ c: Listed) throws {
        try expectShare(c) { region in
            try f.registry.lapsed(tier: .hnte, region: region, asOf: StatsFixture.day("2026-01-15"), knownAt: known)
        }
    }

    @Test(arguments: [
        Listed(region: RegionScenario.ganzhou, names: []),
        Listed(region: RegionScenario.nanchang, names: [f3]),
        Listed(region: RegionScenario.xinjian, names: [f3]),
        Listed(region: RegionScenario.ganjiang, names: [f4]),
        Listed(region: .province, names: [f3, f4]),
    ])
    func pendingListsTheRegionsShareOfTheProvincesList(_ c: Listed) throws {
        try expectShare(c) { region in
            try f.registry.lapsed(tier: .hnte, pending: true, region: region, asOf: StatsFixture.day("2026-01-15"),
                                  knownAt: known)
        }
    }

    /// Valid 高企 on 2025-06-30, one row per firm.
    @Test(arguments: [
        Listed(region: RegionScenario.ganzhou, names: ["赣州章贡科技有限公司", "南康家居科技有限公司", f5]),
        Listed(region: RegionScenario.zhanggong, names: ["赣州章贡科技有限公司", f5]),
        Listed(region: RegionScenario.jian, names: []),
        Listed(region: RegionScenario.ganjiang, names: [f4]),
    ])
    func exportListsTheRegionsShareOfTheProvincesList(_ c: Listed) throws {
        try expectShare(c) { region in
            try f.registry.export(tier: .hnte, region: region, asOf: afterMove, knownAt: known)
        }
    }

    /// The region's list has the names expected, and is the province's list cut to the firms placed in it.
    func expectShare(_ c: Listed, _ list: (Region?) throws -> ListingReport) throws {
        let own = try list(c.region)
        #expect(Set(own.rows.map(\.name)) == Set(c.names))
        #expect(own.rows.count == c.names.count)
        let province = try list(nil).rows.filter { c.region.contains($0.location) }
        #expect(province == own.rows)
        if c.region != .province { #expect(own.tabular.title?.contains(" in \(c.region.name)") == true) }
    }

    @Test func byCityWithinARegionIsRefusedNamingWhatToDo() {
        #expect(throws: StatisticsError.byCityWithinRegion(region: "赣州市")) {
            try f.registry.cohort(byCity: true, region: RegionScenario.ganzhou, asOf: afterMove)
        }
        #expect(throws: StatisticsError.byCityWithinRegion(region: "章贡区")) {
            try f.registry.series(tier: .hnte, from: YearMonth(year: 2025, month: 1)!, to: YearMonth(year: 2025, month: 2)!,
                                  byCity: true, region: RegionScenario.zhanggong)
        }
        #expect(StatisticsError.byCityWithinRegion(region: "赣州市").description
            == "--by city splits the province into its cities, and 赣州市 is one region of its own; "
            + "leave out --by city, or count its counties with stats --by county")
    }
}
