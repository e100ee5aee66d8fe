/// The innovation score criterion: an entered total wins; otherwise the entered parts are
/// added, the growth part computed from the figures when it is not entered. The score must be
/// above the policy's mark, the mark itself failing ("70分以上（不含70分）").
extension HnteRule {
    static func innovation(_ input: EligibilityInput, _ p: HntePolicy) -> (Criterion, ScoreSummary) {
        let year = input.year, id = "hnte.innovation_score"
        let mark = p.innovationScoreAbove
        // Phrases that capture values are made in functions, called only when the criterion is worded.
        func threshold() -> Phrase { Phrase { CheckText.innovationThreshold.text(in: $0, ["mark": mark]) } }
        let explanation = Phrase.of(.innovationExplanation)
        let m = p.innovationMaxima
        let parts = input.facts[year]?.innovationParts
        if let score = input.facts[year]?.innovationScore {
            let summaryParts = [("ip", parts?.ip, m.ip), ("conversion", parts?.conversion, m.conversion),
                                ("rd_management", parts?.rdManagement, m.rdManagement), ("growth", parts?.growth, m.growth)]
                .map { ScoreSummary.Part(id: $0.0, points: $0.1, max: Points($0.2)) }
            let summary = ScoreSummary(entered: score, passMark: mark, passMarkPasses: false, parts: summaryParts)
            return (Criterion(id: id, verdict: summary.verdict, worded: input.worded,
                              value: Phrase { CheckText.enteredScore.text(in: $0, ["score": score, "year": year]) },
                              threshold: threshold(), explanation: explanation),
                    summary)
        }
        func part(_ id: String, _ value: Points?, _ max: Int) -> ScoredIndicator {
            let name = partName(id)
            guard let value else {
                return ScoredIndicator(id: id, lowest: 0, highest: max, max: max,
                                       value: Phrase { CheckText.partNotEntered.text(in: $0, ["part": name.text(in: $0)]) },
                                       missing: ["innovation_parts.\(id) (\(year))"])
            }
            return ScoredIndicator(id: id, points: value, max: Points(max),
                                   value: Phrase { CheckText.partScore.text(in: $0, ["part": name.text(in: $0), "points": value]) })
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
        let missing = parts == nil ? ["innovation_score (\(year))"] : indicators.flatMap(\.missing)
        func value() -> Phrase {
            let (lowest, highest) = (summary.lowest, summary.highest)
            let total = summary.total.map { Phrase($0.description) }
                ?? Phrase { CheckText.partsMissing.text(in: $0, ["lowest": lowest, "highest": highest]) }
            let values = Phrase.joined(indicators.map(\.value), by: .of(.listSeparator))
            return Phrase {
                CheckText.partsValue.text(in: $0, ["total": total.text(in: $0), "parts": values.text(in: $0), "year": year])
            }
        }
        return (Criterion(id: id, verdict: summary.verdict, worded: input.worded, value: value(),
                          threshold: threshold(), explanation: explanation, missing: missing),
                summary)
    }

    /// An innovation part as the 指引 names it: 知识产权, 成果转化…; the id in English.
    static func partName(_ id: String) -> Phrase {
        switch id {
        case "ip": .of(.partIP)
        case "conversion": .of(.partConversion)
        case "rd_management": .of(.partRDManagement)
        case "growth": .of(.partGrowth)
        default: Phrase(id)
        }
    }
}
