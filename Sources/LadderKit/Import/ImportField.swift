/// A column's meaning, matched from the many ways rosters spell their headers (DOMAIN.md §7).
public enum ImportField: String, CaseIterable, Codable, Sendable {
    case creditCode = "credit_code", name, formerName = "former_name", newName = "new_name"
    case region, county, division, zone, founded, field, contact, phone, note
    case tsmeNumber = "tsme_number", certificateNumber = "certificate_number", issued, admitted, effective
    case year, tier, category, cancelYear = "cancel_year", revokedOn = "revoked_on", ground, reason, document
    case employees, techStaff = "tech_staff", revenue, totalAssets = "total_assets", totalCost = "total_cost"
    case rdExpense = "rd_expense", rdExpenseInChina = "rd_expense_in_china", highTechIncome = "high_tech_income"
    case totalIncome = "total_income", netAssets = "net_assets", ip1, ip2, serial
    /// Facts only a person can give (AnnualFacts); the three accident columns combine into major_accident.
    case ownsCoreIP = "owns_core_ip", majorAccident = "major_accident", safetyAccident = "safety_accident"
    case qualityAccident = "quality_accident", environmentalViolation = "environmental_violation"
    case abnormalOperationList = "abnormal_operation_list", seriousDishonestyList = "serious_dishonesty_list"
    case innovationScore = "innovation_score", innovationIP = "innovation_parts.ip"
    case innovationConversion = "innovation_parts.conversion", innovationRDManagement = "innovation_parts.rd_management"
    case innovationGrowth = "innovation_parts.growth"
    case nationalAward = "national_award_in_last_5_years", provincialRDInstitution = "provincial_rd_institution"
    case ledStandard = "led_standard_in_last_5_years", listed, fundingCNY = "funding_cny", valuationUSD = "valuation_usd"
    case inJiangxi = "registered_taxed_counted_in_jiangxi", badCredit = "violation_or_bad_credit_in_3_years"
    /// The columns a rejects file adds (原行号, 问题列, 问题说明): skipped when it is imported again.
    case rejectInfo = "reject_info"

    /// Annual facts: stored per firm and year.
    static let factFields: Set<ImportField> = countFields.union(moneyFields).union(flagFields).union(scoreFields)
        .union([.valuationUSD])
    static let countFields: Set<ImportField> = [.employees, .techStaff, .ip1, .ip2]
    static let moneyFields: Set<ImportField> = [
        .revenue, .totalAssets, .totalCost, .rdExpense, .rdExpenseInChina, .highTechIncome, .totalIncome, .netAssets,
        .fundingCNY,
    ]
    /// Yes/no facts (是/否 and the other spellings `ValueParser.flag` reads).
    static let flagFields: Set<ImportField> = [
        .ownsCoreIP, .majorAccident, .safetyAccident, .qualityAccident, .environmentalViolation, .abnormalOperationList,
        .seriousDishonestyList, .nationalAward, .provincialRDInstitution, .ledStandard, .listed, .inJiangxi, .badCredit,
    ]
    /// The separate columns that together say whether there was a major accident (DOMAIN.md §5).
    static let accidentFields: [ImportField] = [.safetyAccident, .qualityAccident, .environmentalViolation]
    /// The innovation score and its parts, exact to hundredths.
    static let scoreFields: Set<ImportField> = [
        .innovationScore, .innovationIP, .innovationConversion, .innovationRDManagement, .innovationGrowth,
    ]

    /// Header spellings after normalisation (NFKC, no spaces, units in brackets removed).
    /// Order matters only for readability; each alias belongs to exactly one field.
    static let aliases: [ImportField: [String]] = [
        .creditCode: ["统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "社会统一信用代码", "统一代码",
                      "企业统一社会信用代码", "creditcode", "credit_code"],
        .name: ["企业名称", "单位名称", "公司名称", "名称", "企业全称", "企业名称全称", "name"],
        .formerName: ["原企业名称", "原名称", "更名前名称", "变更前名称", "曾用名", "原单位名称"],
        .newName: ["现企业名称", "新企业名称", "更名后名称", "变更后名称", "现名称", "新名称", "现单位名称"],
        .region: ["所属地区", "地区", "设区市", "所在地区", "所属市", "地市", "所在市", "市", "所属设区市", "城市", "region", "city"],
        .county: ["县区", "所属县区", "县市区", "县(市、区)", "区县", "所在县区", "县(市区)", "county"],
        .division: ["行政区划代码", "区划代码", "所属区划代码", "行政区划", "地区代码"],
        .zone: ["功能区", "所属功能区", "园区"],
        .founded: ["成立日期", "注册日期", "成立时间", "注册时间", "注册成立日期"],
        .field: ["技术领域", "所属行业/技术领域", "所属技术领域", "行业领域", "领域", "所属领域", "所属行业",
                 "高新技术领域"],
        .contact: ["联系人", "企业联系人"],
        .phone: ["联系电话", "电话", "手机", "联系方式"],
        .note: ["备注", "说明"],
        .tsmeNumber: ["入库登记编号", "科技型中小企业入库编号", "入库编号", "登记编号", "科技型中小企业登记编号",
                      "科小编号", "registrationnumber", "registration_number"],
        .certificateNumber: ["证书编号", "高新技术企业证书编号", "高企证书编号", "证书号", "certificatenumber", "certificate_number"],
        .issued: ["发证日期", "发证时间", "认定日期", "证书日期", "颁发日期", "issued", "issuedate"],
        .admitted: ["入库日期", "入库时间", "公告日期", "admitted"],
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
        .ownsCoreIP: ["核心知识产权", "拥有核心自主知识产权", "是否拥有核心自主知识产权", "核心自主知识产权",
                      "拥有核心知识产权", "是否拥有核心知识产权"],
        .majorAccident: ["重大安全质量事故或严重环境违法", "重大安全、质量事故或严重环境违法行为", "重大事故",
                         "是否发生重大安全、质量事故或严重环境违法行为"],
        .safetyAccident: ["重大安全事故", "是否发生重大安全事故"],
        .qualityAccident: ["重大质量事故", "是否发生重大质量事故"],
        .environmentalViolation: ["严重环境违法", "严重环境违法行为", "是否有严重环境违法行为"],
        .abnormalOperationList: ["经营异常名录", "列入经营异常名录", "是否列入经营异常名录", "经营异常"],
        .seriousDishonestyList: ["严重失信", "严重失信主体名单", "列入严重失信主体名单", "是否列入严重失信主体名单",
                                 "严重违法失信"],
        .innovationScore: ["创新能力评价得分", "创新能力评价", "创新能力得分", "创新能力评价总分", "创新能力总分"],
        .innovationIP: ["知识产权", "知识产权得分"],
        .innovationConversion: ["科技成果转化能力", "科技成果转化能力得分", "成果转化能力"],
        .innovationRDManagement: ["研究开发组织管理水平", "研究开发组织管理水平得分", "研发组织管理水平"],
        .innovationGrowth: ["企业成长性", "企业成长性得分"],
        .nationalAward: ["国家级奖励", "国家科技奖励", "国家级科技奖励", "近五年国家科技奖励"],
        .provincialRDInstitution: ["省级研发机构", "省级以上研发机构", "省级及以上研发机构"],
        .ledStandard: ["主导制定标准", "主导制定国际、国家或行业标准", "近五年主导制定标准"],
        .listed: ["上市", "是否上市"],
        .fundingCNY: ["融资", "融资额", "融资金额", "股权融资", "股权融资额"],
        .valuationUSD: ["估值", "企业估值", "最新估值"],
        .inJiangxi: ["在赣注册纳税统计", "在赣注册、纳税、统计"],
        .badCredit: ["近三年违法失信", "近三年违法或不良信用记录"],
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
