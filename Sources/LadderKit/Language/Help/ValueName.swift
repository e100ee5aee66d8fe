/// What an option's value is called in help's usage lines (`--as-of <日期>`). In Chinese every
/// value is named, because the parser's own name for it is the option's English name; in English
/// an option given no name keeps the parser's.
public enum ValueName: String, CatalogueArea {
    // Named in both languages.
    case day, time, path, region, name, text, reason, n, file, years, days, year, size, hostPort, code, id, month, mapping
    // Named in Chinese only (in English the parser names them after the option).
    case tier, format, grouping, firm, number, category, ground, zone, field, contact, phone, eventID, batch, files
    case kind, encoding, sheet, money, count, score, yesNo, unit, step, seed, rows, months, role, account
    case source, target

    public static let area = "value"

    public var entry: CatalogueEntry {
        switch self {
        case .day: CatalogueEntry(zh: "日期", en: "day")
        case .time: CatalogueEntry(zh: "时间", en: "time")
        case .path: CatalogueEntry(zh: "路径", en: "path")
        case .region: CatalogueEntry(zh: "地区", en: "region")
        case .name: CatalogueEntry(zh: "名称", en: "name")
        case .text: CatalogueEntry(zh: "文字", en: "text")
        case .reason: CatalogueEntry(zh: "理由", en: "reason")
        case .n: CatalogueEntry(zh: "数目", en: "n")
        case .file: CatalogueEntry(zh: "文件", en: "file")
        case .years: CatalogueEntry(zh: "年数", en: "years")
        case .days: CatalogueEntry(zh: "天数", en: "days")
        case .year: CatalogueEntry(zh: "年度", en: "year")
        case .size: CatalogueEntry(zh: "大小", en: "size")
        case .hostPort: CatalogueEntry(zh: "地址:端口", en: "host:port")
        case .code: CatalogueEntry(zh: "代码", en: "code")
        case .id: CatalogueEntry(zh: "编号", en: "id")
        case .month: CatalogueEntry(zh: "YYYY-MM", en: "YYYY-MM")
        case .mapping: CatalogueEntry(zh: "列名=字段名", en: "列名=field")
        case .tier: CatalogueEntry(zh: "层级", en: "tier")
        case .format: CatalogueEntry(zh: "格式", en: "format")
        case .grouping: CatalogueEntry(zh: "分组", en: "grouping")
        case .firm: CatalogueEntry(zh: "企业", en: "firm")
        case .number: CatalogueEntry(zh: "编号", en: "number")
        case .category: CatalogueEntry(zh: "类别", en: "category")
        case .ground: CatalogueEntry(zh: "依据", en: "ground")
        case .zone: CatalogueEntry(zh: "区域", en: "zone")
        case .field: CatalogueEntry(zh: "技术领域", en: "field")
        case .contact: CatalogueEntry(zh: "联系人", en: "contact")
        case .phone: CatalogueEntry(zh: "电话", en: "phone")
        case .eventID: CatalogueEntry(zh: "事件编号", en: "event-id")
        case .batch: CatalogueEntry(zh: "批次号", en: "batch")
        case .files: CatalogueEntry(zh: "文件", en: "files")
        case .kind: CatalogueEntry(zh: "种类", en: "kind")
        case .encoding: CatalogueEntry(zh: "编码", en: "encoding")
        case .sheet: CatalogueEntry(zh: "工作表", en: "sheet")
        case .money: CatalogueEntry(zh: "金额", en: "amount")
        case .count: CatalogueEntry(zh: "数量", en: "count")
        case .score: CatalogueEntry(zh: "分数", en: "score")
        case .yesNo: CatalogueEntry(zh: "是否", en: "yes-or-no")
        case .unit: CatalogueEntry(zh: "单位", en: "unit")
        case .step: CatalogueEntry(zh: "周期", en: "step")
        case .seed: CatalogueEntry(zh: "种子", en: "seed")
        case .rows: CatalogueEntry(zh: "行数", en: "rows")
        case .months: CatalogueEntry(zh: "月数", en: "months")
        case .role: CatalogueEntry(zh: "角色", en: "role")
        case .account: CatalogueEntry(zh: "账号名", en: "account")
        case .source: CatalogueEntry(zh: "来源", en: "source")
        case .target: CatalogueEntry(zh: "目标", en: "target")
        }
    }
}
