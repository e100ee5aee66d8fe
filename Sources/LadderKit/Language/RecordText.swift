/// `ladder log`: the headings of who recorded what, when and from where, and the kinds of record.
public enum RecordText: String, CatalogueArea {
    case title, columnAt, columnOperator, columnClient, columnRecord, columnWhat, columnSource, thisMachine, count
    case batch, enterprise, event, facts, profile, policy, batchVoid, correction, registration
    case importWhat, registered, eventWhat, factsWhat, founded, field, contact, phone, separator
    case profileWhat, policyWhat, voidWhat, correctionWhat, setAside, registeredAgain
    case placeFrom, placeFromStart, summarySeparator, admitDetail, sourceAdd, sourcePolicy, sourceVoid

    public static let area = "log"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "操作记录（按时间先后）", en: "log (oldest first)")
        case .columnAt: CatalogueEntry(zh: "记录时间（北京时间）", en: "recorded (Beijing time)")
        case .columnOperator: CatalogueEntry(zh: "操作人", en: "operator")
        case .columnClient: CatalogueEntry(zh: "来自", en: "from")
        case .columnRecord: CatalogueEntry(zh: "记录类型", en: "record")
        case .columnWhat: CatalogueEntry(zh: "内容", en: "what")
        case .columnSource: CatalogueEntry(zh: "来源", en: "source")
        case .thisMachine: CatalogueEntry(zh: "本机", en: "this machine")
        case .count: CatalogueEntry(zh: "共 {count} 条记录", en: "{count} record(s)")
        case .batch: CatalogueEntry(zh: "导入", en: "import")
        case .enterprise: CatalogueEntry(zh: "企业登记", en: "enterprise")
        case .event: CatalogueEntry(zh: "事件", en: "event")
        case .facts: CatalogueEntry(zh: "年度数据", en: "facts")
        case .profile: CatalogueEntry(zh: "基本信息", en: "profile")
        case .policy: CatalogueEntry(zh: "认定政策", en: "policy")
        case .batchVoid: CatalogueEntry(zh: "作废批次", en: "batch-void")
        case .correction: CatalogueEntry(zh: "更正", en: "correction")
        case .registration: CatalogueEntry(zh: "登记变更", en: "registration")
        case .importWhat:
            CatalogueEntry(zh: "导入 {file}（{kind}）：{rows} 行，新增事件 {events} 个，拒收 {rejected} 行",
                           en: "import {file} ({kind}): {rows} rows, {events} new events, {rejected} rejected")
        case .registered: CatalogueEntry(zh: "登记 {name}", en: "registered {name}")
        case .eventWhat: CatalogueEntry(zh: "#{id} {kind}：{detail}", en: "#{id} {kind}: {detail}")
        case .factsWhat: CatalogueEntry(zh: "{year}年度数据：{count} 项", en: "facts for {year}: {count} figure(s)")
        case .founded: CatalogueEntry(zh: "成立日期", en: "founded")
        case .field: CatalogueEntry(zh: "技术领域", en: "field")
        case .contact: CatalogueEntry(zh: "联系人", en: "contact")
        case .phone: CatalogueEntry(zh: "联系电话", en: "phone")
        case .separator: CatalogueEntry(zh: "，", en: ", ")
        case .profileWhat: CatalogueEntry(zh: "基本信息更正：{set}", en: "profile corrected: {set}")
        case .policyWhat: CatalogueEntry(zh: "认定政策 {policy} v{version} 生效", en: "policy {policy} v{version} put in force")
        case .voidWhat: CatalogueEntry(zh: "作废导入批次 {id}：{reason}", en: "voided batch {id}: {reason}")
        case .correctionWhat: CatalogueEntry(zh: "c{id} 更正：{summary}（{reason}）", en: "c{id} corrected: {summary} ({reason})")
        case .setAside: CatalogueEntry(zh: "登记已搁置：{reason}", en: "registration set aside: {reason}")
        case .registeredAgain: CatalogueEntry(zh: "重新登记", en: "registered again")
        case .placeFrom: CatalogueEntry(zh: "所在地 → {place}，自{day}起", en: "place → {place} from {day}")
        case .placeFromStart: CatalogueEntry(zh: "所在地 → {place}，自始", en: "place → {place} from the start")
        case .summarySeparator: CatalogueEntry(zh: "；", en: "; ")
        case .sourceAdd: CatalogueEntry(zh: "手工登记", en: "ladder add")
        case .sourcePolicy: CatalogueEntry(zh: "导入认定政策文件", en: "ladder policy import")
        case .sourceVoid: CatalogueEntry(zh: "作废导入批次 {id}", en: "ladder void --batch {id}")
        case .admitDetail: CatalogueEntry(zh: "科小 {number}（{year}年）", en: "科小 {number} ({year})")
        }
    }

    /// The words a table shows for each kind of record (`batch-void` → 作废批次).
    public static var records: [String: String] {
        let pairs: [(LogEntry.Record, RecordText)] = [(.batch, .batch), (.enterprise, .enterprise), (.event, .event),
                                                      (.facts, .facts), (.profile, .profile), (.policy, .policy),
                                                      (.batchVoid, .batchVoid), (.correction, .correction),
                                                      (.registration, .registration)]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.rawValue, $0.1.text()) })
    }

    /// The kind of an import as a table shows it: 高新技术企业名单 in Chinese, `hnte-list` in English.
    static func kind(_ kind: String, in language: Language) -> String {
        language == .zh ? BatchText.kinds(in: language)[kind] ?? kind : kind
    }

    /// An event's detail in the reader's language; English as `EventDescription.detail` words it.
    static func detail(_ detail: EventDetail, in language: Language) -> String {
        guard language == .zh else { return EventDescription.detail(detail) }
        switch detail {
        case let .admit(number): return admitDetail.text(in: language, ["number": number.text, "year": number.year])
        case let .select(category, year):
            return ShowText.listDetail.text(in: language, ["tier": category.tier.heading(in: language), "year": year,
                                                           "category": category.chineseName])
        case let .revoke(target, ground, reason):
            return ShowText.revokeDetail.text(in: language, ["target": target, "ground": ground.chineseName, "reason": reason])
        case let .void(target, reason): return ShowText.voidDetail.text(in: language, ["target": target, "reason": reason])
        case .certify, .rename, .relocate: return EventDescription.detail(detail)
        }
    }

    /// What a correction changed, as `Correction.summary` says it in English.
    static func summary(_ correction: Correction, in language: Language) -> String {
        guard language == .zh else { return correction.summary(in: language) }
        var parts: [String] = []
        if let location = correction.location {
            parts.append(correction.effective.map { placeFrom.text(in: language, ["place": location.label, "day": $0.iso]) }
                ?? placeFromStart.text(in: language, ["place": location.label]))
        }
        if let founded = correction.founded { parts.append(WriteText.correctionFounded.text(in: language, ["day": founded.iso])) }
        return parts.joined(separator: summarySeparator.text(in: language))
    }
}
