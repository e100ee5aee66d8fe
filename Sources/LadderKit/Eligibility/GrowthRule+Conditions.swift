/// One criterion per condition a growth route sets, ids `growth.<category>.route_<n>.<condition>`.
extension GrowthRule {
    static func conditions(_ route: GrowthRoute, prefix: String, category: ListCategory, input: EligibilityInput,
                           placeholder: Bool) -> [Criterion] {
        let about = Phrase { language in
            CheckText.about.text(in: language, [
                "name": language == .zh ? category.chineseName : "\(category.chineseName) (\(category.rawValue))",
                "placeholder": placeholder ? CheckText.placeholderThreshold.text(in: language) : ""])
        }
        var out: [Criterion] = []
        if let years = route.foundedWithinYears {
            out.append(age("\(prefix).founded_within_years", input, years: years, within: true, about: about))
        }
        if let years = route.foundedMoreThanYears {
            out.append(age("\(prefix).founded_more_than_years", input, years: years, within: false, about: about))
        }
        if route.unlisted {
            out.append(.flag("\(prefix).unlisted", .listed, input: input, wanted: false,
                             explanation: Phrase { CheckText.unlisted.text(in: $0, ["about": about.text(in: $0)]) }))
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
                                input: EligibilityInput, about: Phrase) -> Criterion {
        var lookup = FactLookup(input)
        let threshold = Phrase.inYear(Phrase { _ in "\(comparison.symbol) \(money(limit, unit))" }, year)
        let fact = key.rawValue
        let explanation = Phrase {
            CheckText.factInYear.text(in: $0, ["fact": FactText.name(of: fact, in: $0), "year": year, "about": about.text(in: $0)])
        }
        guard let value = lookup.value(key, path, year: year) else {
            return Criterion(id: id, verdict: .unknown, value: .notEntered(year), threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: comparison.holds(value, limit) ? .pass : .fail,
                         value: .inYear(Phrase { _ in money(value, unit) }, year), threshold: threshold, explanation: explanation)
    }

    /// Age by the Civil Code: founded within N years ⇔ the evaluation day is on or before the
    /// day N years after founding.
    private static func age(_ id: String, _ input: EligibilityInput, years: Int, within: Bool,
                            about: Phrase) -> Criterion {
        let explanation = Phrase { CheckText.ageExplanation.text(in: $0, ["about": about.text(in: $0)]) }
        guard let founded = input.founded else {
            return Criterion(id: id, verdict: .unknown, value: .of(.foundingNotRecorded),
                             threshold: Phrase { CheckText.years.text(in: $0, ["symbol": within ? "≤" : ">", "years": years]) },
                             explanation: explanation, missing: ["founded"])
        }
        let end = founded.civilPeriodEnd(years: years), asOf = input.asOf
        let holds = within ? input.asOf <= end : input.asOf > end
        return Criterion(id: id, verdict: holds ? .pass : .fail,
                         value: Phrase { CheckText.foundedEvaluated.text(in: $0, ["founded": founded, "asOf": asOf]) },
                         threshold: Phrase { (within ? CheckText.ageWithin : .ageMore).text(in: $0, ["years": years, "end": end]) },
                         explanation: explanation)
    }

    /// Compound growth: latest ≥ base × (1 + r)^n, compared as latest × 10000^n ≥ base × (10000 + r)^n.
    private static func cagr(_ id: String, _ input: EligibilityInput, minimum: Percent, years: Int,
                             about: Phrase) -> Criterion {
        var lookup = FactLookup(input)
        let baseYear = input.year - years
        var factor = WideInt(1), scale = WideInt(1)
        for _ in 0..<years {
            factor = factor * WideInt(10_000 + minimum.basisPoints)
            scale = scale * WideInt(10_000)
        }
        let required = Fraction(factor, scale)!
        let year = input.year
        let threshold = Phrase {
            CheckText.cagrThreshold.text(in: $0, ["minimum": minimum, "years": years, "multiple": required.multipleText])
        }
        let explanation = Phrase {
            CheckText.cagrExplanation.text(in: $0, ["base": baseYear, "year": year, "about": about.text(in: $0)])
        }
        let base = lookup.value(.revenue, \.revenue, year: baseYear)
        let latest = lookup.value(.revenue, \.revenue, year: input.year)
        guard let base, let latest else {
            return Criterion(id: id, verdict: .unknown, value: .of(.notEntered), threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        guard base > 0, let multiple = Fraction(latest, base) else {
            return Criterion(id: id, verdict: .fail, value: Phrase { CheckText.noSalesIn.text(in: $0, ["base": baseYear]) },
                             threshold: threshold, explanation: explanation)
        }
        let holds = WideInt(latest) * scale >= WideInt(base) * factor
        return Criterion(id: id, verdict: holds ? .pass : .fail,
                         value: Phrase { CheckText.cagrValue.text(in: $0, ["multiple": multiple.multipleText, "base": Money.grouped(base),
                                                                          "latest": Money.grouped(latest), "first": baseYear, "year": year]) },
                         threshold: threshold, explanation: explanation)
    }

    private static func compareYears(_ id: String, _ input: EligibilityInput, about: Phrase) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year
        let explanation = Phrase { CheckText.lastYearExplanation.text(in: $0, ["about": about.text(in: $0)]) }
        let threshold = Phrase { _ in "\(year) > \(year - 1)" }
        let previous = lookup.value(.revenue, \.revenue, year: year - 1)
        let latest = lookup.value(.revenue, \.revenue, year: year)
        guard let previous, let latest else {
            return Criterion(id: id, verdict: .unknown, value: .of(.notEntered), threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        return Criterion(id: id, verdict: latest > previous ? .pass : .fail,
                         value: Phrase { CheckText.lastYearValue.text(in: $0, ["previous": Money.grouped(previous), "latest": Money.grouped(latest),
                                                                              "first": year - 1, "year": year]) },
                         threshold: threshold, explanation: explanation)
    }
}
