/// One criterion per condition a growth route sets, ids `growth.<category>.route_<n>.<condition>`.
extension GrowthRule {
    static func conditions(_ route: GrowthRoute, prefix: String, category: ListCategory, input: EligibilityInput,
                           placeholder: Bool) -> [Criterion] {
        let about = "\(category.chineseName) (\(category.rawValue))" + (placeholder ? ", placeholder threshold" : "")
        var out: [Criterion] = []
        if let years = route.foundedWithinYears {
            out.append(age("\(prefix).founded_within_years", input, years: years, within: true, about: about))
        }
        if let years = route.foundedMoreThanYears {
            out.append(age("\(prefix).founded_more_than_years", input, years: years, within: false, about: about))
        }
        if route.unlisted {
            out.append(.flag("\(prefix).unlisted", .listed, \.listed, input: input, wanted: false,
                             explanation: "not listed on a stock exchange; \(about)"))
        }
        let year = input.year
        let checks: [(String, AnnualFacts.CodingKeys, KeyPath<AnnualFacts, Int64?>, Int, Comparison, Int64?, String)] = [
            ("valuation_usd_min", .valuationUSD, \.valuationUSD, year, .atLeast, route.valuationUSDMin, "US$"),
            ("valuation_usd_below", .valuationUSD, \.valuationUSD, year, .below, route.valuationUSDBelow, "US$"),
            ("funding_cny_min", .fundingCNY, \.fundingCNY, year, .atLeast, route.fundingCNYMin, "元"),
            ("revenue_above", .revenue, \.revenue, year, .above, route.revenueAboveYuan, "元"),
            ("base_revenue_min", .revenue, \.revenue, year - (route.cagrYears ?? 0), .atLeast, route.baseRevenueMinYuan, "元"),
        ]
        for (name, key, path, factYear, comparison, limit, unit) in checks {
            guard let limit else { continue }
            out.append(compare("\(prefix).\(name)", key, path, year: factYear, comparison, limit, unit: unit,
                               input: input, about: about))
        }
        if let minimum = route.revenueCAGRMin, let years = route.cagrYears {
            out.append(cagr("\(prefix).revenue_cagr", input, minimum: minimum, years: years, about: about))
        }
        if route.lastYearGrowth {
            out.append(compareYears("\(prefix).last_year_growth", input, about: about))
        }
        return out
    }

    enum Comparison {
        case atLeast, above, below

        var symbol: String {
            switch self {
            case .atLeast: return "≥"
            case .above: return ">"
            case .below: return "<"
            }
        }

        func holds(_ value: Int64, _ limit: Int64) -> Bool {
            switch self {
            case .atLeast: return value >= limit
            case .above: return value > limit
            case .below: return value < limit
            }
        }
    }

    private static func money(_ amount: Int64, _ unit: String) -> String {
        unit == "US$" ? "US$\(Money.grouped(amount))" : "\(Money.grouped(amount)) 元"
    }

    private static func compare(_ id: String, _ key: AnnualFacts.CodingKeys, _ path: KeyPath<AnnualFacts, Int64?>,
                                year: Int, _ comparison: Comparison, _ limit: Int64, unit: String,
                                input: EligibilityInput, about: String) -> Criterion {
        var lookup = FactLookup(input)
        let threshold = "\(comparison.symbol) \(money(limit, unit)) (\(year))"
        let explanation = "\(key.rawValue) in \(year); \(about)"
        guard let value = lookup.value(key, path, year: year) else {
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(year))", threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: comparison.holds(value, limit) ? .pass : .fail,
                         value: "\(money(value, unit)) (\(year))", threshold: threshold, explanation: explanation)
    }

    /// Age by the Civil Code: founded within N years ⇔ the evaluation day is on or before the
    /// day N years after founding.
    private static func age(_ id: String, _ input: EligibilityInput, years: Int, within: Bool,
                            about: String) -> Criterion {
        let explanation = "age on the evaluation day; \(about)"
        guard let founded = input.founded else {
            return Criterion(id: id, verdict: .unknown, value: "founding day not recorded",
                             threshold: "\(within ? "≤" : ">") \(years) years", explanation: explanation, missing: ["founded"])
        }
        let end = founded.civilPeriodEnd(years: years)
        let holds = within ? input.asOf <= end : input.asOf > end
        return Criterion(id: id, verdict: holds ? .pass : .fail,
                         value: "founded \(founded), evaluated \(input.asOf)",
                         threshold: within ? "≤ \(years) years (evaluated by \(end))" : "> \(years) years (evaluated after \(end))",
                         explanation: explanation)
    }

    /// Compound growth: latest ≥ base × (1 + r)^n, compared as latest × 10000^n ≥ base × (10000 + r)^n.
    private static func cagr(_ id: String, _ input: EligibilityInput, minimum: Percent, years: Int,
                             about: String) -> Criterion {
        var lookup = FactLookup(input)
        let baseYear = input.year - years
        var factor = WideInt(1), scale = WideInt(1)
        for _ in 0..<years {
            factor = factor * WideInt(10_000 + minimum.basisPoints)
            scale = scale * WideInt(10_000)
        }
        let required = Fraction(factor, scale)!
        let threshold = "≥ \(minimum) a year over \(years) years (×\(required.multipleText))"
        let explanation = "compound growth of sales \(baseYear)–\(input.year); \(about)"
        let base = lookup.value(.revenue, \.revenue, year: baseYear)
        let latest = lookup.value(.revenue, \.revenue, year: input.year)
        guard let base, let latest else {
            return Criterion(id: id, verdict: .unknown, value: "not entered", threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        guard base > 0, let multiple = Fraction(latest, base) else {
            return Criterion(id: id, verdict: .fail, value: "no sales in \(baseYear)", threshold: threshold,
                             explanation: explanation)
        }
        let holds = WideInt(latest) * scale >= WideInt(base) * factor
        return Criterion(id: id, verdict: holds ? .pass : .fail,
                         value: "×\(multiple.multipleText) (\(Money.grouped(base)) → \(Money.grouped(latest)) 元, \(baseYear)–\(input.year))",
                         threshold: threshold, explanation: explanation)
    }

    private static func compareYears(_ id: String, _ input: EligibilityInput, about: String) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        let explanation = "sales grew in the last year; \(about)"
        let previous = lookup.value(.revenue, \.revenue, year: year - 1)
        let latest = lookup.value(.revenue, \.revenue, year: year)
        guard let previous, let latest else {
            return Criterion(id: id, verdict: .unknown, value: "not entered", threshold: "\(year) > \(year - 1)",
                             explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: latest > previous ? .pass : .fail,
                         value: "\(Money.grouped(previous)) → \(Money.grouped(latest)) 元 (\(year - 1)–\(year))",
                         threshold: "\(year) > \(year - 1)", explanation: explanation)
    }
}
