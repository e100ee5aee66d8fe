/// `ladder stats`: titles, column headings and notes of the table a person reads.
public enum StatsText: String, CatalogueArea {
    case titleByTier, titlePositions, titlePositionsAmong, titleHolding, titleOnLadder
    case byCity, byCounty, byField, inRegion
    case columnCode, columnName, columnHolding, columnAtPosition, columnCount, columnFirms
    case total, totalNote

    public static let area = "stats"

    public var entry: CatalogueEntry {
        switch self {
        case .titleByTier: CatalogueEntry(zh: "各层级有效资格数{region}", en: "Valid qualifications by tier{region}")
        case .titlePositions:
            CatalogueEntry(zh: "梯次位置{region}（每家企业只计一次，按其有效的最高层级）",
                           en: "Ladder positions (each firm once, at its highest valid tier){region}")
        case .titlePositionsAmong:
            CatalogueEntry(zh: "{tier}中的梯次位置{region}（每家企业只计一次，按其有效的最高层级）",
                           en: "Ladder positions (each firm once, at its highest valid tier) among holders of {tier}{region}")
        case .titleHolding: CatalogueEntry(zh: "有效{tier}{region}，{grouping}", en: "Firms holding a valid {tier}{region}, {grouping}")
        case .titleOnLadder:
            CatalogueEntry(zh: "在梯次中的企业{region}（任一有效层级；按位置即最高层级），{grouping}",
                           en: "Firms on the ladder (any valid tier; by position = highest tier){region}, {grouping}")
        case .byCity: CatalogueEntry(zh: "按设区市", en: "by city")
        case .byCounty: CatalogueEntry(zh: "按县（市、区）", en: "by county")
        case .byField: CatalogueEntry(zh: "按技术领域", en: "by field")
        case .inRegion: CatalogueEntry(zh: "（{region}）", en: " in {region}")
        case .columnCode: CatalogueEntry(zh: "代码", en: "code")
        case .columnName: CatalogueEntry(zh: "名称", en: "name")
        case .columnHolding: CatalogueEntry(zh: "持有", en: "holding")
        case .columnAtPosition: CatalogueEntry(zh: "位于该层级", en: "at position")
        case .columnCount: CatalogueEntry(zh: "数量", en: "count")
        case .columnFirms: CatalogueEntry(zh: "企业数", en: "firms")
        case .total: CatalogueEntry(zh: "合计：{firms}，每家企业只计一次", en: "total: {firms}, each counted once")
        case .totalNote:
            CatalogueEntry(zh: "同时持有多个层级的企业，在每个“持有”数中各计一次，在“位于该层级”中只计一次",
                           en: "a firm holding several tiers is in each 'holding' count, and in one 'at position' count")
        }
    }
}
