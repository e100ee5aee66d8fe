/// The two R&D conditions, over the last fiscal years (three by default, fewer for a younger firm).
extension HnteRule {
    static func rdRatio(_ input: EligibilityInput, _ p: HntePolicy, years: [Int]) -> Criterion {
        // Phrases that capture values are made in functions, called only when the criterion is worded.
        let id = "hnte.rd_ratio"
        let rdYears = p.rdYears
        func explanation() -> Phrase { Phrase { CheckText.rdRatioExplanation.text(in: $0, ["years": rdYears]) } }
        let bands = p.rdBands
        let rd: WideInt, revenue: WideInt, latest: Int64
        switch sums(input, years: years, .rdExpense, over: .revenue) {
        case nil:
            return noYears(id, input, threshold: Phrase { _ in "≥ \(minimaText(bands))" }, explanation: explanation())
        case let .unknown(missing)?:
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(span(years)),
                             threshold: Phrase { CheckText.rdMinimaBySales.text(in: $0, ["minima": minimaText(bands)]) },
                             explanation: explanation(), missing: missing)
        case let .known(numerator, denominator, last)?:
            (rd, revenue, latest) = (numerator, denominator, last)
        }
        let band = p.rdBand(latestRevenue: latest)
        let minimum = band.minimum
        func threshold() -> Phrase {
            Phrase {
                CheckText.bandThreshold.text(in: $0, ["minimum": minimum, "band": bandText(band, in: bands).text(in: $0)])
            }
        }
        // The span is worded only when shown, as the figures are: `candidates` never shows it.
        return .share(id, ratio: Fraction(rd, revenue), minimum: band.minimum, worded: input.worded,
                      detail: Phrase { CheckText.rdDetail.text(in: $0, ["rd": rd.grouped, "sales": revenue.grouped,
                                                                         "span": span(years)]) },
                      zeroBase: Phrase { CheckText.noSales.text(in: $0, ["span": span(years)]) },
                      threshold: threshold(), explanation: explanation())
    }

    static func rdInChina(_ input: EligibilityInput, _ p: HntePolicy, years: [Int]) -> Criterion {
        let id = "hnte.rd_in_china", minimum = p.rdInChinaMin
        func threshold() -> Phrase { Phrase { CheckText.rdInChinaShare.text(in: $0, ["minimum": minimum]) } }
        let explanation = Phrase.of(.rdInChinaExplanation)
        let inChina: WideInt, rd: WideInt
        switch sums(input, years: years, .rdExpenseInChina, over: .rdExpense) {
        case nil:
            return noYears(id, input, threshold: threshold(), explanation: explanation)
        case let .unknown(missing)?:
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(span(years)),
                             threshold: threshold(), explanation: explanation, missing: missing)
        case let .known(numerator, denominator, _)?:
            (inChina, rd) = (numerator, denominator)
        }
        return .share(id, ratio: Fraction(inChina, rd), minimum: p.rdInChinaMin, worded: input.worded,
                      detail: Phrase { CheckText.moneyDetail.text(in: $0, ["part": inChina.grouped, "whole": rd.grouped,
                                                                            "span": span(years)]) },
                      zeroBase: Phrase { CheckText.noRD.text(in: $0, ["span": span(years)]) },
                      threshold: threshold(), explanation: explanation)
    }

    enum Sums {
        /// Both sums, and the denominator fact of the latest year.
        case known(numerator: WideInt, denominator: WideInt, latest: Int64)
        case unknown(missing: [String])
    }

    /// Sums of two facts over the years; nil when there is no year to sum (founded after the year).
    private static func sums(_ input: EligibilityInput, years: [Int], _ numeratorKey: AnnualFacts.CodingKeys,
                             over denominatorKey: AnnualFacts.CodingKeys) -> Sums? {
        guard !years.isEmpty else { return nil }
        var lookup = FactLookup(input)
        guard let sums = lookup.sums(numeratorKey, denominatorKey, years: years) else {
            // Without the founding day a missing early year may just predate the firm: say so.
            if input.founded == nil { lookup.note("founded") }
            return .unknown(missing: lookup.missing)
        }
        return .known(numerator: sums.first, denominator: sums.second, latest: sums.last)
    }

    private static func noYears(_ id: String, _ input: EligibilityInput, threshold: @autoclosure () -> Phrase,
                                explanation: @autoclosure () -> Phrase) -> Criterion {
        let year = input.year
        return Criterion(id: id, verdict: .fail, worded: input.worded,
                         value: Phrase { CheckText.foundedAfter.text(in: $0, ["year": year]) },
                         threshold: threshold(), explanation: explanation())
    }

    /// `2022–2024`, `2024`; never empty in practice (no years fails earlier).
    static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "—" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// `5% / 4% / 3%`: the minima of the bands.
    private static func minimaText(_ bands: [HnteRdBand]) -> String {
        bands.map(\.minimum.description).joined(separator: " / ")
    }

    /// `latest sales ≤ 5000万元`, `5000万元 < latest sales ≤ 2亿元`, `latest sales > 2亿元`.
    private static func bandText(_ band: HnteRdBand, in bands: [HnteRdBand]) -> Phrase {
        let index = bands.firstIndex(of: band) ?? 0
        let lower = (index > 0 ? bands[index - 1].revenueAtMostYuan : nil).map(Money.compact)
        let upper = band.revenueAtMostYuan.map(Money.compact)
        switch (lower, upper) {
        case let (nil, upper?): return Phrase { CheckText.salesAtMost.text(in: $0, ["upper": upper]) }
        case let (lower?, upper?): return Phrase { CheckText.salesBetween.text(in: $0, ["lower": lower, "upper": upper]) }
        case let (lower?, nil): return Phrase { CheckText.salesAbove.text(in: $0, ["lower": lower]) }
        case (nil, nil): return .of(.anySales)
        }
    }
}
