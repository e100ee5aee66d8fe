/// A fact an eligibility check lacked, as the refusal names it. The check names facts as JSON
/// and the command line do, `rd_expense (2024)`; in Chinese the official term comes first and the
/// option to type stays: 研发费用（--rd-expense，2024年度）.
enum MissingFact {
    static func said(_ name: String, in language: Language = .current) -> String {
        guard language == .zh else { return name }
        var key = name, year: String?
        if let open = name.firstIndex(of: " "), name.hasSuffix(")") {
            key = String(name[..<open])
            year = String(name[name.index(open, offsetBy: 2)..<name.index(before: name.endIndex)])
        }
        let option = "--" + key.replacingOccurrences(of: "_", with: "-")
        let term = terms[key].map { $0.text(in: .zh) } ?? extra[key]
        let parts = [option] + (year.map { ["\($0)年度"] } ?? [])
        guard let term else { return parts.joined(separator: "，") }
        return term + "（" + parts.joined(separator: "，") + "）"
    }

    /// Facts with a glossary term.
    private static let terms: [String: Term] = [
        "employees": .employees, "tech_staff": .techStaff, "revenue": .revenue, "rd_expense": .rdExpense,
        "rd_expense_in_china": .rdExpenseInChina, "high_tech_income": .hightechRevenue, "innovation_score": .innovationScore,
    ]

    /// Facts the glossary does not hold; their names as the notices write them.
    private static let extra: [String: String] = [
        "founded": "成立日期", "field": "技术领域", "total_assets": "资产总额", "total_cost": "成本费用总额",
        "total_income": "总收入", "net_assets": "净资产", "ip1": "I类知识产权", "ip2": "II类知识产权",
        "owns_core_ip": "拥有核心知识产权", "innovation_parts": "创新能力评价分项",
        "major_accident": "重大安全质量事故或严重环境违法", "abnormal_operation_list": "列入经营异常名录",
        "serious_dishonesty_list": "列入严重失信主体名单", "national_award_in_last_5_years": "近五年获国家级科技奖励",
        "provincial_rd_institution": "建有省级以上研发机构", "led_standard_in_last_5_years": "近五年主导制定标准",
        "valuation_usd": "估值（美元）", "funding_cny": "融资额", "listed": "上市",
        "registered_taxed_counted_in_jiangxi": "在江西注册、纳税和统计", "violation_or_bad_credit_in_3_years": "近三年违法或不良信用记录",
    ]
}
