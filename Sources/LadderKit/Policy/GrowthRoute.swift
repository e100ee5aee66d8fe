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

extension GrowthRoute {
    static let keys = ["founded_within_years", "founded_more_than_years", "unlisted", "valuation_usd_min",
                       "valuation_usd_below", "funding_cny_min", "revenue_above_yuan", "base_revenue_min_yuan",
                       "revenue_cagr_min_percent", "cagr_years", "last_year_growth"]

    var json: PolicyJSON {
        var f: [String: PolicyJSON] = [:]
        if let foundedWithinYears { f["founded_within_years"] = .integer(foundedWithinYears) }
        if let foundedMoreThanYears { f["founded_more_than_years"] = .integer(foundedMoreThanYears) }
        if unlisted { f["unlisted"] = .bool(true) }
        if let valuationUSDMin { f["valuation_usd_min"] = .integer(valuationUSDMin) }
        if let valuationUSDBelow { f["valuation_usd_below"] = .integer(valuationUSDBelow) }
        if let fundingCNYMin { f["funding_cny_min"] = .integer(fundingCNYMin) }
        if let revenueAboveYuan { f["revenue_above_yuan"] = .integer(revenueAboveYuan) }
        if let baseRevenueMinYuan { f["base_revenue_min_yuan"] = .integer(baseRevenueMinYuan) }
        if let revenueCAGRMin { f["revenue_cagr_min_percent"] = .percent(revenueCAGRMin) }
        if let cagrYears { f["cagr_years"] = .integer(cagrYears) }
        if lastYearGrowth { f["last_year_growth"] = .bool(true) }
        return .object(f)
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        self.init(foundedWithinYears: try r.optionalInteger("founded_within_years", atLeast: 1).map { Int($0) },
                  foundedMoreThanYears: try r.optionalInteger("founded_more_than_years").map { Int($0) },
                  unlisted: try r.optionalBool("unlisted"),
                  valuationUSDMin: try r.optionalInteger("valuation_usd_min"),
                  valuationUSDBelow: try r.optionalInteger("valuation_usd_below", atLeast: 1),
                  fundingCNYMin: try r.optionalInteger("funding_cny_min"),
                  revenueAboveYuan: try r.optionalInteger("revenue_above_yuan"),
                  baseRevenueMinYuan: try r.optionalInteger("base_revenue_min_yuan"),
                  revenueCAGRMin: try r.optionalPercent("revenue_cagr_min_percent"),
                  cagrYears: try r.optionalInteger("cagr_years", atLeast: 1).map { Int($0) },
                  lastYearGrowth: try r.optionalBool("last_year_growth"))
        guard self != GrowthRoute() else { throw .invalid(path: r.path, reason: "a route needs at least one condition") }
        if let low = foundedMoreThanYears, let high = foundedWithinYears, low >= high {
            throw .invalid(path: r.path("founded_more_than_years"),
                           reason: "\(low) leaves no age range below founded_within_years \(high)")
        }
        if let low = valuationUSDMin, let high = valuationUSDBelow, low >= high {
            throw .invalid(path: r.path("valuation_usd_min"), reason: "\(low) leaves no range below valuation_usd_below \(high)")
        }
        if revenueCAGRMin != nil || baseRevenueMinYuan != nil, cagrYears == nil {
            throw .missing(path: r.path("cagr_years"))
        }
        if let years = cagrYears, years > 10 {
            throw .invalid(path: r.path("cagr_years"), reason: "\(years) years is more than the 10 a growth list can look back")
        }
    }
}
