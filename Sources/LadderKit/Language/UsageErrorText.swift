/// The write and system commands' own checks of what was typed, before anything is opened.
public enum UsageErrorText: String, CatalogueArea {
    case moneyOption, unreadablePolicy

    public static let area = "usage"

    public var entry: CatalogueEntry {
        switch self {
        case .moneyOption: CatalogueEntry(zh: "--{option}“{value}”：{error}", en: "--{option} '{value}': {error}")
        case .unreadablePolicy: CatalogueEntry(zh: "无法读取（是文件夹，或没有权限）", en: "it cannot be read (a folder, or no permission)")
        }
    }
}
