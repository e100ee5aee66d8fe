/// The help of the options many commands share: the registry, the days, the region, the format,
/// who records.
public enum OptionHelp: String, CatalogueArea {
    case db, dbMore, asOf, asOfMore, knownAt, knownAtMore, region, regionMore, format, documentFormat
    case operatorName, operatorMore, document, note, tier, onlyTier, firm, override, category, evaluatedYear

    public static let area = "option"

    public var entry: CatalogueEntry {
        switch self {
        case .db: CatalogueEntry(zh: "登记库文件。", en: "Registry file.")
        case .dbMore: CatalogueEntry(zh: "默认：$LADDER_DB，否则为 ./ladder.sqlite。", en: "Default: $LADDER_DB, else ./ladder.sqlite.")
        case .asOf: CatalogueEntry(zh: "统计日：回答哪一天的情况。", en: "The day the answer is for.")
        case .asOfMore: CatalogueEntry(zh: "默认：中国时间的今天。", en: "Default: today in China.")
        case .knownAt: CatalogueEntry(zh: "只用此时以前记录的事件，以重现当时的答案。", en: "Use only events recorded by then, to reproduce an earlier answer.")
        case .knownAtMore:
            CatalogueEntry(zh: "写日期指中国时间该日结束时；不带时区的时间按中国时间。默认：现在。",
                           en: "A day means the end of that day in China; a time without zone is China time. Default: now.")
        case .region:
            CatalogueEntry(zh: "只统计该日位于此地区的企业：设区市、县（市、区）、赣江新区或全省。",
                           en: "Only firms in this region on the day: a 设区市, a 县区, ganjiang or the province.")
        case .regionMore:
            CatalogueEntry(zh: "可写 3607、360700、赣州或赣州市；360702、章贡区或章贡；ganjiang 或赣江新区；360000、江西省或江西。"
                               + "落在赣江新区的企业计入赣江新区，不计入南昌、九江或其县区。默认：全部企业。",
                           en: "3607, 360700, 赣州 or 赣州市; 360702, 章贡区 or 章贡; ganjiang or 赣江新区; 360000, 江西省 or 江西. "
                               + "Firms placed in 赣江新区 count there, not in 南昌, 九江 or their county. Default: every firm.")
        case .format: CatalogueEntry(zh: "输出格式：表格、CSV、JSON 或 ndjson。", en: "Output format.")
        case .documentFormat:
            CatalogueEntry(zh: "输出格式：表格、JSON 或 ndjson（同样的 JSON 写在一行）。",
                           en: "Output format: a table, JSON, or ndjson (the same JSON on one line).")
        case .operatorName: CatalogueEntry(zh: "操作人：由谁记录。", en: "Who records this.")
        case .operatorMore: CatalogueEntry(zh: "默认：$LADDER_OPERATOR，否则为登录用户名。", en: "Default: $LADDER_OPERATOR, else the login name.")
        case .document: CatalogueEntry(zh: "文号，例如 赣高企认办〔2024〕3号。", en: "Document reference (文号), e.g. 赣高企认办〔2024〕3号.")
        case .note: CatalogueEntry(zh: "随记录保存的备注。", en: "A free note kept with the record.")
        case .tier: CatalogueEntry(zh: "层级（tsme、hnte、growth、leader，或 科小、高企 …）。", en: "The tier (tsme, hnte, growth, leader, or 科小, 高企 …).")
        case .onlyTier: CatalogueEntry(zh: "只列此层级。", en: "List only this tier.")
        case .firm: CatalogueEntry(zh: "统一社会信用代码，或完整的现用名、曾用名。", en: "统一社会信用代码, or an exact current or former name.")
        case .override:
            CatalogueEntry(zh: "特批：规则不允许时仍予记录；特批理由随事件保存。",
                           en: "Record it although the rules refuse it; the reason is kept on the event.")
        case .category: CatalogueEntry(zh: "名单类别（growth 和 leader 用）。", en: "List category (growth and leader).")
        case .evaluatedYear:
            CatalogueEntry(zh: "核对哪一年度的数据（默认：--as-of 的上一年）。", en: "Fiscal year evaluated (default: the year before --as-of).")
        }
    }
}
