/// What each command is for and how it is used: the abstracts, discussions and own options of the
/// command line's help.
public enum CommandHelp: String, CatalogueArea {
    case ladderAbstract, ladderDiscussion
    case statsAbstract, statsDiscussion, statsTier, statsBy, statsByMore, statsPrintSQL, statsPrintSQLMore
    case showAbstract, showQuery, showWide
    case findAbstract, findDiscussion, findText, findLimit, findTiming

    public static let area = "help"

    public var entry: CatalogueEntry {
        switch self {
        case .ladderAbstract:
            CatalogueEntry(zh: "在本地登记库上开展科技型企业梯次培育工作。",
                           en: "Run the tiered cultivation of technology enterprises (梯次培育) on a local registry.")
        case .ladderDiscussion:
            CatalogueEntry(zh: """
                登记库是一个 SQLite 文件：--db 路径，否则 $LADDER_DB，否则 ./ladder.sqlite。
                日期写作 YYYY-MM-DD（也可写 2023/5/6、2023年5月6日）；“今天”指中国时间（UTC+8）的今天。
                退出状态：0 成功，1 被拒绝或失败，64 用法错误，65 输入数据有误。
                语言：任何命令都可加 --lang zh|en，否则看 $LADDER_LANG，否则看系统语言环境（zh_* 为中文）。
                """, en: """
                The registry is one SQLite file: --db PATH, else $LADDER_DB, else ./ladder.sqlite.
                Days are YYYY-MM-DD (2023/5/6 and 2023年5月6日 are read too); "today" is the day in
                China (UTC+8). Exit status: 0 ok, 1 refused or failed, 64 usage error, 65 bad input data.
                Language: --lang zh|en on any command, else $LADDER_LANG, else the locale (zh_* → 中文).
                """)
        case .statsAbstract:
            CatalogueEntry(zh: "统计某日持有有效资格的企业数，按层级、梯次位置或地区分组。",
                           en: "Count firms with a valid qualification on a day, by tier, position or place.")
        case .statsDiscussion:
            CatalogueEntry(zh: "每组中每家企业只计一次：同时持有两张有效证书（旧证到期前已发新证）仍算一家高新技术企业。"
                               + "企业所在地按该日的位置计算（迁移之后）。--by position 把每家企业按其有效的最高层级只计一次。",
                           en: "A firm is counted once per group: holding two valid certificates at once (a new one issued "
                               + "before the old one ends) makes one 高新技术企业. Its place is where it is on the day, after "
                               + "any relocation. --by position counts each firm once, at its highest valid tier.")
        case .statsTier: CatalogueEntry(zh: "只统计有效持有该层级资格的企业。", en: "Count only firms validly holding this tier.")
        case .statsBy:
            CatalogueEntry(zh: "分组：city 设区市（12 个统计地区）、county 县区、field 技术领域、tier 层级或 position 梯次位置。",
                           en: "Group by city (the 12 reporting regions), county, field, tier or position.")
        case .statsByMore:
            CatalogueEntry(zh: "限定在一个设区市、县区或赣江新区（--region）时，city 按县区分组。",
                           en: "Within a city, county or ganjiang (--region), city groups by county.")
        case .statsPrintSQL:
            CatalogueEntry(zh: "不统计，而是输出可在 sqlite3 命令行中得出同一数字的 SQL。",
                           en: "Print SQL for the sqlite3 CLI that makes the same count, instead of counting.")
        case .statsPrintSQLMore:
            CatalogueEntry(zh: "需与 --tier 及 --by city 或 county 同用；日期和年度的窗口取自认定政策。",
                           en: "With --tier and --by city or county; the window of days and years is the policy's.")
        case .showAbstract:
            CatalogueEntry(zh: "查看一家企业：资格及其状态、梯次位置、名称沿革、事件记录。",
                           en: "Show one enterprise: qualifications and their status, position, names, events.")
        case .showQuery: CatalogueEntry(zh: "统一社会信用代码，或完整的现用名、曾用名。", en: "统一社会信用代码, or an exact current or former name.")
        case .showWide:
            CatalogueEntry(zh: "事件记录每条一行宽表（超过 100 列）。", en: "The events as one wide table row each (wider than 100 columns).")
        case .findAbstract:
            CatalogueEntry(zh: "按统一社会信用代码、名称、曾用名或名称的一部分查找企业。",
                           en: "Find firms by credit code, name, former name or part of a name.")
        case .findDiscussion:
            CatalogueEntry(zh: "查找的文字可以是统一社会信用代码（全角、小写、含空格或末尾带“。”均可），完整的现用名或曾用名"
                               + "（全角和半角括号视为相同），或名称中连续的两个以上的字，例如 众城。排列顺序：代码相符、名称完全相符、"
                               + "曾用名完全相符，其后是包含该文字的名称（以其开头的在前，其次是较短的名称）。名称、所在地和梯次位置均按统计日。",
                           en: "TEXT is a 统一社会信用代码 (full-width, lower case, spaces or a trailing 。 are fine), a current or "
                               + "former name (（） and () alike), or two or more characters of a name, e.g. 众城. Best first: the "
                               + "code, the exact name, an exact former name, then names containing TEXT (those starting with it, "
                               + "then shorter names). Names, place and position are those on the as-of day.")
        case .findText: CatalogueEntry(zh: "统一社会信用代码、名称或名称的一部分。", en: "A credit code, a name, or part of a name.")
        case .findLimit: CatalogueEntry(zh: "最多列出多少家企业（默认 {limit}）。", en: "List at most this many firms (default {limit}).")
        case .findTiming:
            CatalogueEntry(zh: "在标准错误输出上显示查找本身所用的时间。", en: "Print the time the lookup itself took on standard error.")
        }
    }
}
