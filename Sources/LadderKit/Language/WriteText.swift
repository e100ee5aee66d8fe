/// What the write commands say they did: an event recorded or already there, a firm added, a
/// correction, a void, facts, a target, a policy.
public enum WriteText: String, CatalogueArea {
    case recorded, alreadyRecorded, added, correction, correctionPlace, correctionFromDay, correctionFromStart, correctionFounded
    case voidedBatch, keptFirm, keptMore, setAside, voidedEvent
    case factsRecorded, factsUnchanged, factsAmount, moneyGivenIn, moneyReadAs
    case policyWritten, policyInForce, policyUnchanged, note

    public static let area = "write"

    public var entry: CatalogueEntry {
        switch self {
        case .recorded:
            CatalogueEntry(zh: "已记录事件 #{id}：{kind} {detail}，生效日期 {effective}", en: "recorded event #{id}: {kind} {detail}, effective {effective}")
        case .alreadyRecorded:
            CatalogueEntry(zh: "已有记录，即事件 #{id}（{kind}，生效日期 {effective}），未写入",
                           en: "already recorded as event #{id} ({kind}, effective {effective}); nothing written")
        case .added: CatalogueEntry(zh: "已登记 {name}（{code}），所属地区 {place} · {region}", en: "added {name} ({code}) in {place} · {region}")
        case .correction: CatalogueEntry(zh: "已记录更正 c{id}：{summary}", en: "recorded correction c{id}: {summary}")
        case .correctionPlace: CatalogueEntry(zh: "所属地区 → {place}，{from}", en: "place → {place} {from}")
        case .correctionFromDay: CatalogueEntry(zh: "自 {day} 起", en: "from {day}")
        case .correctionFromStart: CatalogueEntry(zh: "自始", en: "from the start")
        case .correctionFounded: CatalogueEntry(zh: "成立日期 {day}", en: "founded {day}")
        case .voidedBatch:
            CatalogueEntry(zh: "已作废导入批次 {batch}：作废事件 {events} 条，其年度数据和企业信息更正一并作废；该批次登记的企业作废登记 {setAside} 家，保留 {kept} 家",
                           en: "voided batch {batch}: {events} event(s) voided, its facts and profile corrections "
                               + "set aside; {setAside} firm(s) it registered set aside, {kept} kept")
        case .keptFirm: CatalogueEntry(zh: "保留 {code} {name}：{references}", en: "kept {code} {name}: {references}")
        case .keptMore:
            CatalogueEntry(zh: "……另有 {count} 家保留，均被导入批次 {batch} 之外的记录引用",
                           en: "… and {count} more kept, each referred to by records outside batch {batch}")
        case .setAside:
            CatalogueEntry(zh: "已作废 {code} {name} 的登记：自现在起视同从未登记", en: "set aside {code} {name}: as if never registered from now on")
        case .voidedEvent: CatalogueEntry(zh: "已记录事件 #{id}：作废事件 #{target}", en: "recorded event #{id}: voided event #{target}")
        case .factsRecorded: CatalogueEntry(zh: "已记录 {code} {year}年度数据", en: "recorded facts of {code} for {year}")
        case .factsUnchanged:
            CatalogueEntry(zh: "已有记录：{code} {year}年度的相同数据已在库中，未写入",
                           en: "already recorded: the same facts of {code} for {year} are on file; nothing written")
        case .factsAmount: CatalogueEntry(zh: "--{option} {amount}", en: "{option} {amount}")
        case .moneyGivenIn: CatalogueEntry(zh: "{yuan} 元（按所写单位{unit}）", en: "{yuan} 元 (given in {unit})")
        case .moneyReadAs: CatalogueEntry(zh: "{yuan} 元（未写单位，按{unit}计）", en: "{yuan} 元 (bare number read as {unit})")
        case .policyWritten:
            CatalogueEntry(zh: "已将 {label} 写入 {file}；按需修改，调高 \"version\"，然后运行 `ladder policy import {file}`",
                           en: "wrote {label} to {file}; change what you need, raise \"version\", then `ladder policy import {file}`")
        case .policyInForce: CatalogueEntry(zh: "认定政策 {label} 自现在起施行", en: "policy {label} is in force from now on")
        case .policyUnchanged:
            CatalogueEntry(zh: "已有记录：认定政策 {label} 正在施行，未写入", en: "already recorded: policy {label} is in force; nothing written")
        case .note: CatalogueEntry(zh: "提示：{text}", en: "note: {text}")
        }
    }
}
