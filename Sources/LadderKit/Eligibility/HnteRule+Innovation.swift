/// The innovation score criterion: an entered total wins; otherwise the entered parts are
/// added, the growth part computed from the figures when it is not entered. The score must be
/// above the policy's mark, the mark itself failing ("70分以上（不含70分）").
extension HnteRule {
    static func innovation(_ input: EligibilityInput, _ p: HntePolicy) -> (Criterion, ScoreSummary) {
        let year = input.year, id = "hnte.innovation_score"
        let mark = p.innovationScoreAbove
        let threshold = "above \(mark) of 100 (\(mark) itself fails)"
        let explanation = "创新能力评价: 知识产权, 成果转化, 研发组织管理, 企业成长性"
        let m = p.innovationMaxima
        let parts = input.facts[year]?.innovationParts
        if let score = input.facts[year]?.innovationScore {
            let summaryParts = [("ip", parts?.ip, m.ip), ("conversion", parts?.conversion, m.conversion),
                                ("rd_management", parts?.rdManagement, m.rdManagement), ("growth", parts?.growth, m.growth)]
                .map { ScoreSummary.Part(id: $0.0, points: $0.1, max: Points($0.2)) }
            let summary = ScoreSummary(entered: score, passMark: mark, passMarkPasses: false, parts: summaryParts)
            return (Criterion(id: id, verdict: summary.verdict, value: "\(score) (entered, \(year))", threshold: threshold,
                              explanation: explanation),
                    summary)
        }
        func part(_ id: String, _ value: Points?, _ max: Int) -> ScoredIndicator {
            guard let value else {
                return ScoredIndicator(id: id, lowest: 0, highest: max, max: max, value: "\(id) not entered",
                                       missing: ["innovation_parts.\(id) (\(year))"])
            }
            return ScoredIndicator(id: id, points: value, max: Points(max), value: "\(id) \(value)")
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
        let summary = ScoreSummary(passMark: mark, passMarkPasses: false, parts: indicators.map(\.summaryPart))
        let total = summary.total.map(\.description) ?? "\(summary.lowest)–\(summary.highest) while parts are missing"
        let missing = parts == nil ? ["innovation_score (\(year))"] : indicators.flatMap(\.missing)
        return (Criterion(id: id, verdict: summary.verdict,
                          value: "\(total) (\(indicators.map(\.value).joined(separator: ", ")); \(year))",
                          threshold: threshold, explanation: explanation, missing: missing),
                summary)
    }
}
