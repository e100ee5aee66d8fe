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
                             money: false, explanation: "职工总数 within the SME limit"),
            Criterion.atMost("tsme.revenue_max", .revenue, \.revenue, input: input, maximum: p.revenueMaxYuan,
                             money: true, explanation: "销售收入 within the SME limit"),
            Criterion.atMost("tsme.total_assets_max", .totalAssets, \.totalAssets, input: input,
                             maximum: p.totalAssetsMaxYuan, money: true, explanation: "资产总额 within the SME limit"),
            Criterion.flag("tsme.no_major_accident", .majorAccident, \.majorAccident, input: input, wanted: false,
                           explanation: "no major safety or quality accident or serious environmental violation"),
            Criterion.flag("tsme.not_abnormal_operation", .abnormalOperationList, \.abnormalOperationList,
                           input: input, wanted: false, explanation: "not on the 经营异常名录"),
            Criterion.flag("tsme.not_seriously_dishonest", .seriousDishonestyList, \.seriousDishonestyList,
                           input: input, wanted: false, explanation: "not on the 严重失信主体名单"),
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
        let explanation = "direct route: " + route.explanation
        switch route {
        case .validHnte:
            let held = input.validTiers.contains(.hnte)
            return Criterion(id: id, verdict: held ? .pass : .fail,
                             value: (held ? "valid" : "none valid") + " on \(input.asOf)",
                             threshold: "a valid 高新技术企业 certificate", explanation: explanation)
        case .nationalAward:
            return .flag(id, .nationalAwardInLast5Years, \.nationalAwardInLast5Years, input: input, wanted: true,
                         explanation: explanation)
        case .provincialRDInstitution:
            return .flag(id, .provincialRDInstitution, \.provincialRDInstitution, input: input, wanted: true,
                         explanation: explanation)
        case .ledStandard:
            return .flag(id, .ledStandardInLast5Years, \.ledStandardInLast5Years, input: input, wanted: true,
                         explanation: explanation)
        }
    }

    /// The indicator criteria and the total; informative only when a direct route passed.
    private func score(_ input: EligibilityInput, _ p: TsmePolicy,
                       directPassed: String?) -> ([Criterion], ScoreSummary) {
        let tech = TsmeRule.techStaff(input, p), rd = TsmeRule.rd(input, p), ip = TsmeRule.ip(input, p)
        let indicators = [tech, rd, ip]
        let summary = ScoreSummary(passMark: Points(p.passScore), passMarkPasses: true, parts: indicators.map(\.summaryPart))
        let aside = directPassed.map { "; informative: \($0) passed" } ?? ""
        let thresholds = TsmeRule.thresholdText(p)
        let techVerdict: CriterionVerdict
        if !p.techStaffScoreMustBePositive { techVerdict = tech.points == nil ? .unknown : .pass }
        else if tech.lowest > 0 { techVerdict = .pass }
        else { techVerdict = tech.highest == 0 ? .fail : .unknown }
        let totalVerdict = summary.verdict
        let totalValue = summary.total.map { "\($0) 分" } ?? "\(summary.lowest)–\(summary.highest) 分 while facts are missing"
        let parts = "tech staff \(tech.pointsText) + R&D \(rd.pointsText) + IP \(ip.pointsText)"
        return ([
            Criterion(id: "tsme.tech_staff_score", verdict: techVerdict, value: tech.value,
                      threshold: (p.techStaffScoreMustBePositive ? "> 0 分; " : "") + thresholds.techStaff,
                      explanation: "科技人员 share of 职工总数, scored" + (p.techStaffScoreMustBePositive
                        ? "; the score route needs more than 0 分 here" : "") + aside,
                      missing: tech.missing),
            Criterion(id: "tsme.rd_score", verdict: rd.points == nil ? .unknown : .pass, value: rd.value,
                      threshold: thresholds.rd,
                      explanation: "研发费用 share of revenue or of total cost, whichever scores more" + aside,
                      missing: rd.missing),
            Criterion(id: "tsme.ip_score", verdict: ip.points == nil ? .unknown : .pass, value: ip.value,
                      threshold: thresholds.ip, explanation: "intellectual property held, scored" + aside,
                      missing: ip.missing),
            Criterion(id: "tsme.score", verdict: totalVerdict, value: "\(totalValue) (\(parts))",
                      threshold: "≥ \(p.passScore) 分", explanation: "score route: total of the three indicators" + aside,
                      missing: indicators.flatMap(\.missing)),
        ], summary)
    }
}
