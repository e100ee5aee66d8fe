/// `ladder policy show`: the knobs and headline thresholds of a policy in a few lines; the
/// whole document is `--format json`.
public enum PolicyText {
    public static func summary(_ policy: Policy) -> String {
        let v = policy.validity
        let e = policy.eligibility
        var table = TextTable(headers: ["", ""])
        table.showsHeader = false
        func end(_ convention: EndConvention) -> String {
            (convention == .civilCode ? PolicyShowText.civilCode : .minusOneDay).text()
        }
        func list(_ term: ListTerm) -> String {
            term.term == .untilNextList ? PolicyShowText.untilNextList.text()
                : PolicyShowText.listYears.text(["years": term.years, "end": end(term.end)])
        }
        let tsmeEnd = (v.tsme.end == .yearEnd ? PolicyShowText.yearEnd : .march31NextYear).text()
        let prerequisites = Tier.allCases.map { tier in
            let needs = policy.prerequisites.tiers(for: tier)
            return needs.isEmpty ? PolicyShowText.prerequisiteNone.text(["tier": tier.heading()])
                : PolicyShowText.prerequisiteValid.text(["tier": tier.heading(),
                                                         "needs": needs.map { $0.heading() }.joined(separator: PolicyShowText.or.text())])
        }
        table.rows = [
            [PolicyShowText.hnteCertificate.text(), PolicyShowText.hnteTerm.text(["years": v.hnte.years, "end": end(v.hnte.end)])],
            [PolicyShowText.tsmeRegistration.text(), PolicyShowText.tsmeTerm.text(["end": tsmeEnd, "years": v.tsme.fraudBarYears])],
            [PolicyShowText.growthList.text(), list(v.growth)],
            [PolicyShowText.leaderList.text(), list(v.leader)],
            [PolicyShowText.prerequisites.text(), prerequisites.joined(separator: Language.current == .zh ? "；" : "; ")],
            [PolicyShowText.tsmeSize.text(), PolicyShowText.tsmeSizeValue.text([
                "employees": e.tsme.employeesMax, "revenue": Money.compact(e.tsme.revenueMaxYuan),
                "assets": Money.compact(e.tsme.totalAssetsMaxYuan)])],
            [PolicyShowText.tsmeScore.text(), PolicyShowText.tsmeScoreValue.text([
                "pass": e.tsme.passScore, "max": e.tsme.maximumScore,
                "tech": e.tsme.techStaffScoreMustBePositive ? PolicyShowText.techStaffPositive.text() : ""])],
            [PolicyShowText.hnte.text(), PolicyShowText.hnteValue.text([
                "days": e.hnte.registrationDaysMin, "tech": e.hnte.techStaffMin, "rd": e.hnte.rdInChinaMin,
                "income": e.hnte.highTechIncomeMin, "score": e.hnte.innovationScoreAbove])],
            [PolicyShowText.growthLeader.text(), (e.growth.placeholder || e.leader.placeholder)
                ? PolicyShowText.placeholder.text() : PolicyShowText.setByProvince.text()],
        ]
        return TerminalText.sanitizeLines([PolicyShowText.title.text(["policy": policy.label]), "", table.render(), "",
                                           PolicyShowText.whole.text()].joined(separator: "\n"))
    }
}
