/// The write and system commands' own checks of what was typed, before anything is opened.
public enum UsageErrorText: String, CatalogueArea {
    case voidWhat, reasonEmpty, correctWhat, zoneNeedsRegion, correctFrom, fiscalYear, listYear, selectTier
    case countAtLeastOne, moneyOption, maxUpload, listen, unreadablePolicy, noSuchFile

    public static let area = "usage"

    public var entry: CatalogueEntry {
        switch self {
        case .voidWhat:
            CatalogueEntry(zh: "请给出以下之一：事件编号、--batch 批次号 或 --firm 统一社会信用代码", en: "give one of: an EVENT_ID, --batch N, or --firm CODE")
        case .reasonEmpty: CatalogueEntry(zh: "--reason 为空；请写明原因", en: "--reason is empty")
        case .correctWhat:
            CatalogueEntry(zh: "请给出更正内容：--region（在赣江新区的加 --zone）、--founded，或两者",
                           en: "give what is corrected: --region (with --zone if in 赣江新区), --founded, or both")
        case .zoneNeedsRegion: CatalogueEntry(zh: "--zone 需要与 --region 一起给出：更正后的所属地区", en: "--zone needs --region: the corrected place")
        case .correctFrom:
            CatalogueEntry(zh: "请给出 --from-start 或 --effective 日期 之一：更正后的所属地区从何时起适用",
                           en: "give either --from-start or --effective DAY: from when the corrected place holds")
        case .fiscalYear: CatalogueEntry(zh: "--year {year} 不是合理的年度", en: "--year {year} is not a plausible fiscal year")
        case .listYear: CatalogueEntry(zh: "--year {year} 不是合理的名单年份", en: "--year {year} is not a plausible list year")
        case .selectTier: CatalogueEntry(zh: "--tier 只能是 growth 或 leader（入选名单只有这两个层级）", en: "--tier must be growth or leader for select")
        case .countAtLeastOne: CatalogueEntry(zh: "目标家数至少为 1", en: "COUNT must be at least 1")
        case .moneyOption: CatalogueEntry(zh: "--{option}“{value}”：{error}", en: "--{option} '{value}': {error}")
        case .maxUpload:
            CatalogueEntry(zh: "--max-upload“{value}”不是大小；例如 --max-upload 200MB 或 --max-upload 1GB",
                           en: "--max-upload '{value}' is not a size; e.g. --max-upload 200MB or --max-upload 1GB")
        case .listen:
            CatalogueEntry(zh: "--listen“{value}”不是“主机:端口”；例如 --listen 127.0.0.1:8080",
                           en: "--listen '{value}' is not host:port; e.g. --listen 127.0.0.1:8080")
        case .unreadablePolicy: CatalogueEntry(zh: "无法读取（是文件夹，或没有权限）", en: "it cannot be read (a folder, or no permission)")
        case .noSuchFile: CatalogueEntry(zh: "文件不存在", en: "no such file")
        }
    }
}
