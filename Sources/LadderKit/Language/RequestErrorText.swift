/// Refusals of a request that cannot be answered or written as asked: statistics (`StatisticsError`),
/// a policy document (`PolicyError`, whose JSON paths are kept), a workbook (`XLSXWriterError`).
public enum RequestErrorText: String, CatalogueArea {
    case emptyRange, noPeriodEnd, sameTier, targetOutsideJiangxi, noSQL, byCityWithinRegion
    case policySyntax, policyMissing, policyWrongType, policyUnknownKey, policyInvalid
    case xlsxNoColumns, xlsxTooManyColumns, xlsxRowWidth, xlsxTooManyRows, xlsxCellTooLong, xlsxIO

    public static let area = "request"

    public var entry: CatalogueEntry {
        switch self {
        case .emptyRange:
            CatalogueEntry(zh: "--from {from} 晚于 --to {to}；请先写较早的月份", en: "--from {from} is after --to {to}; give the earlier month first")
        case .noPeriodEnd:
            CatalogueEntry(zh: "{from} 至 {to} 之间没有 {step} 期末；请扩大范围或缩短间隔",
                           en: "no {step} ends between {from} and {to}; widen the range or count more often")
        case .sameTier:
            CatalogueEntry(zh: "--from 和 --to 都是 {tier}；转化漏斗须从较低层级到较高层级",
                           en: "--from and --to are both {tier}; a funnel goes from one tier to a higher one")
        case .targetOutsideJiangxi:
            CatalogueEntry(zh: "“{region}”不是本工具所知的江西地区；目标可设给全省（不加 --region）、设区市、县区或 ganjiang（赣江新区）",
                           en: "'{region}' is not a Jiangxi region this tool knows; targets are set for the province (no --region), "
                               + "a 设区市, a 县区 or ganjiang (赣江新区)")
        case .noSQL:
            CatalogueEntry(zh: "--print-sql 只能与 --tier 和 --by city 或 county 一起使用，不能用于 --by {grouping}",
                           en: "--print-sql is available with --tier and --by city or county, not --by {grouping}")
        case .byCityWithinRegion:
            CatalogueEntry(zh: "--by city 按设区市拆分全省，而{region}本身是一个地区；请去掉 --by city，或用 `ladder stats --by county` 按县区统计",
                           en: "--by city splits the province into its cities, and {region} is one region of its own; "
                               + "leave out --by city, or count its counties with stats --by county")
        case .policySyntax:
            CatalogueEntry(zh: "$：第 {line} 行第 {column} 列不是有效的 JSON：{message}", en: "$: not valid JSON at line {line}, column {column}: {message}")
        case .policyMissing: CatalogueEntry(zh: "{path}：缺少此项", en: "{path}: missing")
        case .policyWrongType: CatalogueEntry(zh: "{path}：应为 {expected}，实为 {found}", en: "{path}: expected {expected}, found {found}")
        case .policyUnknownKey:
            CatalogueEntry(zh: "{path}：未知的{kind}；应为以下之一：{allowed}", en: "{path}: unknown {kind}; expected one of {allowed}")
        case .policyInvalid: CatalogueEntry(zh: "{path}：{reason}", en: "{path}: {reason}")
        case .xlsxNoColumns: CatalogueEntry(zh: "XLSX 工作表至少需要一列", en: "an XLSX sheet needs at least one column")
        case .xlsxTooManyColumns:
            CatalogueEntry(zh: "XLSX 工作表最多 16384 列，现有 {count} 列", en: "an XLSX sheet holds at most 16384 columns, got {count}")
        case .xlsxRowWidth:
            CatalogueEntry(zh: "第 {row} 行有 {got} 个单元格，应为 {expected} 个（每列一个）", en: "row {row} has {got} cells, expected {expected} (one per column)")
        case .xlsxTooManyRows:
            CatalogueEntry(zh: "XLSX 工作表最多 1048576 行（含表头）；请分开导出",
                           en: "an XLSX sheet holds at most 1048576 rows (header included); split the export")
        case .xlsxCellTooLong:
            CatalogueEntry(zh: "第 {row} 行 {column} 列：{length} 个字符，Excel 每个单元格最多 32767 个",
                           en: "row {row}, column {column}: {length} characters, Excel allows at most 32767 in a cell")
        case .xlsxIO: CatalogueEntry(zh: "无法写入“{path}”：{message}", en: "cannot write '{path}': {message}")
        }
    }
}
