/// `ladder expiring`, `ladder lapsed` and the export's list: titles and column headings.
public enum ListText: String, CatalogueArea {
    case everyTier, expiringInYear, expiringWithin, lapsedPending, lapsed, holding
    case columnName, columnCity, columnCounty, columnTier, columnNumber, columnLastValidDay, columnDaysLeft
    case columnStart, columnEnd, columnRenewBy, columnContact, columnPhone

    public static let area = "list"

    public var entry: CatalogueEntry {
        switch self {
        case .everyTier: CatalogueEntry(zh: "各层级资格", en: "qualifications of every tier")
        case .expiringInYear:
            CatalogueEntry(zh: "{day}有效、{year}年期满的{subject}", en: "Valid {subject} on {day} and ending in {year}")
        case .expiringWithin:
            CatalogueEntry(zh: "{day}有效、{days} 天内期满的{subject}", en: "Valid {subject} on {day} and ending within {days} days")
        case .lapsedPending:
            CatalogueEntry(zh: "{since}以来期满、尚未重新取得的{subject}（{window} 天的重新取得期限未过）",
                           en: "Ended {subject}: from {since}, not yet renewed, window of {window} days still open")
        case .lapsed:
            CatalogueEntry(zh: "{since}以来期满、{window} 天内未重新取得的{subject}",
                           en: "Ended {subject}: from {since} with no successor within {window} days")
        case .holding: CatalogueEntry(zh: "{day}持有有效{subject}的企业", en: "Firms holding a valid {subject} on {day}")
        case .columnName: CatalogueEntry(zh: "企业名称", en: "name")
        case .columnCity: CatalogueEntry(zh: "设区市", en: "city")
        case .columnCounty: CatalogueEntry(zh: "县（市、区）", en: "county")
        case .columnTier: CatalogueEntry(zh: "层级", en: "tier")
        case .columnNumber: CatalogueEntry(zh: "编号", en: "number")
        case .columnLastValidDay: CatalogueEntry(zh: "有效期至", en: "last valid day")
        case .columnDaysLeft: CatalogueEntry(zh: "剩余天数", en: "days left")
        case .columnStart: CatalogueEntry(zh: "起始日", en: "start")
        case .columnEnd: CatalogueEntry(zh: "截止日", en: "end")
        case .columnRenewBy: CatalogueEntry(zh: "重新取得期限", en: "renew by")
        case .columnContact: CatalogueEntry(zh: "联系人", en: "contact")
        case .columnPhone: CatalogueEntry(zh: "联系电话", en: "phone")
        }
    }
}
