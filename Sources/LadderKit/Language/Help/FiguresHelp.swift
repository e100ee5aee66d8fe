/// The help of the commands that count over time and list what needs attention: series, cohort,
/// funnel, expiring, lapsed and targets.
public enum FiguresHelp: String, CatalogueArea {
    case seriesAbstract, seriesDiscussion, seriesTier, seriesFrom, seriesTo, seriesEvery, seriesBy
    case cohortAbstract, cohortDiscussion, cohortTier, cohortBy
    case funnelAbstract, funnelDiscussion, funnelFrom, funnelTo, funnelWithin
    case expiringAbstract, expiringDiscussion, expiringWithin, expiringYear
    case lapsedAbstract, lapsedDiscussion, lapsedSince, lapsedPending
    case targetsAbstract, targetsListAbstract, targetsListDiscussion
    case targetsSetAbstract, targetsSetDiscussion, targetsSetTier, targetsSetCount, targetsSetDue, targetsSetRegion

    public static let area = "help.figures"

    public var entry: CatalogueEntry {
        switch self {
        case .seriesAbstract:
            CatalogueEntry(zh: "统计每月、每季度或每年末持有有效资格的企业数。",
                           en: "Count firms with a valid qualification at the end of each month, quarter or year.")
        case .seriesDiscussion:
            CatalogueEntry(zh: "每个数取各期最后一天的统计，与 `ladder stats --as-of` 的结果相同。统计的各期，是最后一个月落在 "
                               + "--from … --to 之间的各期（年度止于 12 月）；--to 默认为 --as-of 所在的月份。",
                           en: "Each count is taken on a period's last day, as `ladder stats --as-of` would give it. Periods are "
                               + "those whose last month lies in --from … --to (a year ends in December); --to defaults to the "
                               + "month of --as-of.")
        case .seriesTier: CatalogueEntry(zh: "统计的层级。", en: "The tier to count.")
        case .seriesFrom: CatalogueEntry(zh: "起始月份。", en: "First month.")
        case .seriesTo: CatalogueEntry(zh: "截止月份（默认：--as-of 所在的月份）。", en: "Last month (default: the month of --as-of).")
        case .seriesEvery:
            CatalogueEntry(zh: "统计周期：month 每月、quarter 每季度或 year 每年，取最后一天。",
                           en: "Count on the last day of each month, quarter or year.")
        case .seriesBy: CatalogueEntry(zh: "按设区市分组：每个统计地区一列。", en: "Group by city: a column per reporting region.")
        case .cohortAbstract:
            CatalogueEntry(zh: "跟踪各年度取得的资格：仍有效、被取消资格、重新认定、期满未续。",
                           en: "Follow each year's qualifications: still valid, revoked, re-certified, lapsed.")
        case .cohortDiscussion:
            CatalogueEntry(zh: "资格有效期满后，若同一层级的新资格在到期日前后各 recertification_window_days 天（认定政策参数，默认 365）"
                               + "之内开始，即为重新认定；没有且该期限已过，即为期满未续；期限未过时为待定。保持率 = 重新认定 ÷"
                               + "（重新认定 + 期满未续）。加 --by city 时，企业计入其资格开始之日所在的设区市。",
                           en: "A qualification that ran to its end was re-certified when a new one of the same tier started within "
                               + "the policy's recertification_window_days (default 365) of that end, either side; lapsed when none did and the window has "
                               + "closed; pending while it is open. Retention = re-certified / (re-certified + lapsed). With --by city, a firm "
                               + "counts where it was on the day its qualification started.")
        case .cohortTier: CatalogueEntry(zh: "跟踪的层级。", en: "The tier to follow.")
        case .cohortBy: CatalogueEntry(zh: "各年度按设区市分组。", en: "Group each year by city.")
        case .funnelAbstract:
            CatalogueEntry(zh: "各年度首次进入某层级的企业中，有多少后来进入了更高层级。",
                           en: "Of the firms first entering a tier each year, how many reached a higher one.")
        case .funnelDiscussion:
            CatalogueEntry(zh: "企业的进入年份是其首个 --from 层级资格开始的年份；若在该日或之后（给出 --within 时须在其后若干年内）、"
                               + "且不晚于统计日，有一项 --to 层级资格开始，即为到达 --to。天数中位数：从首个 --from 资格到首个这样的 "
                               + "--to 资格的天数。",
                           en: "A firm enters in the year its first qualification of --from started, and reaches --to when a "
                               + "qualification of --to starts on or after that day (within --within years of it, when given) and "
                               + "by the as-of day. Median days: from the first --from to the first such --to.")
        case .funnelFrom: CatalogueEntry(zh: "较低的层级。", en: "The lower tier.")
        case .funnelTo: CatalogueEntry(zh: "较高的层级。", en: "The higher tier.")
        case .funnelWithin:
            CatalogueEntry(zh: "只计在此年数之内到达较高层级的企业。", en: "Count the higher tier only when reached within this many years.")
        case .expiringAbstract:
            CatalogueEntry(zh: "列出目前有效、即将到期的资格，附联系人。",
                           en: "List qualifications valid now whose last valid day is near, with contacts.")
        case .expiringDiscussion:
            CatalogueEntry(zh: "统计日有效，且最后有效日在其后 --within 天之内（默认 90 天）或在 --year 年度之内（期满当年）。"
                               + "已持有该层级更新的有效资格的企业不列出。",
                           en: "Valid on the as-of day, last valid day within --within days after it (default 90), or in --year "
                               + "(期满当年). A firm already holding a newer valid qualification of the tier is not listed.")
        case .expiringWithin: CatalogueEntry(zh: "向后看多少天（默认 90）。", en: "Days ahead to look (default 90).")
        case .expiringYear: CatalogueEntry(zh: "改为列出在此公历年度内到期的资格。", en: "List those ending in this calendar year instead.")
        case .lapsedAbstract:
            CatalogueEntry(zh: "列出期满后未接续的资格，附联系人。", en: "List qualifications that ran out without a successor, with contacts.")
        case .lapsedDiscussion:
            CatalogueEntry(zh: "在 --since 当日或之后、统计日之前有效期满（不含被取消资格的），截至统计日同一层级没有新资格在到期日前后"
                               + "各 recertification_window_days 天（认定政策参数，默认 365）之内开始，且该期限已过：即 `ladder cohort` "
                               + "所计的期满未续。不写 --since 时，列出期限在统计日前一年内截止的。加 --pending 时，改为列出期限尚未截止的，"
                               + "即仍可续期的企业（“续期截止”为期限的最后一天），默认全部列出。",
                           en: "Ended (expired, not revoked) on or after --since and before the as-of day, with no new qualification of "
                               + "the same tier starting within the policy's recertification_window_days (default 365) of the end by the "
                               + "as-of day, and that window closed: lapsed as `ladder cohort` counts them. Without --since, those whose "
                               + "window closed within the year before the as-of day. With --pending, those whose window is still open "
                               + "instead — the firms that can still renew; \"renew by\" is the window's last day — all of them by default.")
        case .lapsedSince: CatalogueEntry(zh: "列出的最早到期日（默认：见上文）。", en: "Earliest end day to list (default: see above).")
        case .lapsedPending:
            CatalogueEntry(zh: "改为列出续期期限尚未截止的资格。", en: "List those whose renewal window is still open instead.")
        case .targetsAbstract:
            CatalogueEntry(zh: "规划目标：查看各项现行目标的进度，或设定目标。", en: "Plan targets: progress of each target in force, or set one.")
        case .targetsListAbstract:
            CatalogueEntry(zh: "各项现行目标：当前数、一年前的数，以及推算到期限日的数。",
                           en: "Each target in force: the count now, a year ago, and the projection to its due day.")
        case .targetsListDiscussion:
            CatalogueEntry(zh: "推算数沿两个数的连线延伸到期限日，取整数，向下舍入。状态：已完成、进度正常、进度滞后；期限日已过而未完成的"
                               + "为未完成。加 --region 时，列出该地区及其下属地区（设区市的各县区）的目标。",
                           en: "The projection extends the line through the two counts to the due day, in whole numbers, "
                               + "rounded down. Status: met, on-track, off-track, or missed once the due day has passed. "
                               + "With --region, the targets of that region and of the regions within it (a city's counties).")
        case .targetsSetAbstract:
            CatalogueEntry(zh: "设定目标：到 --due 之日，有效持有该层级资格的企业达到目标企业数。",
                           en: "Set a target: COUNT firms validly holding TIER by --due.")
        case .targetsSetDiscussion:
            CatalogueEntry(zh: "同一层级和地区最后设定的目标取代此前的目标；此前的目标仍留有记录。",
                           en: "The latest target set for a tier and region replaces earlier ones; they stay on record.")
        case .targetsSetTier: CatalogueEntry(zh: "统计的层级。", en: "The tier counted.")
        case .targetsSetCount: CatalogueEntry(zh: "目标企业数。", en: "How many firms.")
        case .targetsSetDue: CatalogueEntry(zh: "完成期限（日期）。", en: "The day by which to reach it.")
        case .targetsSetRegion:
            CatalogueEntry(zh: "设区市或县区（代码或名称），或 ganjiang；默认：全省。",
                           en: "A 设区市 or 县区 (code or name), or ganjiang; default: the province.")
        }
    }
}
