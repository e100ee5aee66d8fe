/// The names of a firm's annual facts, keyed by the snake_case names files and JSON use
/// (`total_assets`), as the web pages' facts table labels them; money in yuan.
public enum FactText: String, CatalogueArea {
    case employees, techStaff = "tech_staff", revenue, totalAssets = "total_assets", totalCost = "total_cost"
    case rdExpense = "rd_expense", rdExpenseInChina = "rd_expense_in_china", highTechIncome = "high_tech_income"
    case totalIncome = "total_income", netAssets = "net_assets", ip1, ip2, innovationScore = "innovation_score"
    case innovationIP = "innovation_parts.ip", innovationConversion = "innovation_parts.conversion"
    case innovationRDManagement = "innovation_parts.rd_management", innovationGrowth = "innovation_parts.growth"
    case ownsCoreIP = "owns_core_ip", field, majorAccident = "major_accident"
    case abnormalOperationList = "abnormal_operation_list", seriousDishonestyList = "serious_dishonesty_list"
    case nationalAward = "national_award_in_last_5_years", provincialRDInstitution = "provincial_rd_institution"
    case ledStandard = "led_standard_in_last_5_years", valuationUSD = "valuation_usd", fundingCNY = "funding_cny", listed
    case registeredInJiangxi = "registered_taxed_counted_in_jiangxi", badCredit = "violation_or_bad_credit_in_3_years"

    public static let area = "fact"

    public var entry: CatalogueEntry {
        switch self {
        case .employees: CatalogueEntry(zh: "职工总数", en: "employees")
        case .techStaff: CatalogueEntry(zh: "科技人员数", en: "technology staff")
        case .revenue: CatalogueEntry(zh: "营业收入（元）", en: "revenue (yuan)")
        case .totalAssets: CatalogueEntry(zh: "资产总额（元）", en: "total assets (yuan)")
        case .totalCost: CatalogueEntry(zh: "成本费用总额（元）", en: "total cost (yuan)")
        case .rdExpense: CatalogueEntry(zh: "研发费用（元）", en: "R&D expense (yuan)")
        case .rdExpenseInChina: CatalogueEntry(zh: "境内研发费用（元）", en: "R&D expense in China (yuan)")
        case .highTechIncome: CatalogueEntry(zh: "高新技术产品（服务）收入（元）", en: "high-tech product (service) revenue (yuan)")
        case .totalIncome: CatalogueEntry(zh: "收入总额（元）", en: "total income (yuan)")
        case .netAssets: CatalogueEntry(zh: "净资产（元）", en: "net assets (yuan)")
        case .ip1: CatalogueEntry(zh: "Ⅰ类知识产权（件）", en: "class I intellectual property (items)")
        case .ip2: CatalogueEntry(zh: "Ⅱ类知识产权（件）", en: "class II intellectual property (items)")
        case .innovationScore: CatalogueEntry(zh: "创新能力评价（分）", en: "innovation score (points)")
        case .innovationIP: CatalogueEntry(zh: "创新能力：知识产权（分）", en: "innovation: intellectual property (points)")
        case .innovationConversion: CatalogueEntry(zh: "创新能力：科技成果转化能力（分）", en: "innovation: conversion of results (points)")
        case .innovationRDManagement: CatalogueEntry(zh: "创新能力：研究开发组织管理水平（分）", en: "innovation: R&D management (points)")
        case .innovationGrowth: CatalogueEntry(zh: "创新能力：企业成长性（分）", en: "innovation: growth (points)")
        case .ownsCoreIP: CatalogueEntry(zh: "拥有主要产品（服务）核心技术的知识产权", en: "owns the IP of its main products' core technology")
        case .field: CatalogueEntry(zh: "技术领域", en: "field")
        case .majorAccident: CatalogueEntry(zh: "发生重大安全、重大质量事故或严重环境违法行为", en: "major safety or quality accident or serious environmental violation")
        case .abnormalOperationList: CatalogueEntry(zh: "列入经营异常名录", en: "on the abnormal operation list")
        case .seriousDishonestyList: CatalogueEntry(zh: "列入严重违法失信名单", en: "on the serious dishonesty list")
        case .nationalAward: CatalogueEntry(zh: "近五年获国家级科技奖励", en: "national award in the last 5 years")
        case .provincialRDInstitution: CatalogueEntry(zh: "建有省级以上研发机构", en: "provincial R&D institution")
        case .ledStandard: CatalogueEntry(zh: "近五年主导制定标准", en: "led a standard in the last 5 years")
        case .valuationUSD: CatalogueEntry(zh: "企业估值（美元）", en: "valuation (USD)")
        case .fundingCNY: CatalogueEntry(zh: "融资额（元）", en: "funding (yuan)")
        case .listed: CatalogueEntry(zh: "已上市", en: "listed")
        case .registeredInJiangxi: CatalogueEntry(zh: "在江西注册、纳税并纳入统计", en: "registered, taxed and counted in Jiangxi")
        case .badCredit: CatalogueEntry(zh: "近三年有违法违规或不良信用记录", en: "violation or bad credit in the last 3 years")
        }
    }
}
