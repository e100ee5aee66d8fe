/// The two R&D conditions, over the last fiscal years (three by default, fewer for a younger firm).
extension HnteRule {
    static func rdRatio(_ input: EligibilityInput, _ p: HntePolicy, years: [Int]) -> Criterion {
        let id = "hnte.rd_ratio"
        let explanation = "研发费用 over the last \(p.rdYears) fiscal years (fewer if younger) as a share of sales"
        let rd: WideInt, revenue: WideInt, latest: Int64
        switch sums(input, years: years, .rdExpense, \.rdExpense, over: .revenue, \.revenue) {
        case nil:
            return noYears(id, input, threshold: "≥ \(p.rdBands.map(\.minimum.description).joined(separator: " / "))",
                           explanation: explanation)
        case let .unknown(missing)?:
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(span(years)))",
                             threshold: "≥ \(p.rdBands.map(\.minimum.description).joined(separator: " / ")) by latest sales",
                             explanation: explanation, missing: missing)
        case let .known(numerator, denominator, last)?:
            (rd, revenue, latest) = (numerator, denominator, last)
        }
        let band = p.rdBand(latestRevenue: latest)
        let threshold = "≥ \(band.minimum) (\(bandText(band, in: p.rdBands)))"
        return .share(id, ratio: Fraction(rd, revenue), minimum: band.minimum,
                      detail: "R&D \(rd.grouped) / sales \(revenue.grouped) 元, \(span(years))",
                      zeroBase: "no sales (\(span(years)))", threshold: threshold, explanation: explanation)
    }

    static func rdInChina(_ input: EligibilityInput, _ p: HntePolicy, years: [Int]) -> Criterion {
        let id = "hnte.rd_in_china", threshold = "≥ \(p.rdInChinaMin) of R&D"
        let explanation = "研发费用 spent in China as a share of all R&D over the same years"
        let inChina: WideInt, rd: WideInt
        switch sums(input, years: years, .rdExpenseInChina, \.rdExpenseInChina, over: .rdExpense, \.rdExpense) {
        case nil:
            return noYears(id, input, threshold: threshold, explanation: explanation)
        case let .unknown(missing)?:
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(span(years)))", threshold: threshold,
                             explanation: explanation, missing: missing)
        case let .known(numerator, denominator, _)?:
            (inChina, rd) = (numerator, denominator)
        }
        return .share(id, ratio: Fraction(inChina, rd), minimum: p.rdInChinaMin,
                      detail: "\(inChina.grouped) / \(rd.grouped) 元, \(span(years))",
                      zeroBase: "no R&D expense (\(span(years)))", threshold: threshold, explanation: explanation)
    }

    enum Sums {
        /// Both sums, and the denominator fact of the latest year.
        case known(numerator: WideInt, denominator: WideInt, latest: Int64)
        case unknown(missing: [String])
    }

    /// Sums of two facts over the years; nil when there is no year to sum (founded after the year).
    private static func sums(_ input: EligibilityInput, years: [Int],
                             _ numeratorKey: AnnualFacts.CodingKeys, _ numerator: KeyPath<AnnualFacts, Int64?>,
                             over denominatorKey: AnnualFacts.CodingKeys,
                             _ denominator: KeyPath<AnnualFacts, Int64?>) -> Sums? {
        guard !years.isEmpty else { return nil }
        var lookup = FactLookup(input)
        let top = lookup.values(numeratorKey, numerator, years: years)
        let bottom = lookup.values(denominatorKey, denominator, years: years)
        guard let top, let bottom else {
            // Without the founding day a missing early year may just predate the firm: say so.
            if input.founded == nil { lookup.note("founded") }
            return .unknown(missing: lookup.missing)
        }
        return .known(numerator: top.map(WideInt.init).reduce(.zero, +),
                      denominator: bottom.map(WideInt.init).reduce(.zero, +), latest: bottom[bottom.count - 1])
    }

    private static func noYears(_ id: String, _ input: EligibilityInput, threshold: String,
                                explanation: String) -> Criterion {
        Criterion(id: id, verdict: .fail, value: "founded after fiscal year \(input.year)", threshold: threshold,
                  explanation: explanation)
    }

    static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "no years" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// `latest sales ≤ 5000万元`, `5000万元 < latest sales ≤ 2亿元`, `latest sales > 2亿元`.
    private static func bandText(_ band: HnteRdBand, in bands: [HnteRdBand]) -> String {
        let index = bands.firstIndex(of: band) ?? 0
        let lower = index > 0 ? bands[index - 1].revenueAtMostYuan : nil
        switch (lower, band.revenueAtMostYuan) {
        case let (nil, upper?): return "latest sales ≤ \(Money.compact(upper))"
        case let (lower?, upper?): return "\(Money.compact(lower)) < latest sales ≤ \(Money.compact(upper))"
        case let (lower?, nil): return "latest sales > \(Money.compact(lower))"
        case (nil, nil): return "any sales"
        }
    }
}
