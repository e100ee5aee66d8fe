/// A column's meaning, matched from the many ways rosters spell their headers (DOMAIN.md §7).
public enum ImportField: String, CaseIterable, Codable, Sendable {
    case creditCode = "credit_code", name, formerName = "former_name", newName = "new_name"
    case region, county, division, zone, founded, field, contact, phone, note
    case tsmeNumber = "tsme_number", certificateNumber = "certificate_number", issued, admitted, effective
    case year, tier, category, cancelYear = "cancel_year", revokedOn = "revoked_on", ground, reason, document
    case employees, techStaff = "tech_staff", revenue, totalAssets = "total_assets", totalCost = "total_cost"
    case rdExpense = "rd_expense", rdExpenseInChina = "rd_expense_in_china", highTechIncome = "high_tech_income"
    case totalIncome = "total_income", netAssets = "net_assets", ip1, ip2, serial
    /// The columns a rejects file adds (原行号, 问题列, 问题说明): skipped when it is imported again.
    case rejectInfo = "reject_info"

    /// Annual facts: stored per firm and year.
    static let factFields: Set<ImportField> = [
        .employees, .techStaff, .revenue, .totalAssets, .totalCost, .rdExpense, .rdExpenseInChina, .highTechIncome,
        .totalIncome, .netAssets, .ip1, .ip2,
    ]
    static let moneyFields: Set<ImportField> = [
        .revenue, .totalAssets, .totalCost, .rdExpense, .rdExpenseInChina, .highTechIncome, .totalIncome, .netAssets,
    ]

    /// Header spellings after normalisation (NFKC, no spaces, units in brackets removed).
    /// Order matters only for readability; each alias belongs to exactly one field.
    static let aliases: [ImportField: [String]] = [
        .creditCode: ["统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "社会统一信用代码", "统一代码",
                      "企业统一社会信用代码", "creditcode", "credit_code"],
        .name: ["企业名称", "单位名称", "公司名称", "名称", "企业全称", "企业名称全称", "name"],
        .formerName: ["原企业名称", "原名称", "更名前名称", "变更前名称", "曾用名", "原单位名称"],
        .newName: ["现企业名称", "新企业名称", "更名后名称", "变更后名称", "现名称", "新名称", "现单位名称"],
        .region: ["所属地区", "地区", "设区市", "所在地区", "所属市", "地市", "所在市", "市", "所属设区市", "城市"],
        .county: ["县区", "所属县区", "县市区", "县(市、区)", "区县", "所在县区", "县(市区)"],
        .division: ["行政区划代码", "区划代码", "所属区划代码", "行政区划", "地区代码"],
        .zone: ["功能区", "所属功能区", "园区"],
        .founded: ["成立日期", "注册日期", "成立时间", "注册时间", "注册成立日期"],
        .field: ["技术领域", "所属行业/技术领域", "所属技术领域", "行业领域", "领域", "所属领域", "所属行业",
                 "高新技术领域"],
        .contact: ["联系人", "企业联系人"],
        .phone: ["联系电话", "电话", "手机", "联系方式"],
        .note: ["备注", "说明"],
        .tsmeNumber: ["入库登记编号", "科技型中小企业入库编号", "入库编号", "登记编号", "科技型中小企业登记编号",
                      "科小编号"],
        .certificateNumber: ["证书编号", "高新技术企业证书编号", "高企证书编号", "证书号"],
        .issued: ["发证日期", "发证时间", "认定日期", "证书日期", "颁发日期"],
        .admitted: ["入库日期", "入库时间", "公告日期"],
        .effective: ["生效日期", "入选日期", "变更日期", "更名日期", "迁移日期", "发布日期", "公布日期"],
        .year: ["年度", "年份", "数据年度", "财务年度", "入选年度", "批次年度"],
        .tier: ["层级", "梯次"],
        .category: ["类别", "入选类别", "类型", "企业类别", "培育类别"],
        .cancelYear: ["取消年度", "撤销年度", "取消资格年度", "取消年份", "自何年度起取消"],
        .revokedOn: ["取消日期", "撤销日期", "取消资格日期"],
        .ground: ["取消原因", "撤销原因", "取消资格原因", "原因"],
        .reason: ["处理依据"],
        .document: ["文号", "发文号", "批准文号"],
        .employees: ["职工总数", "职工人数", "从业人数", "员工总数", "从业人员", "职工总人数"],
        .techStaff: ["科技人员数", "科技人员", "科技人员人数", "研发人员数"],
        .revenue: ["销售收入", "年销售收入", "营业收入", "主营业务收入", "销售收入总额"],
        .totalAssets: ["资产总额", "总资产", "年末资产总额"],
        .totalCost: ["成本费用支出总额", "成本费用总额"],
        .rdExpense: ["研发费用", "研究开发费用", "研发投入", "研发经费", "研发费用总额", "研究开发费用总额"],
        .rdExpenseInChina: ["境内研发费用", "在中国境内发生的研发费用", "境内研究开发费用"],
        .highTechIncome: ["高新技术产品收入", "高新技术产品(服务)收入", "高品收入", "高新技术产品服务收入"],
        .totalIncome: ["总收入", "收入总额"],
        .netAssets: ["净资产", "所有者权益"],
        .ip1: ["I类知识产权数", "I类知识产权", "I类知识产权数量", "一类知识产权"],
        .ip2: ["II类知识产权数", "II类知识产权", "II类知识产权数量", "二类知识产权"],
        .serial: ["序号", "no", "no."],
        .rejectInfo: ["原行号", "问题列", "问题说明"],
    ]
}

extension ImportField {
    /// The case's position in `allCases`, without hashing: a payload-free enum is stored as its
    /// one-byte case index, which is what this reads.
    var ordinal: Int {
        assert(MemoryLayout<ImportField>.size == 1)
        return Int(unsafeBitCast(self, to: UInt8.self))
    }
}
