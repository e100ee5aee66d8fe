/// The actions on a firm's page (`/firms/{code}`): the forms' labels and hints, the confirmation
/// after a write, and how a refusal is shown. The actions' names are the glossary's (`Term`), the
/// facts' names `FactText`'s, the refusal's reasons the library's.
public enum PageActionText: String, CatalogueArea {
    case actionsTitle, actionsIntro, enterFacts, submit, submitFacts, submitVoid
    case fieldTier, fieldCategory, fieldListYear, fieldRevokeNumber, fieldGround, fieldReason, fieldName, fieldRegion
    case fieldZone, zoneNone, fieldNote, fieldEvent, fieldVoidReason, fieldYear, fieldUnit, unitWan, unitYuan, flagUnset
    case hintDay, hintAdmitNumber, hintCertifyNumber, hintRegion, hintFacts, hintMoney, hintVoid, eventOption, noEvents
    case overrideTitle, overrideHint, refusedTitle, refusedFailed, refusedMissing, badInputTitle
    case missingField, missingDay, done, doneFacts, doneVoid, doneUnchanged, eventOfAnother

    public static let area = "pageAction"

    public var entry: CatalogueEntry {
        switch self {
        case .actionsTitle: CatalogueEntry(zh: "操作", en: "Actions")
        case .actionsIntro:
            CatalogueEntry(zh: "以下操作以账号“{account}”的名义记录；日期默认为今天（{day}），可以修改。",
                           en: "Recorded under account '{account}'; days default to today ({day}) and can be changed.")
        case .enterFacts: CatalogueEntry(zh: "录入年度数据", en: "Enter facts")
        case .submit: CatalogueEntry(zh: "记录{action}", en: "Record {action}")
        case .submitFacts: CatalogueEntry(zh: "保存年度数据", en: "Save the facts")
        case .submitVoid: CatalogueEntry(zh: "作废所选事件", en: "Void the event")
        case .fieldTier: CatalogueEntry(zh: "层级", en: "tier")
        case .fieldCategory: CatalogueEntry(zh: "名单类别", en: "list category")
        case .fieldListYear: CatalogueEntry(zh: "名单年度", en: "list year")
        case .fieldRevokeNumber: CatalogueEntry(zh: "证书或登记编号（可不填）", en: "certificate or registration number (optional)")
        case .fieldGround: CatalogueEntry(zh: "取消原因类别", en: "ground")
        case .fieldReason: CatalogueEntry(zh: "取消理由", en: "reason")
        case .fieldName: CatalogueEntry(zh: "新名称", en: "new name")
        case .fieldRegion: CatalogueEntry(zh: "迁入地行政区划代码", en: "division moved to")
        case .fieldZone: CatalogueEntry(zh: "功能区", en: "zone")
        case .zoneNone: CatalogueEntry(zh: "（不在功能区）", en: "(none)")
        case .fieldNote: CatalogueEntry(zh: "备注", en: "note")
        case .fieldEvent: CatalogueEntry(zh: "要作废的事件", en: "event to void")
        case .fieldVoidReason: CatalogueEntry(zh: "作废理由", en: "reason for voiding")
        case .fieldYear: CatalogueEntry(zh: "财务年度", en: "fiscal year")
        case .fieldUnit: CatalogueEntry(zh: "金额单位", en: "unit of money")
        case .unitWan: CatalogueEntry(zh: "万元", en: "10,000 yuan (万元)")
        case .unitYuan: CatalogueEntry(zh: "元", en: "yuan")
        case .flagUnset: CatalogueEntry(zh: "（不填）", en: "(not given)")
        case .hintDay: CatalogueEntry(zh: "格式 YYYY-MM-DD", en: "as YYYY-MM-DD")
        case .hintAdmitNumber: CatalogueEntry(zh: "例如 2024360111A0000001", en: "e.g. 2024360111A0000001")
        case .hintCertifyNumber: CatalogueEntry(zh: "例如 GR202336000123", en: "e.g. GR202336000123")
        case .hintRegion: CatalogueEntry(zh: "6 位代码，例如 360702", en: "six digits, e.g. 360702")
        case .hintFacts:
            CatalogueEntry(zh: "只填要录入或修改的项目；留空的项目保持原值。", en: "Fill in only what to enter or change; blank figures keep their values.")
        case .hintMoney: CatalogueEntry(zh: "金额", en: "money")
        case .hintVoid:
            CatalogueEntry(zh: "作废后事件仍留在记录中并注明作废；写明理由。", en: "A voided event stays on record, marked void; give the reason.")
        case .eventOption: CatalogueEntry(zh: "#{id} · {effective} · {kind} {detail}", en: "#{id} · {effective} · {kind} {detail}")
        case .noEvents: CatalogueEntry(zh: "没有可作废的事件。", en: "No event to void.")
        case .overrideTitle: CatalogueEntry(zh: "例外办理", en: "Override")
        case .overrideHint:
            CatalogueEntry(zh: "确需不按条件记录时，请写明特批理由后再次提交；理由随事件保存。",
                           en: "To record it anyway, give the reason for overriding the rules and send again; it is kept with the event.")
        case .refusedTitle: CatalogueEntry(zh: "未作记录", en: "Nothing was recorded")
        case .refusedFailed: CatalogueEntry(zh: "未达到的条件：", en: "Criteria not met:")
        case .refusedMissing: CatalogueEntry(zh: "请先录入以下年度数据：", en: "Enter these facts first:")
        case .badInputTitle: CatalogueEntry(zh: "请修改后再提交", en: "Please correct this and send again")
        case .missingField: CatalogueEntry(zh: "请填写“{field}”，例如 {example}。", en: "{field} is missing; fill it in, e.g. {example}")
        case .missingDay:
            CatalogueEntry(zh: "请填写“{field}”，格式 YYYY-MM-DD，例如 2024-11-22。",
                           en: "{field} is missing; give the day as YYYY-MM-DD, e.g. 2024-11-22")
        case .done: CatalogueEntry(zh: "已记录{action}。", en: "Recorded: {action}.")
        case .doneFacts: CatalogueEntry(zh: "已录入年度数据。", en: "The facts are recorded.")
        case .doneVoid: CatalogueEntry(zh: "已作废所选事件。", en: "The event is voided.")
        case .doneUnchanged: CatalogueEntry(zh: "已有相同记录，未重复写入。", en: "Already recorded; nothing was written again.")
        case .eventOfAnother:
            CatalogueEntry(zh: "事件 #{id} 不是本企业的事件；请从本页的事件中选择。",
                           en: "event #{id} is not this firm's; choose one of this page's events")
        }
    }
}
