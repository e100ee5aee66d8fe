/// One way into a growth-list category: every condition set here must hold (an absent one is
/// not required). A category lists one or more routes; meeting any one is enough.
///
/// Age is counted as the Civil Code counts periods from the founding day; money conditions use
/// the evaluated fiscal year's facts, the base year being `cagrYears` before it.
public struct GrowthRoute: Hashable, Sendable {
    /// Founded at most this many years before the evaluation day.
    public var foundedWithinYears: Int?
    /// Founded more than this many years before the evaluation day.
    public var foundedMoreThanYears: Int?
    /// Not listed on a stock exchange.
    public var unlisted: Bool
    public var valuationUSDMin: Int64?
    /// Valuation strictly below this (the next category up starts here).
    public var valuationUSDBelow: Int64?
    /// Equity funding received, in yuan.
    public var fundingCNYMin: Int64?
    /// Latest year's sales strictly above this.
    public var revenueAboveYuan: Int64?
    /// Base year's sales at least this.
    public var baseRevenueMinYuan: Int64?
    /// Compound annual growth of sales from the base year to the latest year at least this.
    public var revenueCAGRMin: Percent?
    /// Years between the base year and the latest year.
    public var cagrYears: Int?
    /// Sales in the latest year above the year before.
    public var lastYearGrowth: Bool

    public init(foundedWithinYears: Int? = nil, foundedMoreThanYears: Int? = nil, unlisted: Bool = false,
                valuationUSDMin: Int64? = nil, valuationUSDBelow: Int64? = nil, fundingCNYMin: Int64? = nil,
                revenueAboveYuan: Int64? = nil, baseRevenueMinYuan: Int64? = nil, revenueCAGRMin: Percent? = nil,
                cagrYears: Int? = nil, lastYearGrowth: Bool = false) {
        self.foundedWithinYears = foundedWithinYears
        self.foundedMoreThanYears = foundedMoreThanYears
        self.unlisted = unlisted
        self.valuationUSDMin = valuationUSDMin
        self.valuationUSDBelow = valuationUSDBelow
        self.fundingCNYMin = fundingCNYMin
        self.revenueAboveYuan = revenueAboveYuan
        self.baseRevenueMinYuan = baseRevenueMinYuan
        self.revenueCAGRMin = revenueCAGRMin
        self.cagrYears = cagrYears
        self.lastYearGrowth = lastYearGrowth
    }
}
