/// `ladder policy show`: the knobs and headline thresholds of a policy in a few lines; the
/// whole document is `--format json`.
public enum PolicyText {
    public static func summary(_ policy: Policy) -> String {
        let v = policy.validity
        let e = policy.eligibility
        var table = TextTable(headers: ["", ""])
        table.showsHeader = false
        func list(_ term: ListTerm) -> String {
            term.term == .untilNextList ? "until the next list" : "\(term.years) year(s), \(term.end.rawValue)"
        }
        table.rows = [
            ["hnte certificate", "\(v.hnte.years) years, end counted \(v.hnte.end.rawValue)"],
            ["tsme registration", "to \(v.tsme.end.rawValue); after removal for fraud, \(v.tsme.fraudBarYears) more year(s) barred"],
            ["growth list", list(v.growth)],
            ["leader list", list(v.leader)],
            ["prerequisites", Tier.allCases.map { tier in
                let needs = policy.prerequisites.tiers(for: tier)
                return needs.isEmpty ? "\(tier.rawValue): none" : "\(tier.rawValue): valid \(needs.map(\.rawValue).joined(separator: " or "))"
            }.joined(separator: "; ")],
            ["tsme size", "≤ \(e.tsme.employeesMax) employees, revenue ≤ \(Money.compact(e.tsme.revenueMaxYuan)), "
                + "assets ≤ \(Money.compact(e.tsme.totalAssetsMaxYuan))"],
            ["tsme score", "≥ \(e.tsme.passScore) of \(e.tsme.maximumScore)"
                + (e.tsme.techStaffScoreMustBePositive ? ", tech-staff score > 0" : "")],
            ["hnte", "registered ≥ \(e.hnte.registrationDaysMin) days, tech staff ≥ \(e.hnte.techStaffMin), "
                + "R&D in China ≥ \(e.hnte.rdInChinaMin), high-tech income ≥ \(e.hnte.highTechIncomeMin), "
                + "innovation score above \(e.hnte.innovationScoreAbove) (\(e.hnte.innovationScoreAbove) itself fails)"],
            ["growth, leader", (e.growth.placeholder || e.leader.placeholder)
                ? "PLACEHOLDER thresholds from other regions' rules: edit them for Jiangxi"
                : "as set by the province"],
        ]
        return TerminalText.sanitizeLines(["policy \(policy.label)", "", table.render(), "",
                                           "the whole document: ladder policy show --format json"].joined(separator: "\n"))
    }
}
