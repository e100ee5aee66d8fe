/// The notes an import prints once per file: columns it ignored or read in a unit it assumed, rows
/// it skipped, days it had to assume.
public enum ImportNoteText: String, CatalogueArea {
    case ignoredColumns, duplicateColumn, moneyWithoutUnit, valuationWithoutUnit, accidentsAlone, headerBelow
    case skippedRows, noDataRows, earlierRejectsKept, assumedJanuaryFirst, cancelledFromYear, factsWithoutYear

    public static let area = "import.note"

    public var entry: CatalogueEntry {
        switch self {
        case .ignoredColumns:
            CatalogueEntry(zh: "以下列没有对应的字段，已忽略：{columns}（可用 --map '列名=字段' 指定其对应）",
                           en: "ignored column(s) no field matches: {columns} (map one with --map '列名=field')")
        case .duplicateColumn:
            CatalogueEntry(zh: "“{column}”列也表示 {field}；只采用第一个这样的列", en: "column '{column}' also means {field}; the first such column is used")
        case .moneyWithoutUnit:
            CatalogueEntry(zh: "以下金额列未注明单位，按万元读取：{columns}（如单位为元，请在表头写 (元)）",
                           en: "money column(s) without a unit read as 万元: {columns} (write (元) in the header for yuan)")
        case .valuationWithoutUnit:
            CatalogueEntry(zh: "{column} 未注明单位，按美元读取（否则请在表头写 (万美元) 或 (亿美元)）",
                           en: "{column} has no unit and is read in 美元 (write (万美元) or (亿美元) in the header otherwise)")
        case .accidentsAlone:
            CatalogueEntry(zh: "只有 {columns}：填“是”即记为发生重大事故，但填“否”要等 重大安全事故、重大质量事故、严重环境违法 三列都为“否”才算没有，否则视为未知（请补上缺少的列）",
                           en: "{columns} alone: a 是 records a major accident, but 否 leaves it unknown until 重大安全事故, 重大质量事故 and 严重环境违法 all say 否 (add the missing column(s))")
        case .headerBelow:
            CatalogueEntry(zh: "列名取自第 {row} 行；其上的 {count} 行是名单标题，不是数据",
                           en: "column names read from row {row}; the {count} row(s) above it, the list's title, are not data")
        case .skippedRows:
            CatalogueEntry(zh: "跳过了 {count} 个不是企业的行：合计/总计行、注释（注：、说明、备注：）、页码或重复的表头（第 {rows} 行）",
                           en: "{count} row(s) that are not firms were skipped: 合计/总计 lines, notes (注：, 说明, 备注：), page numbers or the header repeated (row {rows})")
        case .noDataRows:
            CatalogueEntry(zh: "文件有列名（第 {row} 行），但其下没有数据行；未导入任何内容",
                           en: "the file has column names (row {row}) but no data rows below them; nothing was imported")
        case .earlierRejectsKept: CatalogueEntry(zh: "原有的拒收行文件已保留为 {path}", en: "the earlier rejects file was kept as {path}")
        case .assumedJanuaryFirst:
            CatalogueEntry(zh: "没有入库日期的科小编号，按编号年份的 1 月 1 日计（可加 --effective 日期 给出公告之日）",
                           en: "科小 numbers without an admission day were dated 1 January of the number's year (give --effective DAY for the notice's day)")
        case .cancelledFromYear:
            CatalogueEntry(zh: "只给出取消年度的取消资格，按该年 1 月 1 日计（资格在该年晚些时候才开始的，按其开始之日）；如需准确日期，请增加“取消日期”列",
                           en: "cancellations given by 取消年度 alone were dated 1 January of that year (or the qualification's start, when it began later that year); add a 取消日期 column for the exact day")
        case .factsWithoutYear:
            CatalogueEntry(zh: "年度数据未保存：文件没有“年度”列，也没有给出 --year",
                           en: "annual figures were not stored: the file has no 年度 column and no --year was given")
        }
    }
}
