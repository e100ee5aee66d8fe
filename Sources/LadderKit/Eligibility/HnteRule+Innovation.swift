/// The innovation score criterion: an entered total wins; otherwise the entered parts are
/// added, the growth part computed from the figures when it is not entered.
extension HnteRule {
    static func innovation(_ input: EligibilityInput, _ p: HntePolicy) -> (Criterion, ScoreSummary) {
        let year = input.year, id = "hnte.innovation_score"
        let threshold = "≥ \(p.innovationScoreMin) of 100"
        let explanation = "创新能力评价: 知识产权, 成果转化, 研发组织管理, 企业成长性"
        let m = p.innovationMaxima
        let parts = input.facts[year]?.innovationParts
        if let score = input.facts[year]?.innovationScore {
            let summaryParts = [("ip", parts?.ip, m.ip), ("conversion", parts?.conversion, m.conversion),
                                ("rd_management", parts?.rdManagement, m.rdManagement), ("growth", parts?.growth, m.growth)]
                .map { ScoreSummary.Part(id: $0.0, points: $0.1, max: $0.2) }
            return (Criterion(id: id, verdict: score >= p.innovationScoreMin ? .pass : .fail,
                              value: "\(score) (entered, \(year))", threshold: threshold, explanation: explanation),
                    ScoreSummary(entered: score, passMark: p.innovationScoreMin, parts: summaryParts))
        }
        func part(_ id: String, _ value: Int?, _ max: Int) -> ScoredIndicator {
            guard let value else {
                return ScoredIndicator(id: id, lowest: 0, highest: max, max: max, value: "\(id) not entered",
                                       missing: ["innovation_parts.\(id) (\(year))"])
            }
            return ScoredIndicator(id: id, points: value, max: max, value: "\(id) \(value)")
        }
        var indicators = [part("ip", parts?.ip, m.ip), part("conversion", parts?.conversion, m.conversion),
                          part("rd_management", parts?.rdManagement, m.rdManagement)]
        if let growth = parts?.growth {
            indicators.append(part("growth", growth, m.growth))
        } else {
            let computed = InnovationGrowth.compute(input, policy: p)
            indicators.append(computed.points.map { ScoredIndicator(id: "growth", points: $0, max: m.growth, value: computed.text) }
                ?? ScoredIndicator(id: "growth", lowest: 0, highest: m.growth, max: m.growth, value: computed.text,
                                   missing: ["innovation_parts.growth (\(year))"] + computed.missing))
        }
        let summary = ScoreSummary(passMark: p.innovationScoreMin, parts: indicators.map(\.summaryPart))
        let verdict: CriterionVerdict = summary.lowest >= p.innovationScoreMin ? .pass
            : (summary.highest < p.innovationScoreMin ? .fail : .unknown)
        let total = summary.total.map { "\($0)" } ?? "\(summary.lowest)–\(summary.highest) while parts are missing"
        let missing = parts == nil ? ["innovation_score (\(year))"] : indicators.flatMap(\.missing)
        return (Criterion(id: id, verdict: verdict,
                          value: "\(total) (\(indicators.map(\.value).joined(separator: ", ")); \(year))",
                          threshold: threshold, explanation: explanation, missing: missing),
                summary)
    }
}
