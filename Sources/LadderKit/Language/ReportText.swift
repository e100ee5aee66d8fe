/// The words of the one-page HTML report (`ladder report`): its frame, section titles, chart
/// labels, table headings and the notes the statistics add. Place and firm names stay as recorded.
public enum ReportText: String, CatalogueArea {
    // The page and its masthead.
    case htmlLang, title, metaAsOf, metaScope, metaPolicy, metaGenerated, metaItem
    case knownAt, knownEverything, beijingTime
    // Section titles and the notes beside them.
    case headlineTitle, citiesTitle, trendTitle, cohortsTitle, cohortsAside, funnelTitle, funnelAside, expiringTitle
    case citiesTotal, trendSpan, trendUnit, expiringAside, empty, placeCity, placeCounty
    // Charts.
    case citiesChart, trendChart, funnelChart, funnelAdmitted, funnelReached, funnelOf, funnelMedian, year
    // The headline cards.
    case unit, validTier, target, yearOnYear, changeShare, projected, due, onTrack, behind
    // The cohort table.
    case cohortYear, cohortIssued, cohortValid, cohortRecertified, cohortRevoked, cohortLapsed, cohortPending
    case retention, retentionLegend
    // The expiry table.
    case expiringSerial, expiringName, expiringCode, expiringPlace, expiringTier, expiringNumber, expiringEnd
    case expiringDaysLeft, expiringContact, expiringPhone
    // The footer and the notes on definitions.
    case notesHeading, footer, noteValid, notePlace, noteRetention, noteExpiringTiers, noteExpiringLimit
    case endCivilCode, endMinusOneDay
    // What `ladder report` says when done.
    case wrote

    public static let area = "report"

    public var entry: CatalogueEntry {
        switch self {
        case .htmlLang: CatalogueEntry(zh: "zh-CN", en: "en")
        case .title: CatalogueEntry(zh: "{area}科技企业梯次培育报告", en: "Tiered cultivation of technology firms: {area}")
        case .metaAsOf: CatalogueEntry(zh: "统计日", en: "As of")
        case .metaScope: CatalogueEntry(zh: "数据范围", en: "Records")
        case .metaPolicy: CatalogueEntry(zh: "政策口径", en: "Policy")
        case .metaGenerated: CatalogueEntry(zh: "生成时间", en: "Generated")
        case .metaItem: CatalogueEntry(zh: "{label}：", en: "{label}: ")
        case .knownAt: CatalogueEntry(zh: "截至 {moment} 已录入的记录", en: "recorded by {moment}")
        case .knownEverything: CatalogueEntry(zh: "全部已录入记录", en: "everything recorded")
        case .beijingTime: CatalogueEntry(zh: "{time}（北京时间）", en: "{time} (Beijing time)")
        case .headlineTitle: CatalogueEntry(zh: "一、目标完成情况", en: "1. Progress toward the targets")
        case .citiesTitle:
            CatalogueEntry(zh: "二、各{place}有效高新技术企业", en: "2. Valid high and new technology enterprises by {place}")
        case .trendTitle: CatalogueEntry(zh: "三、月度趋势（月末在库数）", en: "3. Monthly trend (firms at each month's end)")
        case .cohortsTitle:
            CatalogueEntry(zh: "四、高新技术企业认定批次留存", en: "4. Retention of high and new technology enterprise certificates")
        case .cohortsAside: CatalogueEntry(zh: "按发证年度", en: "by year of issue")
        case .funnelTitle: CatalogueEntry(zh: "五、科技型中小企业晋升情况", en: "5. Technology-based SMEs moving up")
        case .funnelAside: CatalogueEntry(zh: "按入库年度", en: "by year of admission")
        case .expiringTitle:
            CatalogueEntry(zh: "六、未来 {count} 天内到期企业", en: "6. Qualifications ending within {count} days",
                           enOne: "6. Qualifications ending within {count} day")
        case .citiesTotal: CatalogueEntry(zh: "合计 {firms}", en: "{firms} in all")
        case .trendSpan: CatalogueEntry(zh: "{first} 至 {last}", en: "{first} to {last}")
        case .trendUnit: CatalogueEntry(zh: "单位：家", en: "unit: firms")
        case .expiringAside:
            CatalogueEntry(zh: "共 {count} 家 · {from} 至 {to}", en: "{count} firms · {from} to {to}",
                           enOne: "{count} firm · {from} to {to}")
        case .empty: CatalogueEntry(zh: "暂无数据", en: "No data")
        case .placeCity: CatalogueEntry(zh: "设区市", en: "city")
        case .placeCounty: CatalogueEntry(zh: "县区", en: "county")
        case .citiesChart:
            CatalogueEntry(zh: "各{place}有效高新技术企业数", en: "Valid high and new technology enterprises by {place}")
        case .trendChart: CatalogueEntry(zh: "月度趋势", en: "Monthly trend")
        case .funnelChart: CatalogueEntry(zh: "科技型中小企业晋升情况", en: "Technology-based SMEs moving up")
        case .funnelAdmitted: CatalogueEntry(zh: "入库科技型中小企业", en: "SMEs admitted")
        case .funnelReached: CatalogueEntry(zh: "其中已晋升高企及以上", en: "of which now hnte or above")
        case .funnelOf: CatalogueEntry(zh: "/ {count} 家", en: "/ {count} firms", enOne: "/ {count} firm")
        case .funnelMedian: CatalogueEntry(zh: "中位 {count} 天", en: "median {count} days", enOne: "median {count} day")
        case .year: CatalogueEntry(zh: "{year} 年", en: "{year}")
        case .unit: CatalogueEntry(zh: "家", en: "firms")
        case .validTier: CatalogueEntry(zh: "有效{tier}", en: "Valid: {tier}")
        case .target: CatalogueEntry(zh: "目标 {target} {unit} · 完成", en: "target {target} {unit} · reached")
        case .yearOnYear: CatalogueEntry(zh: "较上年同期", en: "Year on year")
        case .changeShare: CatalogueEntry(zh: "（{share}）", en: " ({share})")
        case .projected: CatalogueEntry(zh: "期末预计", en: "Projected by the due day")
        case .due: CatalogueEntry(zh: "目标期限", en: "Due")
        case .onTrack: CatalogueEntry(zh: "进度正常", en: "On track")
        case .behind: CatalogueEntry(zh: "进度滞后", en: "Behind")
        case .cohortYear: CatalogueEntry(zh: "发证年度", en: "Year of issue")
        case .cohortIssued: CatalogueEntry(zh: "认定数", en: "Certified")
        case .cohortValid: CatalogueEntry(zh: "仍有效", en: "Still valid")
        case .cohortRecertified: CatalogueEntry(zh: "重新认定", en: "Re-certified")
        case .cohortRevoked: CatalogueEntry(zh: "取消资格", en: "Revoked")
        case .cohortLapsed: CatalogueEntry(zh: "到期未重新认定", en: "Ended, not re-certified")
        case .cohortPending: CatalogueEntry(zh: "到期待重新认定", en: "Ended, renewal window open")
        case .retention: CatalogueEntry(zh: "留存率", en: "Retention")
        case .retentionLegend: CatalogueEntry(zh: "留存率：", en: "Retention:")
        case .expiringSerial: CatalogueEntry(zh: "序号", en: "No.")
        case .expiringName: CatalogueEntry(zh: "企业名称", en: "Name")
        case .expiringCode: CatalogueEntry(zh: "统一社会信用代码", en: "Credit code")
        case .expiringPlace: CatalogueEntry(zh: "地区", en: "Place")
        case .expiringTier: CatalogueEntry(zh: "类别", en: "Tier")
        case .expiringNumber: CatalogueEntry(zh: "证书/登记编号", en: "Certificate or registration number")
        case .expiringEnd: CatalogueEntry(zh: "有效期至", en: "Valid until")
        case .expiringDaysLeft: CatalogueEntry(zh: "剩余天数", en: "Days left")
        case .expiringContact: CatalogueEntry(zh: "联系人", en: "Contact")
        case .expiringPhone: CatalogueEntry(zh: "联系电话", en: "Phone")
        case .notesHeading: CatalogueEntry(zh: "口径说明：", en: "Definitions:")
        case .footer:
            CatalogueEntry(zh: "本报告由 ladder 依据登记事件自动生成；统计日 {asOf}，政策口径 {policy}。相同数据与口径重新生成，结果一致。",
                           en: "Generated by ladder from the recorded events; as of {asOf}, policy {policy}. The same records "
                               + "and policy always give the same report.")
        case .noteValid:
            CatalogueEntry(zh: "有效: 资格已开始、未到期、未被撤销；到期日按政策 {policy} 计算（高企 {years} 年，{end}）。",
                           en: "Valid: the qualification has started, has not ended and was not revoked; end days follow "
                               + "policy {policy} (hnte {years} years, {end}).")
        case .notePlace:
            CatalogueEntry(zh: "按地区统计时以企业在统计日的所在地为准；赣江新区单列，其企业不计入南昌市、九江市及所在县区。",
                           en: "Counts by place take where each firm was on the as-of day; 赣江新区 is counted on its own, "
                               + "its firms not in 南昌市, 九江市 or their counties.")
        case .noteRetention:
            CatalogueEntry(zh: "留存率 = 重新认定 ÷（重新认定 + 到期未重新认定）；重新认定窗口为到期日前后 {days} 天，窗口未关闭的不计入。",
                           en: "Retention = re-certified ÷ (re-certified + ended, not re-certified); the re-certification "
                               + "window is {days} days either side of the end day, and certificates whose window is still "
                               + "open are not counted.")
        case .noteExpiringTiers:
            CatalogueEntry(zh: "到期名单含高新技术企业、高成长性和领军企业；科技型中小企业登记随评价年度统一到期，不逐家列出。",
                           en: "The expiry list holds hnte, growth and leader qualifications; tsme registrations all end "
                               + "with their evaluation year and are not listed one by one.")
        case .noteExpiringLimit:
            CatalogueEntry(zh: "到期名单仅列最早到期的 {limit} 家（共 {total} 家）；完整名单: ladder expiring --within {days} --format csv。",
                           en: "The expiry list shows the {limit} ending first ({total} in all); for the full list: "
                               + "ladder expiring --within {days} --format csv.")
        case .endCivilCode: CatalogueEntry(zh: "到对应日届满", en: "ending on the corresponding day, civil-code")
        case .endMinusOneDay: CatalogueEntry(zh: "到对应日的前一日届满", en: "ending the day before the corresponding day, minus-one-day")
        case .wrote: CatalogueEntry(zh: "已写入 {file}（统计日 {asOf}，认定政策 {policy}）", en: "wrote {file} (as of {asOf}, policy {policy})")
        }
    }
}
