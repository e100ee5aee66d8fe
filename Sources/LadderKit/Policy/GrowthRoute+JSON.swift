/// The policy-document form of `GrowthRoute`: snake_case keys, every value validated on reading.
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
        guard self != GrowthRoute() else { throw .invalid(path: r.path, reason: PolicyWords(.routeEmpty)) }
        if let low = foundedMoreThanYears, let high = foundedWithinYears, low >= high {
            throw .invalid(path: r.path("founded_more_than_years"),
                           reason: PolicyWords(.noAgeRange, ["low": "\(low)", "high": "\(high)"]))
        }
        if let low = valuationUSDMin, let high = valuationUSDBelow, low >= high {
            throw .invalid(path: r.path("valuation_usd_min"), reason: PolicyWords(.noValuationRange, ["low": "\(low)", "high": "\(high)"]))
        }
        if revenueCAGRMin != nil || baseRevenueMinYuan != nil, cagrYears == nil {
            throw .missing(path: r.path("cagr_years"))
        }
        if let years = cagrYears, years > 10 {
            throw .invalid(path: r.path("cagr_years"), reason: PolicyWords(.lookBackTooFar, ["years": "\(years)"]))
        }
    }
}
