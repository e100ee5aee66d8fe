/// `ladder show`: the labels, headings and phrases of a firm's page in the terminal.
public enum ShowText: String, CatalogueArea {
    case position, positionNone, region, founded, field, contact, names, nameFrom
    case qualifications, noneRecorded, columnTier, columnNumber, columnStart, columnEnd, columnStatus, columnEvent
    case untilNextList, revokedFrom, events, corrections
    case columnEffective, columnKind, columnDetail, columnRecorded, columnBy, columnSource, columnDocument
    case recordedBy, document, fromStart, corrected, voidedBy, override, batch
    case revokeDetail, voidDetail, listDetail

    public static let area = "show"

    public var entry: CatalogueEntry {
        switch self {
        case .position: CatalogueEntry(zh: "梯次位置", en: "position")
        case .positionNone: CatalogueEntry(zh: "无（没有有效资格）", en: "none (no valid qualification)")
        case .region: CatalogueEntry(zh: "所属地区", en: "region")
        case .founded: CatalogueEntry(zh: "成立日期", en: "founded")
        case .field: CatalogueEntry(zh: "技术领域", en: "field")
        case .contact: CatalogueEntry(zh: "联系人", en: "contact")
        case .names: CatalogueEntry(zh: "名称沿革", en: "names")
        case .nameFrom: CatalogueEntry(zh: "{name}（{day}起）", en: "{name} (from {day})")
        case .qualifications: CatalogueEntry(zh: "资格", en: "qualifications")
        case .noneRecorded: CatalogueEntry(zh: "无记录", en: "none recorded")
        case .columnTier: CatalogueEntry(zh: "层级", en: "tier")
        case .columnNumber: CatalogueEntry(zh: "编号/名单", en: "number / list")
        case .columnStart: CatalogueEntry(zh: "起始日", en: "start")
        case .columnEnd: CatalogueEntry(zh: "截止日", en: "end")
        case .columnStatus: CatalogueEntry(zh: "状态", en: "status")
        case .columnEvent: CatalogueEntry(zh: "事件", en: "event")
        case .untilNextList: CatalogueEntry(zh: "至下一批名单", en: "until next list")
        case .revokedFrom: CatalogueEntry(zh: "（自{day}起取消）", en: " (revoked from {day})")
        case .events: CatalogueEntry(zh: "事件记录", en: "events")
        case .corrections: CatalogueEntry(zh: "更正记录（更正所记内容，并非迁移）", en: "corrections (of what was recorded, not moves)")
        case .columnEffective: CatalogueEntry(zh: "生效日期", en: "effective")
        case .columnKind: CatalogueEntry(zh: "事件", en: "kind")
        case .columnDetail: CatalogueEntry(zh: "内容", en: "detail")
        case .columnRecorded: CatalogueEntry(zh: "记录时间（北京时间）", en: "recorded (Beijing time)")
        case .columnBy: CatalogueEntry(zh: "操作人", en: "by")
        case .columnSource: CatalogueEntry(zh: "来源", en: "source")
        case .columnDocument: CatalogueEntry(zh: "文号", en: "文号")
        case .recordedBy: CatalogueEntry(zh: "北京时间 {time} 由 {operator} 记录 · {source}", en: "recorded {time} Beijing time by {operator} · {source}")
        case .document: CatalogueEntry(zh: " · 文号 {document}", en: " · 文号 {document}")
        case .fromStart: CatalogueEntry(zh: "自始", en: "from start")
        case .corrected: CatalogueEntry(zh: "更正", en: "corrected")
        case .voidedBy: CatalogueEntry(zh: "（已被 #{id} 作废）", en: " (voided by #{id})")
        case .override: CatalogueEntry(zh: "特批理由：{reason}", en: "override: {reason}")
        case .batch: CatalogueEntry(zh: "导入批次 {id}", en: "batch {id}")
        case .revokeDetail: CatalogueEntry(zh: "终止 #{target}（{ground}）：{reason}", en: "ends #{target} ({ground}): {reason}")
        case .voidDetail: CatalogueEntry(zh: "作废 #{target}：{reason}", en: "voids #{target}: {reason}")
        case .listDetail: CatalogueEntry(zh: "{year}年{category}名单（{tier}）", en: "{tier} {year} {category}")
        }
    }
}
