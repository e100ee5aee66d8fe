/// The help of the commands that write files for others to read: export and report.
public enum ExportHelp: String, CatalogueArea {
    case exportAbstract, exportDiscussion, exportTier, exportFormat, exportOut
    case reportAbstract, reportDiscussion, reportOut, reportMonths, reportWithin

    public static let area = "help.export"

    public var entry: CatalogueEntry {
        switch self {
        case .exportAbstract:
            CatalogueEntry(zh: "导出某日持有有效资格的企业。", en: "Export the firms holding a valid qualification on a day.")
        case .exportDiscussion:
            CatalogueEntry(zh: "每家企业一行：统一社会信用代码、现用名、设区市、县区、编号、起始日、到期日。用 --out 写出的 CSV 以 UTF-8 "
                               + "字节顺序标记开头，Excel 能正确打开；--format xlsx 写出工作簿，表头为中文，代码列设为文本。不写 --format 时，"
                               + "格式按 --out 文件的扩展名（.csv、.xlsx、.json）确定，否则为 CSV。",
                           en: "One row per firm: credit code, current name, city, county, number, start, end. A CSV written "
                               + "with --out starts with a UTF-8 byte order mark so Excel opens it correctly; --format xlsx "
                               + "writes a workbook with Chinese headers and the code columns typed as text. Without --format, "
                               + "the format follows the --out file's extension (.csv, .xlsx, .json), else CSV.")
        case .exportTier: CatalogueEntry(zh: "导出的层级。", en: "The tier to export.")
        case .exportFormat:
            CatalogueEntry(zh: "文件格式（默认：按 --out 的扩展名，否则为 csv）。", en: "File format (default: from the --out extension, else csv).")
        case .exportOut: CatalogueEntry(zh: "写到此文件，而不是标准输出。", en: "Write to this file instead of standard output.")
        case .reportAbstract:
            CatalogueEntry(zh: "生成一页 HTML 报告：目标、各设区市高企数、趋势、年度跟踪、梯次晋升、即将到期。",
                           en: "Write a one-page HTML report: targets, 高企 by city, trend, cohorts, funnel, expiries.")
        case .reportDiscussion:
            CatalogueEntry(zh: "页面自成一体（不引用外部文件、不联网），可用 A4 纸打印，并注明日期和认定政策。加 --region 时，生成该地区的"
                               + "报告：该地区自己的目标、以县区代替设区市，以及该地区的趋势、年度跟踪、梯次晋升和即将到期，标题中写明地区名称。",
                           en: "The page is self-contained (no external files or network), prints on A4, and names its dates and policy. "
                               + "With --region, the report of that region: its own targets, its counties instead of cities, its trend, "
                               + "cohorts, funnel and expiries, and its name in the title.")
        case .reportOut: CatalogueEntry(zh: "要写的 HTML 文件。", en: "The HTML file to write.")
        case .reportMonths: CatalogueEntry(zh: "趋势图的月数。", en: "Months in the trend chart.")
        case .reportWithin: CatalogueEntry(zh: "即将到期表向后看的天数。", en: "Days ahead in the expiry table.")
        }
    }
}
