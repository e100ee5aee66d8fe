/// `ladder targets`: the list of targets in force, their status, and the line `targets set` prints.
public enum TargetText: String, CatalogueArea {
    case title, columnTier, columnCode, columnName, columnTarget, columnDue, columnCurrent, columnYearBefore
    case columnProjection, columnStatus, columnSetBy, columnSetAt, projectionNote
    case met, onTrack, offTrack, missed, recorded

    public static let area = "target"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "执行中的目标{region}", en: "Targets in force{region}")
        case .columnTier: CatalogueEntry(zh: "层级", en: "tier")
        case .columnCode: CatalogueEntry(zh: "代码", en: "code")
        case .columnName: CatalogueEntry(zh: "地区", en: "name")
        case .columnTarget: CatalogueEntry(zh: "目标数", en: "target")
        case .columnDue: CatalogueEntry(zh: "完成期限", en: "due")
        case .columnCurrent: CatalogueEntry(zh: "当前", en: "current")
        case .columnYearBefore: CatalogueEntry(zh: "一年前（{day}）", en: "on {day}")
        case .columnProjection: CatalogueEntry(zh: "预计", en: "projection")
        case .columnStatus: CatalogueEntry(zh: "进度", en: "status")
        case .columnSetBy: CatalogueEntry(zh: "设定人", en: "set by")
        case .columnSetAt: CatalogueEntry(zh: "设定时间（北京时间）", en: "set at (Beijing time)")
        case .projectionNote:
            CatalogueEntry(zh: "预计：按相隔一年的两个数连线，推到完成期限，向下取整",
                           en: "projection: the line through the counts a year apart, extended to the due day, rounded down")
        case .met: CatalogueEntry(zh: "已完成", en: "met")
        case .onTrack: CatalogueEntry(zh: "按期可完成", en: "on-track")
        case .offTrack: CatalogueEntry(zh: "按期难完成", en: "off-track")
        case .missed: CatalogueEntry(zh: "逾期未完成", en: "missed")
        case .recorded:
            CatalogueEntry(zh: "已记录目标 #{id}：{region}在{due}前有 {count} 家{tier}",
                           en: "recorded target #{id}: {count} {tier} in {region} by {due}")
        }
    }
}
