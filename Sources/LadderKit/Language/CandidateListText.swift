/// `ladder candidates`: the list of firms that meet a tier's rules, or their counts by city, and
/// the line that says why the others are not on it.
public enum CandidateListText: String, CatalogueArea {
    case title, columnCode, columnRegion, columnNotHeld, columnEndsThisYear, columnCount, total
    case columnName, columnReason, columnEnds, columnScore, notHeld, endsThisYear, firms
    case checked, mostOften, missingFact, separator

    public static let area = "candidates"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "{tier}培育对象{region}", en: "candidates for {tier}{region}")
        case .columnCode: CatalogueEntry(zh: "代码", en: "code")
        case .columnRegion: CatalogueEntry(zh: "地区", en: "region")
        case .columnNotHeld: CatalogueEntry(zh: "尚未取得", en: "not held")
        case .columnEndsThisYear: CatalogueEntry(zh: "当年期满", en: "ends this year")
        case .columnCount: CatalogueEntry(zh: "合计", en: "count")
        case .total: CatalogueEntry(zh: "合计 {count} 家", en: "total {count}")
        case .columnName: CatalogueEntry(zh: "企业名称", en: "企业名称")
        case .columnReason: CatalogueEntry(zh: "类别", en: "reason")
        case .columnEnds: CatalogueEntry(zh: "截止日", en: "ends")
        case .columnScore: CatalogueEntry(zh: "评分", en: "score")
        case .notHeld: CatalogueEntry(zh: "尚未取得", en: "not-held")
        case .endsThisYear: CatalogueEntry(zh: "当年期满", en: "ends-this-year")
        case .firms: CatalogueEntry(zh: "共 {count} 家", en: "{count} firm(s)")
        case .checked:
            CatalogueEntry(zh: "已核对有年度数据的企业 {checked} 家，其中 {failing} 家不符合条件，{lacking} 家缺少数据{most}",
                           en: "of {checked} firm(s) with facts checked, {failing} do not meet the rules and {lacking} lack facts{most}")
        case .mostOften:
            CatalogueEntry(zh: "（最常缺少：{facts}；请用 `ladder facts set` 录入，或导入年度数据文件）",
                           en: " (most often: {facts}; enter them with `ladder facts set` or import a facts file)")
        case .missingFact: CatalogueEntry(zh: "{fact} {count} 家", en: "{fact} {count}")
        case .separator: CatalogueEntry(zh: "，", en: ", ")
        }
    }
}
