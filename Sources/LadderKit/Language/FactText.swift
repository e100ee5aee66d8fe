/// `ladder facts show` and the facts the rules ask for: each annual fact by the name a person
/// reads (the glossary's official names where it has them), the page's lines, yes and no.
public enum FactText: String, CatalogueArea {
    case totalAssets, totalCost, totalIncome, netAssets, ip1, ip2
    case partIP, partConversion, partRDManagement, partGrowth, ownsCoreIP, field, majorAccident
    case abnormalOperationList, seriousDishonestyList, nationalAward, provincialRDInstitution, ledStandard
    case valuationUSD, fundingCNY, listed, registeredInJiangxi, violationOrBadCredit, founded
    case columnFigure, knownAt, asRecorded, noFacts, yes, no, inYear

    public static let area = "fact"

    public var entry: CatalogueEntry {
        switch self {
        case .totalAssets: CatalogueEntry(zh: "资产总额", en: "total_assets")
        case .totalCost: CatalogueEntry(zh: "成本费用总额", en: "total_cost")
        case .totalIncome: CatalogueEntry(zh: "总收入", en: "total_income")
        case .netAssets: CatalogueEntry(zh: "净资产", en: "net_assets")
        case .ip1: CatalogueEntry(zh: "Ⅰ类知识产权数", en: "ip1")
        case .ip2: CatalogueEntry(zh: "Ⅱ类知识产权数", en: "ip2")
        case .partIP: CatalogueEntry(zh: "知识产权得分", en: "innovation_parts.ip")
        case .partConversion: CatalogueEntry(zh: "科技成果转化能力得分", en: "innovation_parts.conversion")
        case .partRDManagement: CatalogueEntry(zh: "研究开发组织管理水平得分", en: "innovation_parts.rd_management")
        case .partGrowth: CatalogueEntry(zh: "企业成长性得分", en: "innovation_parts.growth")
        case .ownsCoreIP: CatalogueEntry(zh: "拥有核心自主知识产权", en: "owns_core_ip")
        case .field: CatalogueEntry(zh: "技术领域", en: "field")
        case .majorAccident: CatalogueEntry(zh: "发生重大安全、重大质量事故或严重环境违法行为", en: "major_accident")
        case .abnormalOperationList: CatalogueEntry(zh: "列入经营异常名录", en: "abnormal_operation_list")
        case .seriousDishonestyList: CatalogueEntry(zh: "列入严重失信主体名单", en: "serious_dishonesty_list")
        case .nationalAward: CatalogueEntry(zh: "近五年获国家级科技奖励", en: "national_award_in_last_5_years")
        case .provincialRDInstitution: CatalogueEntry(zh: "拥有省部级以上研发机构", en: "provincial_rd_institution")
        case .ledStandard: CatalogueEntry(zh: "近五年主导制定国际、国家或行业标准", en: "led_standard_in_last_5_years")
        case .valuationUSD: CatalogueEntry(zh: "估值（美元）", en: "valuation_usd")
        case .fundingCNY: CatalogueEntry(zh: "融资额", en: "funding_cny")
        case .listed: CatalogueEntry(zh: "已上市", en: "listed")
        case .registeredInJiangxi: CatalogueEntry(zh: "在省内注册、纳税并纳入统计", en: "registered_taxed_counted_in_jiangxi")
        case .violationOrBadCredit: CatalogueEntry(zh: "近三年有违法违规或不良信用记录", en: "violation_or_bad_credit_in_3_years")
        case .founded: CatalogueEntry(zh: "成立日期", en: "founded")
        case .columnFigure: CatalogueEntry(zh: "项目", en: "figure")
        case .knownAt: CatalogueEntry(zh: "年度数据，数据截至北京时间 {moment}；金额单位：元", en: "facts known at {moment} Beijing time; money in yuan")
        case .asRecorded: CatalogueEntry(zh: "年度数据，按已记录；金额单位：元", en: "facts as recorded; money in yuan")
        case .noFacts:
            CatalogueEntry(zh: "没有年度数据；请用 `ladder facts set CODE --year Y …` 录入",
                           en: "no facts on file; enter them with `ladder facts set CODE --year Y …`")
        case .yes: CatalogueEntry(zh: "是", en: "yes")
        case .no: CatalogueEntry(zh: "否", en: "no")
        case .inYear: CatalogueEntry(zh: "{fact}（{year}年）", en: "{fact} ({year})")
        }
    }

    /// A fact by its snake_case key (`rd_expense`), as a person reads it: 研发费用 in Chinese, the
    /// key itself in English (what `facts set` and the JSON take).
    public static func name(of key: String, in language: Language = .current) -> String {
        guard language == .zh else { return key }
        if let term = terms[key] { return term.text(in: language) }
        return byKey[key]?.text(in: language) ?? key
    }

    /// A fact the rules ask for, `revenue (2024)` as the JSON names it: 营业收入（2024年） in Chinese.
    public static func missing(_ named: String, in language: Language = .current) -> String {
        guard language == .zh else { return named }
        guard named.hasSuffix(")"), let open = named.lastIndex(of: "(") else { return name(of: named, in: language) }
        let key = named[..<open].trimmingCharacters(in: .whitespaces)
        let year = named[named.index(after: open)..<named.index(before: named.endIndex)]
        return inYear.text(in: language, ["fact": name(of: key, in: language), "year": year])
    }

    private static let terms: [String: Term] = [
        "employees": .employees, "tech_staff": .techStaff, "revenue": .revenue, "rd_expense": .rdExpense,
        "rd_expense_in_china": .rdExpenseInChina, "high_tech_income": .hightechRevenue, "innovation_score": .innovationScore,
    ]

    private static let byKey: [String: FactText] = [
        "total_assets": .totalAssets, "total_cost": .totalCost, "total_income": .totalIncome, "net_assets": .netAssets,
        "ip1": .ip1, "ip2": .ip2, "innovation_parts.ip": .partIP, "innovation_parts.conversion": .partConversion,
        "innovation_parts.rd_management": .partRDManagement, "innovation_parts.growth": .partGrowth,
        "owns_core_ip": .ownsCoreIP, "field": .field, "major_accident": .majorAccident,
        "abnormal_operation_list": .abnormalOperationList, "serious_dishonesty_list": .seriousDishonestyList,
        "national_award_in_last_5_years": .nationalAward, "provincial_rd_institution": .provincialRDInstitution,
        "led_standard_in_last_5_years": .ledStandard, "valuation_usd": .valuationUSD, "funding_cny": .fundingCNY,
        "listed": .listed, "registered_taxed_counted_in_jiangxi": .registeredInJiangxi,
        "violation_or_bad_credit_in_3_years": .violationOrBadCredit, "founded": .founded,
    ]
}
