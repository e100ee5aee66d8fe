/// 高新技术企业 eligibility (认定管理办法 国科发火〔2016〕32号 第十一条): all eight conditions.
public struct HnteRule: EligibilityRule {
    public var tier: Tier { .hnte }

    public init() {}

    public func evaluate(_ input: EligibilityInput, policy: Policy) -> EligibilityResult {
        let p = policy.eligibility.hnte
        let years = input.recentYears(p.rdYears)
        let (innovation, summary) = HnteRule.innovation(input, p)
        var criteria: [Criterion] = []
        if let prerequisite = Criterion.prerequisite(for: .hnte, input: input, policy: policy) {
            criteria.append(prerequisite)
        }
        criteria += [
            registration(input, p),
            .flag("hnte.core_ip", .ownsCoreIP, \.ownsCoreIP, input: input, wanted: true,
                  explanation: "owns IP that supports its main products or services"),
            field(input, p),
            techStaff(input, p),
            HnteRule.rdRatio(input, p, years: years),
            HnteRule.rdInChina(input, p, years: years),
            highTechIncome(input, p),
            innovation,
            .flag("hnte.no_major_accident", .majorAccident, \.majorAccident, input: input, wanted: false,
                  explanation: "no major safety or quality accident or serious environmental violation in the year before"),
        ]
        return EligibilityResult(tier: .hnte, category: nil, input: input, policy: policy, criteria: criteria,
                                 requirement: .all(criteria.map(\.id)), score: summary)
    }

    private func registration(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        let id = "hnte.registered_days", threshold = "≥ \(p.registrationDaysMin) days"
        let explanation = "registered at least a year before applying"
        guard let founded = input.founded else {
            return Criterion(id: id, verdict: .unknown, value: "founding day not recorded", threshold: threshold,
                             explanation: explanation, missing: ["founded"])
        }
        let days = founded.days(until: input.asOf)
        return Criterion(id: id, verdict: days >= p.registrationDaysMin ? .pass : .fail,
                         value: "\(days) days (founded \(founded), evaluated \(input.asOf))",
                         threshold: threshold, explanation: explanation)
    }

    private func field(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        let id = "hnte.field", threshold = "one of " + p.fields.joined(separator: ", ")
        let explanation = "main products or services in a 国家重点支持的高新技术领域"
        guard let field = (input.facts[input.year]?.field ?? input.field)?.trimmingSpaces(), !field.isEmpty else {
            return Criterion(id: id, verdict: .unknown, value: "not entered", threshold: threshold,
                             explanation: explanation, missing: ["field"])
        }
        let match = p.fields.first { field.hasPrefix($0) }
        return Criterion(id: id, verdict: match == nil ? .fail : .pass, value: field, threshold: threshold,
                         explanation: explanation)
    }

    private func techStaff(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year, id = "hnte.tech_staff_ratio", threshold = "≥ \(p.techStaffMin) of employees"
        let explanation = "科技人员 share of 职工总数 in the year"
        let staff = lookup.value(.techStaff, \.techStaff, year: year)
        let employees = lookup.value(.employees, \.employees, year: year)
        guard let staff, let employees else {
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(year))", threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        return .share(id, ratio: Fraction(staff, employees), minimum: p.techStaffMin,
                      detail: "\(Money.grouped(staff)) / \(Money.grouped(employees)) 人, \(year)",
                      zeroBase: "no employees (\(year))", threshold: threshold, explanation: explanation)
    }

    /// Latest year's high-tech income over total income, or over sales when total income is not entered.
    private func highTechIncome(_ input: EligibilityInput, _ p: HntePolicy) -> Criterion {
        var lookup = FactLookup(input)
        let year = input.year, id = "hnte.high_tech_income", threshold = "≥ \(p.highTechIncomeMin) of total income"
        let explanation = "高新技术产品(服务)收入 share of 总收入 in the year"
        let income = lookup.value(.highTechIncome, \.highTechIncome, year: year)
        let facts = input.facts[year]
        let total = facts?.totalIncome ?? facts?.revenue
        let base = facts?.totalIncome != nil ? "total income" : "sales, as total income is not entered"
        if total == nil { lookup.note(FactLookup.name(.totalIncome, year: year)) }
        guard let income, let total else {
            return Criterion(id: id, verdict: .unknown, value: "not entered (\(year))", threshold: threshold,
                             explanation: explanation, missing: lookup.missing)
        }
        return .share(id, ratio: Fraction(income, total), minimum: p.highTechIncomeMin,
                      detail: "\(Money.grouped(income)) / \(Money.grouped(total)) 元 \(base), \(year)",
                      zeroBase: "no income (\(year))", threshold: threshold, explanation: explanation)
    }
}
