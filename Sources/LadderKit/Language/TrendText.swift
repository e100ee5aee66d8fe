/// `ladder series`, `ladder cohort` and `ladder funnel`: titles, column headings and the notes
/// that say what each count means.
public enum TrendText: String, CatalogueArea {
    case periods, byCity
    case seriesTitle, month, quarter, year, columnPeriod, columnEnd, columnCount, columnTotal
    case cohortTitle, columnYear, columnCode, columnName, columnIssued, columnValid, columnRevoked, columnEnded
    case columnRecertified, columnLapsed, columnPending, columnRetention, cohortEnded, cohortLapsed
    case funnelTitle, within, columnFirst, columnEntered, columnReached, columnRate, columnMedianDays, funnelNote

    public static let area = "trend"

    public var entry: CatalogueEntry {
        switch self {
        case .periods:
            CatalogueEntry(zh: "统计日 各期末（{range}） · {known} · 认定政策 {policy}",
                           en: "as of each period end, {range} · {known} · policy {policy}")
        case .byCity: CatalogueEntry(zh: "，按设区市", en: ", by city")
        case .seriesTitle:
            CatalogueEntry(zh: "{tier}{region}：每{step}末日持有有效资格的企业数{byCity}",
                           en: "{tier}: firms with a valid qualification{region} on each {step}'s last day{byCity}")
        case .month: CatalogueEntry(zh: "月", en: "month")
        case .quarter: CatalogueEntry(zh: "季度", en: "quarter")
        case .year: CatalogueEntry(zh: "年", en: "year")
        case .columnPeriod: CatalogueEntry(zh: "期间", en: "period")
        case .columnEnd: CatalogueEntry(zh: "期末日", en: "end")
        case .columnCount: CatalogueEntry(zh: "企业数", en: "count")
        case .columnTotal: CatalogueEntry(zh: "合计", en: "total")
        case .cohortTitle: CatalogueEntry(zh: "{tier}{region}按取得资格年份的去向{byCity}", en: "{tier}{region} by year of issue{byCity}")
        case .columnYear: CatalogueEntry(zh: "年份", en: "year")
        case .columnCode: CatalogueEntry(zh: "代码", en: "code")
        case .columnName: CatalogueEntry(zh: "名称", en: "name")
        case .columnIssued: CatalogueEntry(zh: "取得", en: "issued")
        case .columnValid: CatalogueEntry(zh: "仍有效", en: "valid")
        case .columnRevoked: CatalogueEntry(zh: "取消资格", en: "revoked")
        case .columnEnded: CatalogueEntry(zh: "期满", en: "ended")
        case .columnRecertified: CatalogueEntry(zh: "重新取得", en: "re-certified")
        case .columnLapsed: CatalogueEntry(zh: "未续", en: "lapsed")
        case .columnPending: CatalogueEntry(zh: "待定", en: "pending")
        case .columnRetention: CatalogueEntry(zh: "保持率 %", en: "retention %")
        case .cohortEnded:
            CatalogueEntry(zh: "期满：至统计日有效期已满，未被取消资格；重新取得：期满日前后 {window} 天内取得同一层级的新资格",
                           en: "ended: ran to the end of its term by the as-of day, not revoked; re-certified: a new one started within {window} days of the end, either side")
        case .cohortLapsed:
            CatalogueEntry(zh: "未续：没有重新取得且期限已过；待定：尚未重新取得，期限未过；保持率 = 重新取得 /（重新取得 + 未续）",
                           en: "lapsed: none did and the window has closed; pending: none yet, window still open; retention = re-certified / (re-certified + lapsed)")
        case .funnelTitle: CatalogueEntry(zh: "从{from}到{to}{within}{region}", en: "From {from} to {to}{within}{region}")
        case .within: CatalogueEntry(zh: "（{count} 年内）", en: " within {count} years", enOne: " within {count} year")
        case .columnFirst: CatalogueEntry(zh: "首次{tier}年份", en: "first {tier}")
        case .columnEntered: CatalogueEntry(zh: "进入", en: "entered")
        case .columnReached: CatalogueEntry(zh: "达到{tier}", en: "reached {tier}")
        case .columnRate: CatalogueEntry(zh: "比例 %", en: "rate %")
        case .columnMedianDays: CatalogueEntry(zh: "间隔天数中位数", en: "median days")
        case .funnelNote:
            CatalogueEntry(zh: "进入：当年首次取得{from}资格的企业；达到：自该日起至统计日取得{to}资格{within}",
                           en: "entered: firms whose first {from} started that year; reached: a {to} starting on or after that day{within}, by the as-of day")
        }
    }
}
