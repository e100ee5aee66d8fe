/// 科技型中小企业 thresholds (评价办法 国科发政〔2017〕115号, 工作指引 国科火字〔2022〕67号):
/// size limits, the direct routes, and the three-indicator score table.
public struct TsmePolicy: Hashable, Sendable {
    public var employeesMax: Int64
    public var revenueMaxYuan: Int64
    public var totalAssetsMaxYuan: Int64
    /// Enabled direct routes; a disabled one is not offered.
    public var directRoutes: Set<TsmeDirectRoute>
    public var passScore: Int
    /// The score route also needs a tech-staff score above zero.
    public var techStaffScoreMustBePositive: Bool
    public var techStaffBands: [PercentBand]
    public var rdRevenueBands: [PercentBand]
    public var rdCostBands: [PercentBand]
    /// At least this many Ⅰ类 items score `ipClass1Points`; otherwise Ⅱ类 items count.
    public var ipClass1MinCount: Int
    public var ipClass1Points: Int
    public var ipClass2Bands: [CountBand]

    public init(employeesMax: Int64, revenueMaxYuan: Int64, totalAssetsMaxYuan: Int64,
                directRoutes: Set<TsmeDirectRoute>, passScore: Int, techStaffScoreMustBePositive: Bool,
                techStaffBands: [PercentBand], rdRevenueBands: [PercentBand], rdCostBands: [PercentBand],
                ipClass1MinCount: Int, ipClass1Points: Int, ipClass2Bands: [CountBand]) {
        self.employeesMax = employeesMax
        self.revenueMaxYuan = revenueMaxYuan
        self.totalAssetsMaxYuan = totalAssetsMaxYuan
        self.directRoutes = directRoutes
        self.passScore = passScore
        self.techStaffScoreMustBePositive = techStaffScoreMustBePositive
        self.techStaffBands = techStaffBands
        self.rdRevenueBands = rdRevenueBands
        self.rdCostBands = rdCostBands
        self.ipClass1MinCount = ipClass1MinCount
        self.ipClass1Points = ipClass1Points
        self.ipClass2Bands = ipClass2Bands
    }

    /// The highest score the tables allow: the pass score must be reachable.
    public var maximumScore: Int {
        (techStaffBands.first?.points ?? 0)
            + max(rdRevenueBands.first?.points ?? 0, rdCostBands.first?.points ?? 0)
            + max(ipClass1Points, ipClass2Bands.first?.points ?? 0)
    }

    /// The national rules as DOMAIN.md §5 tabulates them.
    public static let standard = TsmePolicy(
        employeesMax: 500, revenueMaxYuan: 200_000_000, totalAssetsMaxYuan: 200_000_000,
        directRoutes: Set(TsmeDirectRoute.allCases), passScore: 60, techStaffScoreMustBePositive: true,
        techStaffBands: [
            PercentBand(atLeast: Percent(30), points: 20), PercentBand(atLeast: Percent(25), points: 16),
            PercentBand(atLeast: Percent(20), points: 12), PercentBand(atLeast: Percent(15), points: 8),
            PercentBand(atLeast: Percent(10), points: 4),
        ],
        rdRevenueBands: [
            PercentBand(atLeast: Percent(6), points: 50), PercentBand(atLeast: Percent(5), points: 40),
            PercentBand(atLeast: Percent(4), points: 30), PercentBand(atLeast: Percent(3), points: 20),
            PercentBand(atLeast: Percent(2), points: 10),
        ],
        rdCostBands: [
            PercentBand(atLeast: Percent(30), points: 50), PercentBand(atLeast: Percent(25), points: 40),
            PercentBand(atLeast: Percent(20), points: 30), PercentBand(atLeast: Percent(15), points: 20),
            PercentBand(atLeast: Percent(10), points: 10),
        ],
        ipClass1MinCount: 1, ipClass1Points: 30,
        ipClass2Bands: [
            CountBand(minimum: 4, points: 24), CountBand(minimum: 3, points: 18),
            CountBand(minimum: 2, points: 12), CountBand(minimum: 1, points: 6),
        ])
}
