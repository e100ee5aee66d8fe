/// Words every read command's table shares: an empty list, and the count of rows under it.
public enum TableText: String, CatalogueArea {
    case noRows, rows

    public static let area = "table"

    public var entry: CatalogueEntry {
        switch self {
        case .noRows: CatalogueEntry(zh: "（无记录）", en: "(no rows)")
        case .rows: CatalogueEntry(zh: "共 {count} 行", en: "{count} rows", enOne: "{count} row")
        }
    }
}
