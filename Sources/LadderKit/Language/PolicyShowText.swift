/// `ladder policy show`: the policy's knobs and headline thresholds, row by row.
public enum PolicyShowText: String, CatalogueArea {
    case title, whole, hnteCertificate, hnteTerm, tsmeRegistration, tsmeTerm, growthList, leaderList, untilNextList
    case listYears, prerequisites, prerequisiteNone, prerequisiteValid, or, tsmeSize, tsmeSizeValue, tsmeScore
    case tsmeScoreValue, techStaffPositive, hnte, hnteValue, growthLeader, placeholder, setByProvince
    case civilCode, minusOneDay, yearEnd, march31NextYear
    case columnPolicy, columnInForceFrom, columnBy, builtIn

    public static let area = "policy"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "认定政策 {policy}", en: "policy {policy}")
        case .whole: CatalogueEntry(zh: "完整文件：`ladder policy show --format json`", en: "the whole document: ladder policy show --format json")
        case .hnteCertificate: CatalogueEntry(zh: "高新技术企业证书", en: "hnte certificate")
        case .hnteTerm: CatalogueEntry(zh: "{years} 年，期满日{end}", en: "{years} years, end counted {end}")
        case .tsmeRegistration: CatalogueEntry(zh: "科技型中小企业入库", en: "tsme registration")
        case .tsmeTerm:
            CatalogueEntry(zh: "有效至{end}；因弄虚作假被移出的，此后 {years} 年不得入库",
                           en: "to {end}; after removal for fraud, {years} more year(s) barred")
        case .growthList: CatalogueEntry(zh: "高成长性科技型企业名单", en: "growth list")
        case .leaderList: CatalogueEntry(zh: "科技领军企业名单", en: "leader list")
        case .untilNextList: CatalogueEntry(zh: "至下一批名单公布", en: "until the next list")
        case .listYears: CatalogueEntry(zh: "{years} 年，期满日{end}", en: "{years} year(s), {end}")
        case .prerequisites: CatalogueEntry(zh: "前置条件", en: "prerequisites")
        case .prerequisiteNone: CatalogueEntry(zh: "{tier}：无", en: "{tier}: none")
        case .prerequisiteValid: CatalogueEntry(zh: "{tier}：须持有有效的{needs}", en: "{tier}: valid {needs}")
        case .or: CatalogueEntry(zh: "或", en: " or ")
        case .tsmeSize: CatalogueEntry(zh: "科小规模", en: "tsme size")
        case .tsmeSizeValue:
            CatalogueEntry(zh: "职工总数 ≤ {employees} 人，营业收入 ≤ {revenue}，资产总额 ≤ {assets}",
                           en: "≤ {employees} employees, revenue ≤ {revenue}, assets ≤ {assets}")
        case .tsmeScore: CatalogueEntry(zh: "科小评分", en: "tsme score")
        case .tsmeScoreValue: CatalogueEntry(zh: "≥ {pass} 分（满分 {max} 分）{tech}", en: "≥ {pass} of {max}{tech}")
        case .techStaffPositive: CatalogueEntry(zh: "，科技人员指标须得分", en: ", tech-staff score > 0")
        case .hnte: CatalogueEntry(zh: "高企", en: "hnte")
        case .hnteValue:
            CatalogueEntry(zh: "注册成立 ≥ {days} 天，科技人员占比 ≥ {tech}，境内研发费用占比 ≥ {rd}，高新技术产品（服务）收入占比 ≥ {income}，创新能力评价 {score} 分以上（不含 {score} 分）",
                           en: "registered ≥ {days} days, tech staff ≥ {tech}, R&D in China ≥ {rd}, high-tech income ≥ {income}, innovation score above {score} ({score} itself fails)")
        case .growthLeader: CatalogueEntry(zh: "高成长、领军", en: "growth, leader")
        case .placeholder:
            CatalogueEntry(zh: "暂用其他地区规则中的占位阈值：请按江西的规定修改",
                           en: "PLACEHOLDER thresholds from other regions' rules: edit them for Jiangxi")
        case .setByProvince: CatalogueEntry(zh: "按省里的规定", en: "as set by the province")
        case .columnPolicy: CatalogueEntry(zh: "认定政策", en: "policy")
        case .columnInForceFrom: CatalogueEntry(zh: "生效时间（北京时间）", en: "in force from (Beijing time)")
        case .columnBy: CatalogueEntry(zh: "操作人", en: "by")
        case .builtIn: CatalogueEntry(zh: "{policy}（内置）", en: "{policy} (built in)")
        case .civilCode: CatalogueEntry(zh: "为期满年份的对应日", en: "civil-code")
        case .minusOneDay: CatalogueEntry(zh: "为对应日的前一天", en: "minus-one-day")
        case .yearEnd: CatalogueEntry(zh: "当年12月31日", en: "year-end")
        case .march31NextYear: CatalogueEntry(zh: "次年3月31日", en: "march-31-next-year")
        }
    }
}
