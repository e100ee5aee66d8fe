/// `ladder check`: the page's lines, the verdict words, and each criterion's figures, threshold
/// and explanation as the rules word them. The JSON keeps the English words and the enum values.
public enum CheckText: String, CatalogueArea {
    // The page.
    case heading, category, dates, verdictLine, eligible, notEligible, insufficientData, scoreLine, scoreOpen
    case passMark, passMarkAbove, enterToDecide, noteLine, listSeparator, columnCriterion, columnVerdict
    case columnValue, columnThreshold, columnExplanation, value, needs, pass, fail, unknown
    // Shared pieces.
    case withDetail, withYear, notEntered, notEnteredIn, yes, no, noneValidOn, validOn, aValid, or, tierList
    case prerequisite, provincialRegistration, cleanCredit, foundingNotRecorded, atLeastDays, oneOf, partsMissing
    // 高新技术企业.
    case coreIP, hnteNoAccident, registeredYear, registeredDays, field, techStaffShare, techStaffExplanation
    case staffDetail, noEmployees, incomeShare, incomeExplanation, totalIncome, salesAsIncome, incomeDetail, noIncome
    case rdRatioExplanation, rdMinimaBySales, bandThreshold, rdDetail, noSales, rdInChinaShare, rdInChinaExplanation
    case moneyDetail, noRD, foundedAfter, salesAtMost, salesBetween, salesAbove, anySales
    case innovationThreshold, innovationExplanation, enteredScore, partNotEntered, partScore, partsValue
    case partIP, partConversion, partRDManagement, partGrowth, growthNotComputable, growthComputed, noRate
    // 科技型中小企业.
    case employeesWithin, revenueWithin, assetsWithin, tsmeNoAccident, notAbnormal, notDishonest, directRoute
    case routeValidHnte, routeNationalAward, routeProvincialRD, routeLedStandard, validHnteCertificate
    case informative, scoreOpenRange, scoreParts, techStaffScorePositive, techStaffScoreExplanation, scoreRouteNeeds
    case rdScoreExplanation, ipScoreExplanation, scoreRouteExplanation, techStaffValue, noEmployeesScore
    case rdNotEntered, revenue, totalCost, rdBaseNotEntered, rdBaseZero, rdPart, partSeparator, ip1Only, ipClasses
    case ofEmployees, ofRevenueOrCost, ipThreshold
    // The provincial lists.
    case notCategory, notLeaderCategory, growthPlaceholder, leaderNote, placeholderPolicy, about, placeholderThreshold
    case unlisted, factInYear, ageExplanation, years, foundedEvaluated, ageWithin, ageMore, cagrThreshold
    case cagrExplanation, noSalesIn, cagrValue, lastYearExplanation, lastYearValue

    public static let area = "check"

    public var entry: CatalogueEntry {
        switch self {
        case .heading: CatalogueEntry(zh: "{enterprise}：{tier}{category}", en: "{enterprise}: {tier}{category}")
        case .category: CatalogueEntry(zh: "（{name}）", en: " {name}")
        case .dates:
            CatalogueEntry(zh: "评价年度 {year} · 统计日 {asOf} · {known} · 认定政策 {policy} v{version}",
                           en: "fiscal year {year} · as of {asOf} · {known} · policy {policy} v{version}")
        case .verdictLine: CatalogueEntry(zh: "结论：{verdict}", en: "verdict: {verdict}")
        case .eligible: CatalogueEntry(zh: "符合条件", en: "eligible")
        case .notEligible: CatalogueEntry(zh: "不符合条件", en: "not-eligible")
        case .insufficientData: CatalogueEntry(zh: "缺少数据，尚不能判断", en: "insufficient-data")
        case .scoreLine: CatalogueEntry(zh: "评分：{total}（{mark}）", en: "score: {total} ({mark})")
        case .scoreOpen: CatalogueEntry(zh: "{lowest}–{highest} 分（数据不全）", en: "{lowest}–{highest} (facts missing)")
        case .passMark: CatalogueEntry(zh: "{mark} 分及以上为通过", en: "pass mark {mark}")
        case .passMarkAbove:
            CatalogueEntry(zh: "须高于 {mark} 分，{mark} 分不通过",
                           en: "pass mark: above {mark}, {mark} itself fails")
        case .enterToDecide: CatalogueEntry(zh: "需录入：", en: "enter to decide: ")
        case .noteLine: CatalogueEntry(zh: "说明：", en: "note: ")
        case .listSeparator: CatalogueEntry(zh: "、", en: ", ")
        case .columnCriterion: CatalogueEntry(zh: "条件", en: "criterion")
        case .columnVerdict: CatalogueEntry(zh: "结果", en: "verdict")
        case .columnValue: CatalogueEntry(zh: "实际", en: "value")
        case .columnThreshold: CatalogueEntry(zh: "要求", en: "threshold")
        case .columnExplanation: CatalogueEntry(zh: "说明", en: "explanation")
        case .value: CatalogueEntry(zh: "实际", en: "value")
        case .needs: CatalogueEntry(zh: "要求", en: "needs")
        case .pass: CatalogueEntry(zh: "通过", en: "pass")
        case .fail: CatalogueEntry(zh: "未通过", en: "fail")
        case .unknown: CatalogueEntry(zh: "待定", en: "unknown")
        case .withDetail: CatalogueEntry(zh: "{value}（{detail}）", en: "{value} ({detail})")
        case .withYear: CatalogueEntry(zh: "{value}（{year}年）", en: "{value} ({year})")
        case .notEntered: CatalogueEntry(zh: "未填报", en: "not entered")
        case .notEnteredIn: CatalogueEntry(zh: "未填报（{year}年）", en: "not entered ({year})")
        case .yes: CatalogueEntry(zh: "是", en: "yes")
        case .no: CatalogueEntry(zh: "否", en: "no")
        case .noneValidOn: CatalogueEntry(zh: "{day}无有效资格", en: "none valid on {day}")
        case .validOn: CatalogueEntry(zh: "{day}有效：{tiers}", en: "valid on {day}: {tiers}")
        case .aValid: CatalogueEntry(zh: "持有有效的{tiers}", en: "a valid {tiers}")
        case .or: CatalogueEntry(zh: "或", en: " or ")
        case .tierList: CatalogueEntry(zh: "、", en: ", ")
        case .prerequisite:
            CatalogueEntry(zh: "取得{tier}资格，须在名单公布之日持有有效的{needs}资格",
                           en: "entering {tier} needs a valid {needs} on the listing day")
        case .provincialRegistration:
            CatalogueEntry(zh: "在省内注册、纳税并纳入统计",
                           en: "registered, taxed and counted in statistics in the province")
        case .cleanCredit:
            CatalogueEntry(zh: "近三年无违法违规行为和不良信用记录",
                           en: "no violation of law or bad credit record in the last 3 years")
        case .foundingNotRecorded: CatalogueEntry(zh: "未记录成立日期", en: "founding day not recorded")
        case .atLeastDays: CatalogueEntry(zh: "≥ {days} 天", en: "≥ {days} days")
        case .oneOf: CatalogueEntry(zh: "以下之一：{list}", en: "one of {list}")
        case .partsMissing:
            CatalogueEntry(zh: "{lowest}–{highest}（部分得分未填报）",
                           en: "{lowest}–{highest} while parts are missing")
        case .coreIP:
            CatalogueEntry(zh: "拥有对其主要产品（服务）在技术上发挥核心支持作用的知识产权",
                           en: "owns IP that supports its main products or services")
        case .hnteNoAccident:
            CatalogueEntry(zh: "申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
                           en: "no major safety or quality accident or serious environmental violation in the year before")
        case .registeredYear: CatalogueEntry(zh: "申请认定时须注册成立一年以上", en: "registered at least a year before applying")
        case .registeredDays:
            CatalogueEntry(zh: "{days} 天（{founded}成立，按{asOf}计算）",
                           en: "{days} days (founded {founded}, evaluated {asOf})")
        case .field:
            CatalogueEntry(zh: "主要产品（服务）属于《国家重点支持的高新技术领域》规定的范围",
                           en: "main products or services in a 国家重点支持的高新技术领域")
        case .techStaffShare: CatalogueEntry(zh: "占职工总数 ≥ {minimum}", en: "≥ {minimum} of employees")
        case .techStaffExplanation: CatalogueEntry(zh: "当年科技人员占职工总数的比例", en: "科技人员 share of 职工总数 in the year")
        case .staffDetail: CatalogueEntry(zh: "{staff} / {employees} 人，{year}年", en: "{staff} / {employees} 人, {year}")
        case .noEmployees: CatalogueEntry(zh: "职工总数为 0（{year}年）", en: "no employees ({year})")
        case .incomeShare: CatalogueEntry(zh: "占总收入 ≥ {minimum}", en: "≥ {minimum} of total income")
        case .incomeExplanation:
            CatalogueEntry(zh: "当年高新技术产品（服务）收入占总收入的比例",
                           en: "高新技术产品(服务)收入 share of 总收入 in the year")
        case .totalIncome: CatalogueEntry(zh: "总收入", en: "total income")
        case .salesAsIncome: CatalogueEntry(zh: "销售收入（未填报总收入）", en: "sales, as total income is not entered")
        case .incomeDetail:
            CatalogueEntry(zh: "{income} / {total} 元，{base}，{year}年",
                           en: "{income} / {total} 元 {base}, {year}")
        case .noIncome: CatalogueEntry(zh: "收入为 0（{year}年）", en: "no income ({year})")
        case .rdRatioExplanation:
            CatalogueEntry(zh: "近 {years} 个会计年度（成立不足的按实际年数）研发费用总额占同期销售收入总额的比例",
                           en: "研发费用 over the last {years} fiscal years (fewer if younger) as a share of sales")
        case .rdMinimaBySales: CatalogueEntry(zh: "≥ {minima}（按最近一年销售收入）", en: "≥ {minima} by latest sales")
        case .bandThreshold: CatalogueEntry(zh: "≥ {minimum}（{band}）", en: "≥ {minimum} ({band})")
        case .rdDetail:
            CatalogueEntry(zh: "研发费用 {rd} / 销售收入 {sales} 元，{span}",
                           en: "R&D {rd} / sales {sales} 元, {span}")
        case .noSales: CatalogueEntry(zh: "销售收入为 0（{span}）", en: "no sales ({span})")
        case .rdInChinaShare: CatalogueEntry(zh: "占研发费用总额 ≥ {minimum}", en: "≥ {minimum} of R&D")
        case .rdInChinaExplanation:
            CatalogueEntry(zh: "同期在中国境内发生的研发费用占研发费用总额的比例",
                           en: "研发费用 spent in China as a share of all R&D over the same years")
        case .moneyDetail: CatalogueEntry(zh: "{part} / {whole} 元，{span}", en: "{part} / {whole} 元, {span}")
        case .noRD: CatalogueEntry(zh: "研发费用为 0（{span}）", en: "no R&D expense ({span})")
        case .foundedAfter: CatalogueEntry(zh: "成立于 {year} 会计年度之后", en: "founded after fiscal year {year}")
        case .salesAtMost: CatalogueEntry(zh: "最近一年销售收入 ≤ {upper}", en: "latest sales ≤ {upper}")
        case .salesBetween: CatalogueEntry(zh: "{lower} < 最近一年销售收入 ≤ {upper}", en: "{lower} < latest sales ≤ {upper}")
        case .salesAbove: CatalogueEntry(zh: "最近一年销售收入 > {lower}", en: "latest sales > {lower}")
        case .anySales: CatalogueEntry(zh: "不限销售收入", en: "any sales")
        case .innovationThreshold:
            CatalogueEntry(zh: "满分 100 分，须高于 {mark} 分（{mark} 分不通过）",
                           en: "above {mark} of 100 ({mark} itself fails)")
        case .innovationExplanation:
            CatalogueEntry(zh: "创新能力评价：知识产权、科技成果转化能力、研究开发组织管理水平、企业成长性",
                           en: "创新能力评价: 知识产权, 成果转化, 研发组织管理, 企业成长性")
        case .enteredScore: CatalogueEntry(zh: "{score} 分（填报值，{year}年）", en: "{score} (entered, {year})")
        case .partNotEntered: CatalogueEntry(zh: "{part}未填报", en: "{part} not entered")
        case .partScore: CatalogueEntry(zh: "{part} {points}", en: "{part} {points}")
        case .partsValue: CatalogueEntry(zh: "{total}（{parts}；{year}年）", en: "{total} ({parts}; {year})")
        case .partIP: CatalogueEntry(zh: "知识产权", en: "ip")
        case .partConversion: CatalogueEntry(zh: "成果转化", en: "conversion")
        case .partRDManagement: CatalogueEntry(zh: "研发组织管理", en: "rd_management")
        case .partGrowth: CatalogueEntry(zh: "企业成长性", en: "growth")
        case .growthNotComputable: CatalogueEntry(zh: "企业成长性未填报，也无法计算", en: "growth not entered and not computable")
        case .growthComputed:
            CatalogueEntry(zh: "企业成长性按数据计算为 {points}（{span}：净资产 {net}，销售收入 {sales}）",
                           en: "growth {points} computed ({span}: net assets {net}, sales {sales})")
        case .noRate: CatalogueEntry(zh: "无增长率 → 0", en: "no rate → 0")
        case .employeesWithin: CatalogueEntry(zh: "职工总数符合中小企业规模", en: "职工总数 within the SME limit")
        case .revenueWithin: CatalogueEntry(zh: "销售收入符合中小企业规模", en: "销售收入 within the SME limit")
        case .assetsWithin: CatalogueEntry(zh: "资产总额符合中小企业规模", en: "资产总额 within the SME limit")
        case .tsmeNoAccident:
            CatalogueEntry(zh: "未发生重大安全、重大质量事故或严重环境违法行为",
                           en: "no major safety or quality accident or serious environmental violation")
        case .notAbnormal: CatalogueEntry(zh: "未列入经营异常名录", en: "not on the 经营异常名录")
        case .notDishonest: CatalogueEntry(zh: "未列入严重失信主体名单", en: "not on the 严重失信主体名单")
        case .directRoute: CatalogueEntry(zh: "直通条件：{route}", en: "direct route: {route}")
        case .routeValidHnte: CatalogueEntry(zh: "持有有效的高新技术企业证书", en: "holds a valid 高新技术企业 certificate")
        case .routeNationalAward:
            CatalogueEntry(zh: "近五年内获得过国家级科技奖励，并在获奖单位中排名前三",
                           en: "national S&T award in the last 5 years, ranked in the first three units")
        case .routeProvincialRD: CatalogueEntry(zh: "拥有经认定的省部级以上研发机构", en: "has a provincial-or-higher R&D institution")
        case .routeLedStandard:
            CatalogueEntry(zh: "近五年内主导制定过国际标准、国家标准或行业标准",
                           en: "led an international, national or industry standard in the last 5 years")
        case .validHnteCertificate: CatalogueEntry(zh: "持有有效的高新技术企业证书", en: "a valid 高新技术企业 certificate")
        case .informative: CatalogueEntry(zh: "；仅供参考：{id} 已通过", en: "; informative: {id} passed")
        case .scoreOpenRange:
            CatalogueEntry(zh: "{lowest}–{highest} 分（数据不全）",
                           en: "{lowest}–{highest} 分 while facts are missing")
        case .scoreParts:
            CatalogueEntry(zh: "科技人员 {tech} + 研发 {rd} + 知识产权 {ip}",
                           en: "tech staff {tech} + R&D {rd} + IP {ip}")
        case .techStaffScorePositive: CatalogueEntry(zh: "> 0 分；", en: "> 0 分; ")
        case .techStaffScoreExplanation:
            CatalogueEntry(zh: "科技人员占职工总数的比例，按档计分{needs}{aside}",
                           en: "科技人员 share of 职工总数, scored{needs}{aside}")
        case .scoreRouteNeeds: CatalogueEntry(zh: "；评分路径要求此项得分大于 0 分", en: "; the score route needs more than 0 分 here")
        case .rdScoreExplanation:
            CatalogueEntry(zh: "研发费用占营业收入或成本费用总额的比例，按得分较高者计{aside}",
                           en: "研发费用 share of revenue or of total cost, whichever scores more{aside}")
        case .ipScoreExplanation:
            CatalogueEntry(zh: "拥有的知识产权，按类别计分{aside}",
                           en: "intellectual property held, scored{aside}")
        case .scoreRouteExplanation:
            CatalogueEntry(zh: "评分路径：三项指标得分合计{aside}",
                           en: "score route: total of the three indicators{aside}")
        case .techStaffValue:
            CatalogueEntry(zh: "{ratio}（{staff} / {employees} 人，{year}年）→ {points} 分",
                           en: "{ratio} ({staff} / {employees} 人, {year}) → {points} 分")
        case .noEmployeesScore: CatalogueEntry(zh: "职工总数为 0（{year}年）→ 0 分", en: "no employees ({year}) → 0 分")
        case .rdNotEntered: CatalogueEntry(zh: "研发费用未填报（{year}年）", en: "R&D expense not entered ({year})")
        case .revenue: CatalogueEntry(zh: "营业收入", en: "revenue")
        case .totalCost: CatalogueEntry(zh: "成本费用总额", en: "total cost")
        case .rdBaseNotEntered: CatalogueEntry(zh: "研发费用/{base}：{base}未填报", en: "R&D/{base}: {base} not entered")
        case .rdBaseZero: CatalogueEntry(zh: "研发费用/{base}：{base}为 0 → 0 分", en: "R&D/{base}: {base} is 0 → 0 分")
        case .rdPart:
            CatalogueEntry(zh: "研发费用/{base} {ratio}（{rd} / {amount} 元）→ {points} 分",
                           en: "R&D/{base} {ratio} ({rd} / {amount} 元) → {points} 分")
        case .partSeparator: CatalogueEntry(zh: "；", en: "; ")
        case .ip1Only: CatalogueEntry(zh: "Ⅰ类 {count}（{year}年）→ {points} 分", en: "Ⅰ类 {count} ({year}) → {points} 分")
        case .ipClasses: CatalogueEntry(zh: "Ⅰ类 {ip1}，Ⅱ类 {ip2}（{year}年）", en: "Ⅰ类 {ip1}, Ⅱ类 {ip2} ({year})")
        case .ofEmployees: CatalogueEntry(zh: "占职工总数：{bands}", en: "of employees: {bands}")
        case .ofRevenueOrCost:
            CatalogueEntry(zh: "占营业收入：{revenue}；或占成本费用总额：{cost}",
                           en: "of revenue: {revenue}; or of total cost: {cost}")
        case .ipThreshold:
            CatalogueEntry(zh: "Ⅰ类 ≥ {count} → {points}；Ⅱ类 {class2}",
                           en: "≥ {count} Ⅰ类 → {points}; Ⅱ类 {class2}")
        case .notCategory: CatalogueEntry(zh: "“{category}”不是高成长性科技型企业的类别", en: "'{category}' is not a growth category")
        case .notLeaderCategory:
            CatalogueEntry(zh: "“{category}”不是科技领军企业的类别",
                           en: "'{category}' is not a 科技领军企业 category")
        case .growthPlaceholder:
            CatalogueEntry(zh: "高成长性科技型企业的阈值暂用其他地区规则中的占位值，待江西公布后替换；可修改认定政策调整",
                           en: "growth thresholds are placeholders taken from other regions' rules until Jiangxi publishes its own; edit the policy to change them")
        case .leaderNote:
            CatalogueEntry(zh: "科技领军企业的量化条件由省里遴选确定；这里只核对前置条件和共同条件{placeholder}",
                           en: "科技领军企业 numeric criteria are set by the province's selection; only the prerequisite and the common conditions are checked{placeholder}")
        case .placeholderPolicy: CatalogueEntry(zh: "（占位政策）", en: " (placeholder policy)")
        case .about: CatalogueEntry(zh: "{name}{placeholder}", en: "{name}{placeholder}")
        case .placeholderThreshold: CatalogueEntry(zh: "，占位阈值", en: ", placeholder threshold")
        case .unlisted: CatalogueEntry(zh: "未上市；{about}", en: "not listed on a stock exchange; {about}")
        case .factInYear: CatalogueEntry(zh: "{year}年{fact}；{about}", en: "{fact} in {year}; {about}")
        case .ageExplanation: CatalogueEntry(zh: "评价日的成立年限；{about}", en: "age on the evaluation day; {about}")
        case .years: CatalogueEntry(zh: "{symbol} {years} 年", en: "{symbol} {years} years")
        case .foundedEvaluated: CatalogueEntry(zh: "{founded}成立，按{asOf}计算", en: "founded {founded}, evaluated {asOf}")
        case .ageWithin: CatalogueEntry(zh: "≤ {years} 年（评价日不晚于{end}）", en: "≤ {years} years (evaluated by {end})")
        case .ageMore: CatalogueEntry(zh: "> {years} 年（评价日晚于{end}）", en: "> {years} years (evaluated after {end})")
        case .cagrThreshold:
            CatalogueEntry(zh: "{years} 年年均增长 ≥ {minimum}（×{multiple}）",
                           en: "≥ {minimum} a year over {years} years (×{multiple})")
        case .cagrExplanation:
            CatalogueEntry(zh: "{base}–{year}年销售收入复合增长率；{about}",
                           en: "compound growth of sales {base}–{year}; {about}")
        case .noSalesIn: CatalogueEntry(zh: "{base}年无销售收入", en: "no sales in {base}")
        case .cagrValue:
            CatalogueEntry(zh: "×{multiple}（{base} → {latest} 元，{first}–{year}年）",
                           en: "×{multiple} ({base} → {latest} 元, {first}–{year})")
        case .lastYearExplanation: CatalogueEntry(zh: "最近一年销售收入增长；{about}", en: "sales grew in the last year; {about}")
        case .lastYearValue:
            CatalogueEntry(zh: "{previous} → {latest} 元（{first}–{year}年）",
                           en: "{previous} → {latest} 元 ({first}–{year})")
        }
    }
}
