/// The help of `facts` and its subcommands: a firm's annual facts, figure by figure.
public enum FactsHelp: String, CatalogueArea {
    case factsAbstract, setAbstract, setDiscussion, year, unit, employees, techStaff, revenue, totalAssets, totalCost
    case rdExpense, rdExpenseInChina, highTechIncome, totalIncome, netAssets, ip1, ip2, innovationScore
    case innovationIP, innovationConversion, innovationRDManagement, innovationGrowth, ownsCoreIP, field
    case majorAccident, abnormalOperation, seriousDishonesty, nationalAward, provincialRDInstitution, ledStandard
    case valuationUSD, fundingCNY, listed, jiangxi, badCredit
    case showAbstract, showYear

    public static let area = "help.facts"

    public var entry: CatalogueEntry {
        switch self {
        case .factsAbstract:
            CatalogueEntry(zh: "录入和查看企业的年度数据（条件核对所依据的数据）。",
                           en: "Enter and read a firm's annual facts (the eligibility rules' inputs).")
        case .setAbstract:
            CatalogueEntry(zh: "记录企业某一年度的年度数据（只记录所给出的项目）。",
                           en: "Record a version of a firm's facts for a fiscal year (only the figures given).")
        case .setDiscussion:
            CatalogueEntry(zh: "金额除另写单位外以万元计，与名册相同：1234.5 即 1234.5万元；以元计的写 500元（或加 --unit yuan）。"
                               + "人数和分数按名册单元格的方式读取（１２０、1,200、70.5）。命令会逐项说明按元保存的数值。",
                           en: "Money is in 万元 unless written otherwise, as on every roster: 1234.5 is 1234.5万元; write 500元 "
                               + "for yuan (or give --unit yuan). Counts and scores are read as a roster's cells are (１２０, 1,200, "
                               + "70.5). The command says, for each figure, what it stored in yuan.")
        case .year: CatalogueEntry(zh: "数据所属的年度。", en: "Fiscal year the figures belong to.")
        case .unit:
            CatalogueEntry(zh: "未写单位的金额按什么单位：wan 万元（与名册相同）或 yuan 元。",
                           en: "Unit of money figures written without one (万元 as on rosters, or yuan).")
        case .employees: CatalogueEntry(zh: "职工总数。", en: "职工总数.")
        case .techStaff: CatalogueEntry(zh: "科技人员数。", en: "科技人员数.")
        case .revenue: CatalogueEntry(zh: "销售收入。", en: "销售收入.")
        case .totalAssets: CatalogueEntry(zh: "资产总额。", en: "资产总额.")
        case .totalCost: CatalogueEntry(zh: "成本费用支出总额。", en: "成本费用支出总额.")
        case .rdExpense: CatalogueEntry(zh: "研发费用。", en: "研发费用.")
        case .rdExpenseInChina: CatalogueEntry(zh: "境内研发费用（研发费用中境内部分）。", en: "研发费用中境内部分.")
        case .highTechIncome: CatalogueEntry(zh: "高新技术产品（服务）收入。", en: "高新技术产品(服务)收入.")
        case .totalIncome: CatalogueEntry(zh: "总收入（默认：等于销售收入）。", en: "总收入 (default: sales revenue).")
        case .netAssets: CatalogueEntry(zh: "净资产（可为负数）。", en: "净资产 (may be negative).")
        case .ip1: CatalogueEntry(zh: "Ⅰ类知识产权数。", en: "Ⅰ类知识产权数.")
        case .ip2: CatalogueEntry(zh: "Ⅱ类知识产权数。", en: "Ⅱ类知识产权数.")
        case .innovationScore:
            CatalogueEntry(zh: "创新能力评价总分（0～100，例如 70.5），按专家评分填写。",
                           en: "创新能力评价总分 (0-100, e.g. 70.5), as the experts gave it.")
        case .innovationIP: CatalogueEntry(zh: "创新能力评价：知识产权得分（0～30）。", en: "创新能力: 知识产权 part (0-30).")
        case .innovationConversion: CatalogueEntry(zh: "创新能力评价：科技成果转化得分（0～30）。", en: "创新能力: 科技成果转化 part (0-30).")
        case .innovationRDManagement:
            CatalogueEntry(zh: "创新能力评价：研发组织管理得分（0～20）。", en: "创新能力: 研发组织管理 part (0-20).")
        case .innovationGrowth: CatalogueEntry(zh: "创新能力评价：企业成长性得分（0～20）。", en: "创新能力: 企业成长性 part (0-20).")
        case .ownsCoreIP: CatalogueEntry(zh: "是否拥有核心自主知识产权。", en: "Owns its core IP.")
        case .field: CatalogueEntry(zh: "技术领域。", en: "Technology field.")
        case .majorAccident:
            CatalogueEntry(zh: "当年是否发生重大安全、重大质量事故或有严重环境违法行为。",
                           en: "Major safety/quality accident or serious environmental violation in the year.")
        case .abnormalOperation: CatalogueEntry(zh: "是否列入经营异常名录。", en: "On the abnormal-operation list.")
        case .seriousDishonesty: CatalogueEntry(zh: "是否列入严重违法失信名单。", en: "On the serious-dishonesty list.")
        case .nationalAward:
            CatalogueEntry(zh: "近 5 年是否获国家科学技术奖（为前三名完成单位）。",
                           en: "National S&T award in the last 5 years, in the first three units.")
        case .provincialRDInstitution: CatalogueEntry(zh: "是否建有省级及以上研发机构。", en: "Provincial-or-higher R&D institution.")
        case .ledStandard:
            CatalogueEntry(zh: "近 5 年是否主导制定国际、国家或行业标准。",
                           en: "Led an international/national/industry standard in the last 5 years.")
        case .valuationUSD:
            CatalogueEntry(zh: "估值，以美元计（只写数字，例如 1000000000）。", en: "Valuation in US dollars (plain number, e.g. 1000000000).")
        case .fundingCNY: CatalogueEntry(zh: "股权融资额。", en: "Equity funding raised.")
        case .listed: CatalogueEntry(zh: "是否已在证券交易所上市。", en: "Listed on a stock exchange.")
        case .jiangxi: CatalogueEntry(zh: "是否在江西注册、纳税并纳入统计。", en: "Registered, taxed and counted in Jiangxi.")
        case .badCredit: CatalogueEntry(zh: "近 3 年是否有违法违规或不良信用记录。", en: "Violation or bad credit in the last 3 years.")
        case .showAbstract:
            CatalogueEntry(zh: "按年度查看企业的年度数据（同一年度的各版本合并，以最新的为准）。",
                           en: "Show a firm's facts by year (each year's versions merged, newest wins).")
        case .showYear: CatalogueEntry(zh: "只看这一年度。", en: "Only this fiscal year.")
        }
    }
}
