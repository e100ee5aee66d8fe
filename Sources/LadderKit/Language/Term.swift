/// The glossary: the official words of the tiered cultivation, as the notices and lists write
/// them, with the English the project uses. Every message takes its terms from here, so that one
/// concept has one name in each language.
public enum Term: String, CatalogueArea {
    // The tiers.
    case tsme, hnte, growth, leader
    // The events.
    case add, admit, certify, select, revoke, rename, relocate, void, correct
    // The identifiers and days of the lists.
    case creditCode, enterpriseName, registrationNumber, certificateNumber, issueDate, region, city, county
    case document, effectiveDay, asOf, knownAt, batch, operatorName, enterprise
    // The annual facts and the rules.
    case employees, techStaff, revenue, rdExpense, rdExpenseInChina, hightechRevenue, innovationScore
    case intellectualProperty, policy, target, candidate, eligibility, override

    public static let area = "term"

    public var entry: CatalogueEntry {
        switch self {
        case .tsme: CatalogueEntry(zh: "科技型中小企业", en: "technology-based SME")
        case .hnte: CatalogueEntry(zh: "高新技术企业", en: "high and new technology enterprise")
        case .growth: CatalogueEntry(zh: "高成长性科技型企业", en: "high-growth technology enterprise")
        case .leader: CatalogueEntry(zh: "科技领军企业", en: "leading technology enterprise")
        case .add: CatalogueEntry(zh: "登记", en: "add")
        case .admit: CatalogueEntry(zh: "入库", en: "admit")
        case .certify: CatalogueEntry(zh: "认定", en: "certify")
        case .select: CatalogueEntry(zh: "入选", en: "select")
        case .revoke: CatalogueEntry(zh: "取消资格", en: "revoke")
        case .rename: CatalogueEntry(zh: "更名", en: "rename")
        case .relocate: CatalogueEntry(zh: "迁移", en: "relocate")
        case .void: CatalogueEntry(zh: "作废", en: "void")
        case .correct: CatalogueEntry(zh: "更正", en: "correct")
        case .creditCode: CatalogueEntry(zh: "统一社会信用代码", en: "credit code")
        case .enterpriseName: CatalogueEntry(zh: "企业名称", en: "name")
        case .registrationNumber: CatalogueEntry(zh: "入库登记编号", en: "registration number")
        case .certificateNumber: CatalogueEntry(zh: "证书编号", en: "certificate number")
        case .issueDate: CatalogueEntry(zh: "发证日期", en: "issue date")
        case .region: CatalogueEntry(zh: "所属地区", en: "region")
        case .city: CatalogueEntry(zh: "设区市", en: "city")
        case .county: CatalogueEntry(zh: "县（市、区）", en: "county")
        case .document: CatalogueEntry(zh: "文号", en: "document")
        case .effectiveDay: CatalogueEntry(zh: "生效日期", en: "effective day")
        case .asOf: CatalogueEntry(zh: "统计日", en: "as of")
        case .knownAt: CatalogueEntry(zh: "数据截至", en: "known at")
        case .batch: CatalogueEntry(zh: "导入批次", en: "batch")
        case .operatorName: CatalogueEntry(zh: "操作人", en: "operator")
        case .enterprise: CatalogueEntry(zh: "企业", en: "firm")
        case .employees: CatalogueEntry(zh: "职工总数", en: "employees")
        case .techStaff: CatalogueEntry(zh: "科技人员数", en: "technology staff")
        case .revenue: CatalogueEntry(zh: "营业收入", en: "revenue")
        case .rdExpense: CatalogueEntry(zh: "研发费用", en: "R&D expense")
        case .rdExpenseInChina: CatalogueEntry(zh: "境内研发费用", en: "R&D expense in China")
        case .hightechRevenue: CatalogueEntry(zh: "高新技术产品（服务）收入", en: "high-tech product (service) revenue")
        case .innovationScore: CatalogueEntry(zh: "创新能力评价", en: "innovation score")
        case .intellectualProperty: CatalogueEntry(zh: "知识产权", en: "intellectual property")
        case .policy: CatalogueEntry(zh: "认定政策", en: "policy")
        case .target: CatalogueEntry(zh: "目标", en: "target")
        case .candidate: CatalogueEntry(zh: "培育对象", en: "candidate")
        case .eligibility: CatalogueEntry(zh: "条件核对", en: "eligibility")
        case .override: CatalogueEntry(zh: "特批理由", en: "override reason")
        }
    }
}
