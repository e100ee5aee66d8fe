/// The overview pages of `ladder serve`: the dashboard's targets, trend and links, the printable
/// report page and its tools. Column names of the targets come from `TargetText`, as `ladder targets`.
public enum PageOverviewText: String, CatalogueArea {
    // The dashboard.
    case targetsTitle, targetsNone, columnDone, trendTitle, trendAside, columnMonth, trendChart
    case expiringAll, importsAll, reportLink
    // The report page.
    case navReport, reportTools, reportBack, reportPrint, reportDayButton
    // Search as you type.
    case liveResults

    public static let area = "page-overview"

    public var entry: CatalogueEntry {
        switch self {
        case .targetsTitle: CatalogueEntry(zh: "目标进度", en: "Progress toward the targets")
        case .targetsNone: CatalogueEntry(zh: "本地区尚未设定目标。", en: "No target is set for this region.")
        case .columnDone: CatalogueEntry(zh: "完成度", en: "done")
        case .trendTitle: CatalogueEntry(zh: "近 {count} 个月走势", en: "The last {count} months")
        case .trendAside: CatalogueEntry(zh: "各月最后一天的有效企业数；统计日所在月取统计日当天",
                                                en: "valid firms on each month's last day; in the month of the day shown, on that day")
        case .columnMonth: CatalogueEntry(zh: "月份", en: "month")
        case .trendChart:
            CatalogueEntry(zh: "{from} 至 {to} 各月末有效企业数，按层级", en: "Valid firms at each month's end, {from} to {to}, by tier")
        case .expiringAll: CatalogueEntry(zh: "查看全部到期清单", en: "See the whole list")
        case .importsAll: CatalogueEntry(zh: "查看全部导入记录", en: "See every import")
        case .reportLink: CatalogueEntry(zh: "打开可打印的报告", en: "Open the printable report")
        case .navReport: CatalogueEntry(zh: "报告", en: "Report")
        case .reportTools: CatalogueEntry(zh: "报告的统计日与地区", en: "The report's day and region")
        case .reportBack: CatalogueEntry(zh: "返回首页", en: "Back to the dashboard")
        case .reportPrint:
            CatalogueEntry(zh: "用浏览器的“打印”功能输出，纸张选 A4；本栏不会打印。",
                           en: "Print with the browser (Ctrl+P) on A4 paper; this bar is not printed.")
        case .reportDayButton: CatalogueEntry(zh: "生成报告", en: "Make the report")
        case .liveResults: CatalogueEntry(zh: "输入时显示的查找结果", en: "Results shown as you type")
        }
    }
}
