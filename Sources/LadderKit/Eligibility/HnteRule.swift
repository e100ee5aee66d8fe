/// 高新技术企业 eligibility (认定管理办法 国科发火〔2016〕32号 第十一条): all eight conditions.
public struct HnteRule: EligibilityRule {
    public var tier: Tier { .hnte }

    public init() {}

    public func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult {
        let p = policy.eligibility.hnte
        let years = input.recentYears(p.rdYears)
        let (innovation, summary) = HnteRule.innovation(input, p)
        // Built as one array (a prerequisite put in front), not appended to from a second one.
        var criteria: [Criterion] = [
            registration(input, p),
            .flag("hnte.core_ip", .ownsCoreIP, input: input, wanted: true,
                  explanation: .of(.coreIP)),
            field(input, p),
            techStaff(input, p),
            HnteRule.rdRatio(input, p, years: years),
            HnteRule.rdInChina(input, p, years: years),
            highTechIncome(input, p),
            innovation,
            .flag("hnte.no_major_accident", .majorAccident, input: input, wanted: false,
                  explanation: .of(.hnteNoAccident)),
        ]
        if let prerequisite = Criterion.prerequisite(for: .hnte, input: input, policy: policy) {
            criteria.insert(prerequisite, at: 0)
        }
        return EligibilityResult(tier: .hnte, category: nil, input: input, policy: policy, criteria: criteria,
                                 requirement: .allCriteria, score: summary)
    }

    private func registration(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        // Phrases that capture values are made in functions, called only when the criterion is worded.
        let id = "hnte.registered_days", minimum = p.registrationDaysMin
        func threshold() -> Phrase { Phrase { CheckText.atLeastDays.text(in: $0, ["days": minimum]) } }
        let explanation = Phrase.of(.registeredYear)
        guard let founded = input.founded else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .of(.foundingNotRecorded),
                             threshold: threshold(), explanation: explanation, missing: ["founded"])
        }
        let days = founded.days(until: input.asOf), asOf = input.asOf
        return Criterion(id: id, verdict: days >= p.registrationDaysMin ? .pass : .fail, worded: input.worded,
                         value: Phrase { CheckText.registeredDays.text(in: $0, ["days": days, "founded": founded, "asOf": asOf]) },
                         threshold: threshold(), explanation: explanation)
    }

    private func field(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        let id = "hnte.field", fields = p.fields
        func threshold() -> Phrase {
            Phrase { CheckText.oneOf.text(in: $0, ["list": fields.joined(separator: CheckText.tierList.text(in: $0))]) }
        }
        let explanation = Phrase.of(CheckText.field)
        guard let field = (input.facts[input.year]?.field ?? input.field)?.trimmingSpaces(), !field.isEmpty else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .of(.notEntered),
                             threshold: threshold(), explanation: explanation, missing: ["field"])
        }
        let match = field.firstPlainPrefix(among: p.fields)
        return Criterion(id: id, verdict: match == nil ? .fail : .pass, worded: input.worded, value: Phrase(field),
                         threshold: threshold(), explanation: explanation)
    }

    private func techStaff(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year, id = "hnte.tech_staff_ratio", minimum = p.techStaffMin
        func threshold() -> Phrase { Phrase { CheckText.techStaffShare.text(in: $0, ["minimum": minimum]) } }
        let explanation = Phrase.of(.techStaffExplanation)
        let staff = lookup.amount(.techStaff, year: year)
        let employees = lookup.amount(.employees, year: year)
        guard let staff, let employees else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(year),
                             threshold: threshold(), explanation: explanation, missing: lookup.missing)
        }
        return .share(id, ratio: Fraction(staff, employees), minimum: p.techStaffMin, worded: input.worded,
                      detail: Phrase { CheckText.staffDetail.text(in: $0, ["staff": Money.grouped(staff),
                                                                          "employees": Money.grouped(employees), "year": year]) },
                      zeroBase: Phrase { CheckText.noEmployees.text(in: $0, ["year": year]) },
                      threshold: threshold(), explanation: explanation)
    }

    /// Latest year's high-tech income over total income, or over sales when total income is not entered.
    private func highTechIncome(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year, id = "hnte.high_tech_income", minimum = p.highTechIncomeMin
        func threshold() -> Phrase { Phrase { CheckText.incomeShare.text(in: $0, ["minimum": minimum]) } }
        let explanation = Phrase.of(.incomeExplanation)
        let income = lookup.amount(.highTechIncome, year: year)
        let facts = input.facts[year]
        let total = facts?.totalIncome ?? facts?.revenue
        let base = Phrase.of(facts?.totalIncome != nil ? .totalIncome : .salesAsIncome)
        if total == nil { lookup.note(FactLookup.name(.totalIncome, year: year)) }
        guard let income, let total else {
            return Criterion(id: id, verdict: .unknown, worded: input.worded, value: .notEntered(year),
                             threshold: threshold(), explanation: explanation, missing: lookup.missing)
        }
        return .share(id, ratio: Fraction(income, total), minimum: p.highTechIncomeMin, worded: input.worded,
                      detail: Phrase { CheckText.incomeDetail.text(in: $0, ["income": Money.grouped(income),
                                                                           "total": Money.grouped(total),
                                                                           "base": base.text(in: $0), "year": year]) },
                      zeroBase: Phrase { CheckText.noIncome.text(in: $0, ["year": year]) },
                      threshold: threshold(), explanation: explanation)
    }
}
