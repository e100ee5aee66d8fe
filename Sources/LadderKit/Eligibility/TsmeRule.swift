/// 科技型中小企业 eligibility (评价办法 国科发政〔2017〕115号): size limits and a clean record, then
/// either a direct route or a score of at least the pass mark with a tech-staff score above zero.
public struct TsmeRule: EligibilityRule {
    public var tier: Tier { .tsme }

    public init() {}

    public func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult {
        let p = policy.eligibility.tsme
        var required: [Requirement] = []
        var criteria: [Criterion] = []
        if let prerequisite = Criterion.prerequisite(for: .tsme, input: input, policy: policy) {
            criteria.append(prerequisite)
            required.append(.criterion(prerequisite.id))
        }
        let gate = [
            Criterion.atMost("tsme.employees_max", .employees, \.employees, input: input, maximum: p.employeesMax,
                             money: false, explanation: .of(.employeesWithin)),
            Criterion.atMost("tsme.revenue_max", .revenue, \.revenue, input: input, maximum: p.revenueMaxYuan,
                             money: true, explanation: .of(.revenueWithin)),
            Criterion.atMost("tsme.total_assets_max", .totalAssets, \.totalAssets, input: input,
                             maximum: p.totalAssetsMaxYuan, money: true, explanation: .of(.assetsWithin)),
            Criterion.flag("tsme.no_major_accident", .majorAccident, input: input, wanted: false,
                           explanation: .of(.tsmeNoAccident)),
            Criterion.flag("tsme.not_abnormal_operation", .abnormalOperationList,
                           input: input, wanted: false, explanation: .of(.notAbnormal)),
            Criterion.flag("tsme.not_seriously_dishonest", .seriousDishonestyList,
                           input: input, wanted: false, explanation: .of(.notDishonest)),
        ]
        let direct = TsmeDirectRoute.allCases.filter(p.directRoutes.contains).map { directRoute($0, input) }
        let (scored, summary) = score(input, p, directPassed: direct.first { $0.verdict == .pass }?.id)
        criteria += gate + direct + scored
        let scoreRoute: Requirement = p.techStaffScoreMustBePositive
            ? .all(["tsme.tech_staff_score", "tsme.score"]) : .criterion("tsme.score")
        required += gate.map { .criterion($0.id) }
        required.append(.any(direct.map { .criterion($0.id) } + [scoreRoute]))
        return EligibilityResult(tier: .tsme, category: nil, input: input, policy: policy, criteria: criteria,
                                 requirement: .all(required), score: summary)
    }

    private func directRoute(_ route: TsmeDirectRoute, _ input: EligibilityInput) -> Criterion {
        let id = "tsme.direct.\(route.rawValue)"
        let routeText = Phrase.route(route)
        let explanation = Phrase { CheckText.directRoute.text(in: $0, ["route": routeText.text(in: $0)]) }
        switch route {
        case .validHnte:
            let held = input.validTiers.contains(.hnte), asOf = input.asOf
            return Criterion(id: id, verdict: held ? .pass : .fail,
                             value: held ? Phrase { CheckText.validOn.text(in: $0, ["day": asOf, "tiers": Tier.hnte.heading(in: $0)]) }
                                : Phrase { CheckText.noneValidOn.text(in: $0, ["day": asOf]) },
                             threshold: .of(.validHnteCertificate), explanation: explanation)
        case .nationalAward:
            return .flag(id, .nationalAwardInLast5Years, input: input, wanted: true,
                         explanation: explanation)
        case .provincialRDInstitution:
            return .flag(id, .provincialRDInstitution, input: input, wanted: true,
                         explanation: explanation)
        case .ledStandard:
            return .flag(id, .ledStandardInLast5Years, input: input, wanted: true,
                         explanation: explanation)
        }
    }

    /// The indicator criteria and the total; informative only when a direct route passed.
    private func score(_ input: EligibilityInput, _ p: TsmePolicy,
                       directPassed: String?) -> ([Criterion], ScoreSummary) {
        let tech = TsmeRule.techStaff(input, p), rd = TsmeRule.rd(input, p), ip = TsmeRule.ip(input, p)
        let indicators = [tech, rd, ip]
        let summary = ScoreSummary(passMark: Points(p.passScore), passMarkPasses: true, parts: indicators.map(\.summaryPart))
        let aside = directPassed.map { id in Phrase { CheckText.informative.text(in: $0, ["id": id]) } } ?? Phrase("")
        let thresholds = TsmeRule.thresholdText(p)
        let techVerdict: CriterionVerdict
        if !p.techStaffScoreMustBePositive { techVerdict = tech.points == nil ? .unknown : .pass }
        else if tech.lowest > 0 { techVerdict = .pass }
        else { techVerdict = tech.highest == 0 ? .fail : .unknown }
        let totalVerdict = summary.verdict
        let (lowest, highest) = (summary.lowest, summary.highest)
        let totalValue = summary.total.map { total in Phrase { _ in "\(total) 分" } }
            ?? Phrase { CheckText.scoreOpenRange.text(in: $0, ["lowest": lowest, "highest": highest]) }
        let parts = Phrase {
            CheckText.scoreParts.text(in: $0, ["tech": tech.pointsText, "rd": rd.pointsText, "ip": ip.pointsText])
        }
        let positive = p.techStaffScoreMustBePositive
        return ([
            Criterion(id: "tsme.tech_staff_score", verdict: techVerdict, value: tech.value,
                      threshold: (positive ? .of(.techStaffScorePositive) : Phrase("")) + thresholds.techStaff,
                      explanation: Phrase { CheckText.techStaffScoreExplanation.text(in: $0, [
                          "needs": positive ? CheckText.scoreRouteNeeds.text(in: $0) : "", "aside": aside.text(in: $0)]) },
                      missing: tech.missing),
            Criterion(id: "tsme.rd_score", verdict: rd.points == nil ? .unknown : .pass, value: rd.value,
                      threshold: thresholds.rd,
                      explanation: Phrase { CheckText.rdScoreExplanation.text(in: $0, ["aside": aside.text(in: $0)]) },
                      missing: rd.missing),
            Criterion(id: "tsme.ip_score", verdict: ip.points == nil ? .unknown : .pass, value: ip.value,
                      threshold: thresholds.ip,
                      explanation: Phrase { CheckText.ipScoreExplanation.text(in: $0, ["aside": aside.text(in: $0)]) },
                      missing: ip.missing),
            Criterion(id: "tsme.score", verdict: totalVerdict,
                      value: Phrase { CheckText.withDetail.text(in: $0, ["value": totalValue.text(in: $0), "detail": parts.text(in: $0)]) },
                      threshold: Phrase { [passScore = p.passScore] _ in "≥ \(passScore) 分" },
                      explanation: Phrase { CheckText.scoreRouteExplanation.text(in: $0, ["aside": aside.text(in: $0)]) },
                      missing: indicators.flatMap(\.missing)),
        ], summary)
    }
}
