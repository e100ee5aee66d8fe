/// The help of the commands that say a record was wrong: correct and void.
public enum CorrectionHelp: String, CatalogueArea {
    case correctAbstract, correctDiscussion, correctCode, correctRegion, correctZone, correctFounded, correctFromStart
    case correctEffective, correctReason
    case voidAbstract, voidDiscussion, voidEventID, voidBatch, voidFirm, voidReason

    public static let area = "help.correction"

    public var entry: CatalogueEntry {
        switch self {
        case .correctAbstract:
            CatalogueEntry(zh: "更正登记内容：企业自某日起或自始的所在地、成立日期。",
                           en: "Correct what was recorded: a firm's place from a day or from the start, its founding day.")
        case .correctDiscussion:
            CatalogueEntry(zh: "更正不是迁移：`relocate` 记录某日发生的迁移，`correct` 表示原记录有误。更正后，以往各日的统计数"
                               + "随之改变；--known-at 早于更正时，仍得出原来的数字。更正后的所在地自 --effective（或 --from-start，"
                               + "即自登记时起）适用，直到下一次迁移或更正；成立日期一律自始更正。",
                           en: "A correction is not a move: `relocate` records a move that happened on a day; `correct` says the record "
                               + "was wrong. Counts as of earlier days change; `--known-at` before the correction still gives the old "
                               + "figures. The place holds from --effective (or --from-start, the place as registered) until the next "
                               + "relocation or correction; a founding day is always corrected from the start.")
        case .correctCode: CatalogueEntry(zh: "统一社会信用代码。", en: "统一社会信用代码.")
        case .correctRegion:
            CatalogueEntry(zh: "正确的行政区划代码（GB/T 2260）或江西省内的行政区划名称。",
                           en: "The right division code (GB/T 2260) or Jiangxi division name.")
        case .correctZone:
            CatalogueEntry(zh: "正确所在地所属的统计区域（赣江新区写 ganjiang）。", en: "Reporting zone at the right place (赣江新区 = ganjiang).")
        case .correctFounded: CatalogueEntry(zh: "正确的成立日期；自始更正。", en: "The right founding day (成立日期); corrected from the start.")
        case .correctFromStart:
            CatalogueEntry(zh: "所在地自登记时起即有误；只写 --founded 时默认如此。",
                           en: "The place was wrong from the start (as registered); implied for --founded alone.")
        case .correctEffective: CatalogueEntry(zh: "正确所在地开始适用的第一天。", en: "The first day the right place holds.")
        case .correctReason: CatalogueEntry(zh: "原记录有误的原因。", en: "Why the record was wrong.")
        case .voidAbstract:
            CatalogueEntry(zh: "纠正错误：将一条事件、一个导入批次或一家企业的登记作废，视为从未发生。",
                           en: "Correct a mistake: treat an event, an import batch or a firm's registration as never having happened.")
        case .voidDiscussion:
            CatalogueEntry(zh: "事件仍留在历史记录中，标记为已作废；--known-at 早于作废时仍能看到。--batch 批次号：在一个事务中作废该导入批次"
                               + "的全部事件，搁置其年度数据和企业信息更正，并搁置该批次登记的企业，但批次以外的记录引用的企业除外"
                               + "（会说明保留了哪些企业及原因）。--firm 统一社会信用代码：搁置一家误登记、且无其他记录引用的企业。"
                               + "被搁置的企业，在此后的查询中视同从未登记；再次登记同一代码时沿用原记录。",
                           en: "The events stay in the history, marked voided; `--known-at` before the void still sees them. "
                               + "`--batch N` voids every event of import batch N in one transaction, sets its facts and profile corrections aside, "
                               + "and sets aside the firms it registered unless something outside the batch refers to them (it says which it kept "
                               + "and why). `--firm CODE` sets aside a firm registered by mistake when nothing else refers to it. A firm set aside "
                               + "is as if never registered for reads known after; registering its code again takes up the same record.")
        case .voidEventID: CatalogueEntry(zh: "事件编号，即 `ladder show` 显示的 #。", en: "The event number (#) shown by `ladder show`.")
        case .voidBatch: CatalogueEntry(zh: "导入批次号，见 `ladder batches`。", en: "An import batch number, from `ladder batches`.")
        case .voidFirm: CatalogueEntry(zh: "误登记企业的统一社会信用代码。", en: "The 统一社会信用代码 of a firm registered by mistake.")
        case .voidReason: CatalogueEntry(zh: "作废原因。", en: "Why it is void.")
        }
    }
}
