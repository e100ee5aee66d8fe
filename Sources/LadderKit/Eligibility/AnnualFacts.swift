/// What is known about one enterprise for one fiscal year (DOMAIN.md §5): figures from the
/// financial statements and facts only a person can give. Every field is optional; nil means
/// unknown, never zero. Money is in whole yuan.
///
/// Facts are versioned: each `facts set` is stored as a new record and `merging(newer:)` lays a
/// newer record over an older one field by field.
public struct AnnualFacts: Hashable, Sendable, Codable {
    /// 职工总数.
    public var employees: Int64?
    /// 科技人员数.
    public var techStaff: Int64?
    /// 销售收入.
    public var revenue: Int64?
    /// 资产总额.
    public var totalAssets: Int64?
    /// 成本费用支出总额.
    public var totalCost: Int64?
    /// 研发费用.
    public var rdExpense: Int64?
    /// 研发费用 spent in China (境内).
    public var rdExpenseInChina: Int64?
    /// 高新技术产品(服务)收入.
    public var highTechIncome: Int64?
    /// 总收入; when nil, the high-tech income share is taken of `revenue` (sales are most of the
    /// total income of a typical applicant, and rosters rarely carry both).
    public var totalIncome: Int64?
    /// 净资产 (may be negative).
    public var netAssets: Int64?
    /// Ⅰ类 intellectual property held: invention patents, plant varieties, national new drugs,
    /// first-grade protected TCM varieties, IC layout designs.
    public var ip1: Int64?
    /// Ⅱ类 intellectual property held: utility models, designs, software copyrights.
    public var ip2: Int64?
    /// The 高新技术企业 innovation score (0–100) as entered, exact to hundredths (the experts'
    /// average may be a fraction); wins over `innovationParts`.
    public var innovationScore: Points?
    public var innovationParts: InnovationParts?
    /// 对主要产品(服务)发挥核心支持作用的知识产权的所有权.
    public var ownsCoreIP: Bool?
    /// One of the 8 国家重点支持的高新技术领域; when nil, the enterprise's own field applies.
    public var field: String?
    /// A major safety or quality accident or serious environmental violation in the year.
    public var majorAccident: Bool?
    /// On the 经营异常名录.
    public var abnormalOperationList: Bool?
    /// On the 严重失信主体名单.
    public var seriousDishonestyList: Bool?
    /// A national S&T award in the last 5 years, ranked in the first three units.
    public var nationalAwardInLast5Years: Bool?
    /// Has a provincial-or-higher R&D institution.
    public var provincialRDInstitution: Bool?
    /// Led an international, national or industry standard in the last 5 years.
    public var ledStandardInLast5Years: Bool?
    /// Latest valuation, in US dollars.
    public var valuationUSD: Int64?
    /// Equity funding received, in yuan.
    public var fundingCNY: Int64?
    /// 上市.
    public var listed: Bool?
    /// Registered, taxed and counted in statistics in Jiangxi (在赣注册、纳税、统计).
    public var registeredTaxedCountedInJiangxi: Bool?
    /// A violation of law or bad credit record in the last 3 years.
    public var violationOrBadCreditIn3Years: Bool?

    public init(employees: Int64? = nil, techStaff: Int64? = nil, revenue: Int64? = nil, totalAssets: Int64? = nil,
                totalCost: Int64? = nil, rdExpense: Int64? = nil, rdExpenseInChina: Int64? = nil,
                highTechIncome: Int64? = nil, totalIncome: Int64? = nil, netAssets: Int64? = nil,
                ip1: Int64? = nil, ip2: Int64? = nil, innovationScore: Points? = nil,
                innovationParts: InnovationParts? = nil, ownsCoreIP: Bool? = nil, field: String? = nil,
                majorAccident: Bool? = nil, abnormalOperationList: Bool? = nil, seriousDishonestyList: Bool? = nil,
                nationalAwardInLast5Years: Bool? = nil, provincialRDInstitution: Bool? = nil,
                ledStandardInLast5Years: Bool? = nil, valuationUSD: Int64? = nil, fundingCNY: Int64? = nil,
                listed: Bool? = nil, registeredTaxedCountedInJiangxi: Bool? = nil,
                violationOrBadCreditIn3Years: Bool? = nil) {
        self.employees = employees
        self.techStaff = techStaff
        self.revenue = revenue
        self.totalAssets = totalAssets
        self.totalCost = totalCost
        self.rdExpense = rdExpense
        self.rdExpenseInChina = rdExpenseInChina
        self.highTechIncome = highTechIncome
        self.totalIncome = totalIncome
        self.netAssets = netAssets
        self.ip1 = ip1
        self.ip2 = ip2
        self.innovationScore = innovationScore
        self.innovationParts = innovationParts
        self.ownsCoreIP = ownsCoreIP
        self.field = field
        self.majorAccident = majorAccident
        self.abnormalOperationList = abnormalOperationList
        self.seriousDishonestyList = seriousDishonestyList
        self.nationalAwardInLast5Years = nationalAwardInLast5Years
        self.provincialRDInstitution = provincialRDInstitution
        self.ledStandardInLast5Years = ledStandardInLast5Years
        self.valuationUSD = valuationUSD
        self.fundingCNY = fundingCNY
        self.listed = listed
        self.registeredTaxedCountedInJiangxi = registeredTaxedCountedInJiangxi
        self.violationOrBadCreditIn3Years = violationOrBadCreditIn3Years
    }

    /// snake_case names, used in JSON and in the `missing` list of an eligibility result.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case employees
        case techStaff = "tech_staff"
        case revenue
        case totalAssets = "total_assets"
        case totalCost = "total_cost"
        case rdExpense = "rd_expense"
        case rdExpenseInChina = "rd_expense_in_china"
        case highTechIncome = "high_tech_income"
        case totalIncome = "total_income"
        case netAssets = "net_assets"
        case ip1, ip2
        case innovationScore = "innovation_score"
        case innovationParts = "innovation_parts"
        case ownsCoreIP = "owns_core_ip"
        case field
        case majorAccident = "major_accident"
        case abnormalOperationList = "abnormal_operation_list"
        case seriousDishonestyList = "serious_dishonesty_list"
        case nationalAwardInLast5Years = "national_award_in_last_5_years"
        case provincialRDInstitution = "provincial_rd_institution"
        case ledStandardInLast5Years = "led_standard_in_last_5_years"
        case valuationUSD = "valuation_usd"
        case fundingCNY = "funding_cny"
        case listed
        case registeredTaxedCountedInJiangxi = "registered_taxed_counted_in_jiangxi"
        case violationOrBadCreditIn3Years = "violation_or_bad_credit_in_3_years"
    }
}
