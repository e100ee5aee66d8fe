/// What to type next, which the command line adds to a refusal: its commands and flags stay as
/// typed, the words around them follow the reader's language.
public enum HintText: String, CatalogueArea {
    case addFirst, findAll, number, showFirm, verify, batches, enterFacts, override, busyTimeout, madeBy, force, verifyBackup

    public static let area = "hint"

    public var entry: CatalogueEntry {
        switch self {
        case .addFirst: CatalogueEntry(zh: "（`ladder add 统一社会信用代码 --name 企业名称`）", en: " with `ladder add CODE --name NAME`")
        case .findAll: CatalogueEntry(zh: "；全部列出：`ladder find {query}`", en: "; list them all with `ladder find {query}`")
        case .number: CatalogueEntry(zh: "（--number）", en: " (--number)")
        case .showFirm: CatalogueEntry(zh: "（`ladder show 统一社会信用代码`）", en: " with `ladder show CODE`")
        case .verify: CatalogueEntry(zh: "（`ladder verify`）", en: " with `ladder verify`")
        case .batches: CatalogueEntry(zh: "（`ladder batches`）", en: " with `ladder batches`")
        case .enterFacts: CatalogueEntry(zh: "用 `ladder facts set` 录入数据；", en: "enter facts with `ladder facts set`; ")
        case .override: CatalogueEntry(zh: "（{facts}--override \"理由\"）", en: " ({facts}--override \"reason\")")
        case .busyTimeout: CatalogueEntry(zh: "（$LADDER_BUSY_TIMEOUT）", en: " with $LADDER_BUSY_TIMEOUT")
        case .madeBy: CatalogueEntry(zh: "（由 `ladder init` 或 `ladder backup` 生成）", en: " (made by `ladder init` or `ladder backup`)")
        case .force: CatalogueEntry(zh: "（--force）", en: " (--force)")
        case .verifyBackup: CatalogueEntry(zh: "（见 `ladder verify --db {path}`）", en: " (see `ladder verify --db {path}`)")
        }
    }
}
