/// 高新技术企业 conditions (认定管理办法 国科发火〔2016〕32号 第十一条, 工作指引 国科发火〔2016〕195号).
public struct HntePolicy: Hashable, Sendable {
    /// The maximum of each part of the innovation score (知识产权, 成果转化, 研发组织管理, 企业成长性).
    public struct InnovationMaxima: Hashable, Sendable {
        public var ip: Int
        public var conversion: Int
        public var rdManagement: Int
        public var growth: Int

        public init(ip: Int, conversion: Int, rdManagement: Int, growth: Int) {
            self.ip = ip
            self.conversion = conversion
            self.rdManagement = rdManagement
            self.growth = growth
        }

        public var total: Int { ip + conversion + rdManagement + growth }
    }

    /// Days from registration to the evaluation day: "注册成立一年以上" as 365 days.
    public var registrationDaysMin: Int
    /// The 国家重点支持的高新技术领域; a firm's field must start with one of these names.
    public var fields: [String]
    public var techStaffMin: Percent
    /// Fiscal years summed for the R&D ratios (fewer when the firm is younger).
    public var rdYears: Int
    public var rdBands: [HnteRdBand]
    public var rdInChinaMin: Percent
    public var highTechIncomeMin: Percent
    /// The innovation score must be above this, the mark itself failing: "70分以上（不含70分）".
    public var innovationScoreAbove: Points
    public var innovationMaxima: InnovationMaxima
    /// Scores each of the two growth rates (net assets, sales); their sum is the growth part
    /// when a person has not entered it.
    public var growthRateBands: [PercentBand]

    public init(registrationDaysMin: Int, fields: [String], techStaffMin: Percent, rdYears: Int,
                rdBands: [HnteRdBand], rdInChinaMin: Percent, highTechIncomeMin: Percent,
                innovationScoreAbove: Points, innovationMaxima: InnovationMaxima, growthRateBands: [PercentBand]) {
        self.registrationDaysMin = registrationDaysMin
        self.fields = fields
        self.techStaffMin = techStaffMin
        self.rdYears = rdYears
        self.rdBands = rdBands
        self.rdInChinaMin = rdInChinaMin
        self.highTechIncomeMin = highTechIncomeMin
        self.innovationScoreAbove = innovationScoreAbove
        self.innovationMaxima = innovationMaxima
        self.growthRateBands = growthRateBands
    }

    /// The R&D band for a firm whose latest year's sales are `revenue` yuan.
    public func rdBand(latestRevenue revenue: Int64) -> HnteRdBand {
        rdBands.first { band in band.revenueAtMostYuan.map { revenue <= $0 } ?? true } ?? rdBands[rdBands.count - 1]
    }

    /// Growth bands: the 指引's six grades (≥35%, ≥25%, ≥15%, ≥5%, >0, ≤0) scored at the bottom of
    /// each grade's range (A 9–10 → 9, B 7–8 → 7, …), so a computed part never exceeds what the
    /// experts would give.
    public static let standard = HntePolicy(
        registrationDaysMin: 365,
        fields: ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"],
        techStaffMin: Percent(10), rdYears: 3,
        rdBands: [
            HnteRdBand(revenueAtMostYuan: 50_000_000, minimum: Percent(5)),
            HnteRdBand(revenueAtMostYuan: 200_000_000, minimum: Percent(4)),
            HnteRdBand(revenueAtMostYuan: nil, minimum: Percent(3)),
        ],
        rdInChinaMin: Percent(60), highTechIncomeMin: Percent(60), innovationScoreAbove: 70,
        innovationMaxima: InnovationMaxima(ip: 30, conversion: 30, rdManagement: 20, growth: 20),
        growthRateBands: [
            PercentBand(atLeast: Percent(35), points: 9), PercentBand(atLeast: Percent(25), points: 7),
            PercentBand(atLeast: Percent(15), points: 5), PercentBand(atLeast: Percent(5), points: 3),
            PercentBand(above: Percent(0), points: 1),
        ])
}
