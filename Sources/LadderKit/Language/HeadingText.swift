/// The line under every report's title: the day counted, what was known, and the policy.
public enum HeadingText: String, CatalogueArea {
    case dates, knownAt, knownEverything

    public static let area = "heading"

    public var entry: CatalogueEntry {
        switch self {
        case .dates: CatalogueEntry(zh: "统计日 {asOf} · {known} · 认定政策 {policy}", en: "as of {asOf} · {known} · policy {policy}")
        case .knownAt: CatalogueEntry(zh: "数据截至北京时间 {moment}", en: "known at {moment} Beijing time")
        case .knownEverything: CatalogueEntry(zh: "数据截至：全部已记录", en: "known at: everything recorded")
        }
    }
}
