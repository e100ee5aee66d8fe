/// The 企业成长性 part of the 高新技术企业 innovation score computed from the figures, as the
/// 工作指引 defines it when a person has not entered it:
///
///     growth rate = ½ × (year2 / year1 + year3 / year2) − 1
///
/// for net assets and for sales separately, each rate scored by the policy's growth bands and
/// the two added. Shorter histories: with two years the rate is year2 / year1 − 1; with one
/// year there is no rate (0 points). A first-year value of 0 uses the last two years; a
/// second-year value ≤ 0 or a negative first-year value scores 0 (our reading of the 指引's
/// "按0分计算" for negative net assets).
enum InnovationGrowth {
    struct Outcome {
        let points: Int?
        let text: Phrase
        let missing: [String]
    }

    static func compute(_ input: EligibilityInput, policy p: HntePolicy) -> Outcome {
        let years = input.recentYears(3)
        var lookup = FactLookup(input)
        let netAssets = lookup.values(.netAssets, \.netAssets, years: years)
        let sales = lookup.values(.revenue, \.revenue, years: years)
        guard let netAssets, let sales else {
            return Outcome(points: nil, text: .of(.growthNotComputable), missing: lookup.missing)
        }
        let (netPoints, netText) = score(netAssets, bands: p.growthRateBands)
        let (salesPoints, salesText) = score(sales, bands: p.growthRateBands)
        let points = min(netPoints + salesPoints, p.innovationMaxima.growth)
        return Outcome(points: points,
                       text: Phrase { CheckText.growthComputed.text(in: $0, ["points": points, "span": span(years),
                                                                             "net": netText.text(in: $0),
                                                                             "sales": salesText.text(in: $0)]) },
                       missing: [])
    }

    /// `2023–2025`, `2025`, `none`.
    private static func span(_ years: [Int]) -> String {
        years.count > 1 ? "\(years[0])–\(years[years.count - 1])" : years.first.map(String.init) ?? "none"
    }

    static func rate(_ values: [Int64]) -> Fraction? {
        let v = values.map(WideInt.init)
        switch v.count {
        case 3:
            let (a, b, c) = (v[0], v[1], v[2])
            if b.signum <= 0 || a.isNegative { return nil }
            if a.isZero { return Fraction(c - b, b) }
            return Fraction(b * b + a * c - WideInt(2) * a * b, WideInt(2) * a * b)
        case 2:
            return v[0].signum > 0 ? Fraction(v[1] - v[0], v[0]) : nil
        default:
            return nil
        }
    }

    private static func score(_ values: [Int64], bands: [PercentBand]) -> (Int, Phrase) {
        guard let rate = rate(values) else { return (0, .of(.noRate)) }
        let points = bands.band(for: rate)?.points ?? 0
        return (points, Phrase { _ in "\(rate.percentText) → \(points)" })
    }
}
