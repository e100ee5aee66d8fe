/// The command line's usage errors: an option's value out of range, two options that do not go
/// together, a mistyped command. Each says what was wrong and what to give instead.
public enum ValidationText: String, CatalogueArea {
    case notADay, notATime, notAMonth, notAScore, busyTimeout, outputExtension, listSeparator, listOr
    case unknownCommand, didYouMean, tierMissing, tierDisagrees
    case statsPrintSQL, findLimit, selectTier, listYear, reasonEmpty, correctNothing, correctZone, correctFrom, voidOne
    case rejectsOneFile, problemsOneFile, headerRow, standardInputOnce, sampleRows, checkCategory, factsYear
    case seriesOrder, funnelSame, funnelOrder, withinYears, withinDays, expiringBoth, targetCount
    case exportNeedsOut, exportDisagrees, reportMonths, maxUpload, maxConcurrentUploads, listen, tokenBoth

    public static let area = "validation"

    public var entry: CatalogueEntry {
        switch self {
        case .notADay:
            CatalogueEntry(zh: "“{text}”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。",
                           en: "'{text}' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
        case .notATime:
            CatalogueEntry(zh: "“{text}”不是时间；请写 YYYY-MM-DD（中国时间该日结束时）、YYYY-MM-DDTHH:MM（中国时间），"
                               + "或带 Z 或时差的完整时间，例如 2024-11-22T09:30+08:00。",
                           en: "'{text}' is not a time; use YYYY-MM-DD (end of that day in China), "
                               + "YYYY-MM-DDTHH:MM (China time) or a full ISO time with Z or an offset")
        case .notAMonth:
            CatalogueEntry(zh: "'{text}' 不是月份；请写作 YYYY-MM，例如 2024-03。", en: "'{text}' is not a month; write it as YYYY-MM, e.g. 2024-03")
        case .notAScore:
            CatalogueEntry(zh: "“{text}”不是分数；请写最多两位小数的数字，例如 70.5。",
                           en: "'{text}' is not a score; write a number with at most two decimals, e.g. 70.5")
        case .busyTimeout:
            CatalogueEntry(zh: "$LADDER_BUSY_TIMEOUT 为 '{text}'，不是秒数；例如 LADDER_BUSY_TIMEOUT=60。",
                           en: "$LADDER_BUSY_TIMEOUT is '{text}', not a number of seconds; e.g. LADDER_BUSY_TIMEOUT=60")
        case .outputExtension:
            CatalogueEntry(zh: "{option} {path}：此处不写 .{ext} 文件；请给出以 {list} 结尾的文件名。",
                           en: "{option} {path}: ladder does not write .{ext} files here; give a name ending in {list}")
        case .listSeparator: CatalogueEntry(zh: "、", en: ", ")
        case .listOr: CatalogueEntry(zh: "{list} 或 {last}", en: "{list} or {last}")
        case .unknownCommand:
            CatalogueEntry(zh: "没有命令 '{word}'{hint}（请看 '{path} --help'）", en: "unknown command '{word}'{hint} (see '{path} --help')")
        case .didYouMean: CatalogueEntry(zh: "；是否要用 '{name}'？", en: "; did you mean '{name}'?")
        case .tierMissing: CatalogueEntry(zh: "缺少参数 '--tier <层级>'", en: "Missing expected argument '--tier <tier>'")
        case .tierDisagrees:
            CatalogueEntry(zh: "--tier {named} 与 --for {legacy} 不一致；请只写 --tier。",
                           en: "--tier {named} and --for {legacy} disagree; give --tier alone")
        case .statsPrintSQL:
            CatalogueEntry(zh: "--print-sql 需与 --tier 及 --by city 或 county 同用。", en: "--print-sql needs --tier and --by city or county")
        case .findLimit: CatalogueEntry(zh: "--limit 须为 1 或更大的数。", en: "--limit must be 1 or more")
        case .selectTier: CatalogueEntry(zh: "select 的 --tier 须为 growth 或 leader。", en: "--tier must be growth or leader for select")
        case .listYear: CatalogueEntry(zh: "--year {year} 不是合理的名单年度。", en: "--year {year} is not a plausible list year")
        case .reasonEmpty: CatalogueEntry(zh: "--reason 为空；请写明原因。", en: "--reason is empty")
        case .correctNothing:
            CatalogueEntry(zh: "请写明更正什么：--region（在赣江新区时加 --zone）、--founded，或两者都写。",
                           en: "give what is corrected: --region (with --zone if in 赣江新区), --founded, or both")
        case .correctZone:
            CatalogueEntry(zh: "--zone 需与 --region（更正后的所在地）同用。", en: "--zone needs --region: the corrected place")
        case .correctFrom:
            CatalogueEntry(zh: "请写 --from-start 或 --effective 日期，二者选一：更正后的所在地从何时起适用。",
                           en: "give either --from-start or --effective DAY: from when the corrected place holds")
        case .voidOne:
            CatalogueEntry(zh: "请只写以下之一：事件编号、--batch 批次号或 --firm 统一社会信用代码。",
                           en: "give one of: an EVENT_ID, --batch N, or --firm CODE")
        case .rejectsOneFile: CatalogueEntry(zh: "--rejects 只能用于一个输入文件。", en: "--rejects takes one input file")
        case .problemsOneFile: CatalogueEntry(zh: "--problems 只能用于一个输入文件。", en: "--problems takes one input file")
        case .headerRow:
            CatalogueEntry(zh: "--header-row 从 1 数起，与表格软件显示的行号一致。",
                           en: "--header-row counts from 1, as the spreadsheet shows rows")
        case .standardInputOnce: CatalogueEntry(zh: "标准输入（-）只能读取一次。", en: "standard input (-) can be read once")
        case .sampleRows: CatalogueEntry(zh: "--rows 须为 0 或更大的数。", en: "--rows must be 0 or more")
        case .checkCategory:
            CatalogueEntry(zh: "--category {category} 属于 {owner}，不属于 {tier}。",
                           en: "--category {category} belongs to {owner}, not {tier}")
        case .factsYear: CatalogueEntry(zh: "--year {year} 不是合理的年度。", en: "--year {year} is not a plausible fiscal year")
        case .seriesOrder:
            CatalogueEntry(zh: "--from {from} 晚于 --to {to}；请先写较早的月份。", en: "--from {from} is after --to {to}; give the earlier month first")
        case .funnelSame:
            CatalogueEntry(zh: "--from 与 --to 都是 {tier}；请写两个不同的层级。", en: "--from and --to are both {tier}; name two tiers")
        case .funnelOrder:
            CatalogueEntry(zh: "--from {from} 在梯次上高于 --to {to}；晋升统计从较低层级到较高层级（例如 --from tsme --to hnte）。",
                           en: "--from {from} is above --to {to} on the ladder; the funnel runs "
                               + "from a lower tier to a higher one (e.g. --from tsme --to hnte)")
        case .withinYears: CatalogueEntry(zh: "--within 至少为 1 年。", en: "--within must be at least 1 year")
        case .withinDays: CatalogueEntry(zh: "--within 须为 0 或更多天。", en: "--within must be 0 or more days")
        case .expiringBoth: CatalogueEntry(zh: "--within 与 --year 只能写一个。", en: "give --within or --year, not both")
        case .targetCount: CatalogueEntry(zh: "目标企业数至少为 1。", en: "COUNT must be at least 1")
        case .exportNeedsOut:
            CatalogueEntry(zh: "--format {format} 需与 --out 文件名同用。", en: "--format {format} needs --out FILE")
        case .exportDisagrees:
            CatalogueEntry(zh: "--out {out} 的扩展名是 .{named}，而 --format 是 {format}；请使二者一致（或不写 --format）。",
                           en: "--out {out} is named .{named} but --format is {format}; make them agree (or leave --format out)")
        case .reportMonths: CatalogueEntry(zh: "--months 须在 2 到 240 之间。", en: "--months must be 2 to 240")
        case .maxUpload:
            CatalogueEntry(zh: "--max-upload '{text}' 不是文件大小；例如 --max-upload 200MB 或 --max-upload 1GB。",
                           en: "--max-upload '{text}' is not a size; e.g. --max-upload 200MB or --max-upload 1GB")
        case .maxConcurrentUploads:
            CatalogueEntry(zh: "--max-concurrent-uploads 须在 1 到 64 之间，例如 --max-concurrent-uploads 2。",
                           en: "--max-concurrent-uploads must be 1 to 64, e.g. --max-concurrent-uploads 2")
        case .listen:
            CatalogueEntry(zh: "--listen '{text}' 不是“地址:端口”；例如 --listen 127.0.0.1:8080。",
                           en: "--listen '{text}' is not host:port; e.g. --listen 127.0.0.1:8080")
        case .tokenBoth: CatalogueEntry(zh: "--list 与 --revoke 只能写一个。", en: "give --list or --revoke ID, not both")
        }
    }
}
