/// Why an import could not run at all (`ImportError`): the file, its headers or the options.
public enum ImportErrorText: String, CatalogueArea {
    case unreadable, garbledHeaders, unknownKind, missingColumn, badMap, missingOption, strictRejected
    case badHeaderRow, noDataRows, danglingReference, indexesNotBuilt
    case cannotOpenFile, cannotWriteRejects, cannotWriteProblems
    case mapForm, mapEmptyName, mapUnknownField, headerRowBlank, headerRowBlankFirst, headerRowPastEnd
    case needsCodeOrName, needsFigures, needsCategory, categoryWhy
    case hintLeaveOutSheet, hintSheet, hintEncoding, hintKind, hintMap, hintCategory, hintStrict, hintHeaderRow

    public static let area = "import.error"

    public var entry: CatalogueEntry {
        switch self {
        case .unreadable: CatalogueEntry(zh: "无法读取 {path}：{reason}", en: "cannot read {path}: {reason}")
        case .garbledHeaders:
            CatalogueEntry(zh: "按所读编码，表头不是有效文字（{headers} ……）：该文件很可能是中文版 Excel 或 WPS 保存的 GB18030 编码；请按 GB18030 读取，或让程序自动识别编码",
                           en: "the headers are not valid text in the encoding read ({headers} …): the file is probably GB18030 from Chinese Excel or WPS; read it as GB18030, or let the encoding be detected")
        case .unknownKind:
            CatalogueEntry(zh: "无法从表头（{headers}）判断这是哪种名单，前 {rows} 行中也没有一行写有可识别的列名；如表头在更下方，请指明表头所在行（按表格软件显示的行号）；请说明名单种类，并把不常见的表头对应到其字段",
                           en: "cannot tell what kind of list this is from its headers ({headers}), and no row among the first {rows} names known columns; if the headers are further down, say which row holds them (as the spreadsheet numbers it); say what kind of list it is, and map unusual headers to the fields they hold")
        case .missingColumn:
            CatalogueEntry(zh: "{kind}需要“{needed}”列，但没有一个表头与之对应，请把某一列对应到它",
                           en: "a {kind} needs a column for {needed}; none of the headers matches (map one to it)")
        case .badMap: CatalogueEntry(zh: "--map '{entry}'：{reason}", en: "--map '{entry}': {reason}")
        case .missingOption: CatalogueEntry(zh: "{kind}需要{option}：{why}", en: "a {kind} needs {option}: {why}")
        case .strictRejected:
            CatalogueEntry(zh: "严格导入中有 {count} 行被拒收：未写入任何数据", en: "{count} row(s) rejected in a strict import: nothing was written")
        case .badHeaderRow:
            CatalogueEntry(zh: "表头行 {row}：{reason}；请给出写有列名的那一行的行号（按表格软件显示的行号）",
                           en: "header row {row}: {reason}; give the number of the row that holds the column names, as the spreadsheet shows it")
        case .noDataRows:
            CatalogueEntry(zh: "文件有表头（第 {row} 行），但其下没有数据行，且本次为严格导入",
                           en: "the file has headers (row {row}) but no data rows below them, and the import was strict")
        case .danglingReference:
            CatalogueEntry(zh: "本次导入会使 {table} 表第 {id} 行的 {column} 指向不存在的 {parent} 行，因此未写入任何数据；这是本程序的缺陷：请保留该文件并报告",
                           en: "the import would have left {table} row {id} with a {column} that names no {parent} row, so nothing was written; this is a fault in ladder: keep the file and report it")
        case .indexesNotBuilt:
            CatalogueEntry(zh: "本次导入的行已载入，但登记库的索引与键未能重建（{reason}），因此未写入任何数据；这是本程序的缺陷：请保留该文件并报告",
                           en: "the import's rows were loaded but the registry's indexes and keys could not be built again ({reason}), so nothing was written; this is a fault in ladder: keep the file and report it")
        case .cannotOpenFile: CatalogueEntry(zh: "无法打开", en: "cannot open")
        case .cannotWriteRejects:
            CatalogueEntry(zh: "无法在此处写入拒收行文件；请用 --rejects 路径 指定其他位置", en: "cannot write the rejects file here; give --rejects PATH")
        case .cannotWriteProblems:
            CatalogueEntry(zh: "无法在此处写入问题清单文件；请用 --problems 指定其他位置", en: "cannot write the problems file here; give another place for it")
        case .mapForm: CatalogueEntry(zh: "请写作 列名=字段，例如 统一代码=credit_code", en: "write it as 列名=field, e.g. 单位名称=name")
        case .mapEmptyName: CatalogueEntry(zh: "列名为空", en: "the column name is empty")
        case .mapUnknownField:
            CatalogueEntry(zh: "没有字段“{name}”；可用的字段有：{valid}", en: "unknown field '{name}'; fields are: {valid}")
        case .headerRowBlank: CatalogueEntry(zh: "该行为空", en: "it is blank")
        case .headerRowBlankFirst:
            CatalogueEntry(zh: "该行为空；第一个有文字的行是第 {row} 行", en: "it is blank; the first row with text is row {row}")
        case .headerRowPastEnd: CatalogueEntry(zh: "表格到第 {row} 行就结束了", en: "the table ends at row {row}")
        case .needsCodeOrName: CatalogueEntry(zh: "统一社会信用代码或企业名称", en: "统一社会信用代码 or 企业名称")
        case .needsFigures: CatalogueEntry(zh: "年度数据（职工总数、销售收入……）", en: "annual figures (职工总数, 销售收入, …)")
        case .needsCategory: CatalogueEntry(zh: "类别（或“类别”列）", en: "a category (or a 类别 column)")
        case .hintLeaveOutSheet: CatalogueEntry(zh: "（请去掉 --sheet）", en: " (leave out --sheet)")
        case .hintSheet: CatalogueEntry(zh: "（用 --sheet 指定）", en: " with --sheet")
        case .hintEncoding: CatalogueEntry(zh: "（加 --encoding gb18030，或不加 --encoding）", en: " (--encoding gb18030, or leave --encoding out)")
        case .hintKind:
            CatalogueEntry(zh: "（可加 --header-row 行号、--as 名单种类、--map '列名=字段'）",
                           en: " (--header-row N; --as roster|hnte-list|tsme-list|selection-list|rename-list|revocation-list|facts; --map '列名=field')")
        case .hintMap: CatalogueEntry(zh: "（可用 --map '列名=字段'）", en: " with --map '列名=field'")
        case .hintCategory: CatalogueEntry(zh: "（--category）", en: " (--category)")
        case .hintStrict: CatalogueEntry(zh: "（--strict）", en: " (--strict)")
        case .hintHeaderRow: CatalogueEntry(zh: "（--header-row）", en: " (--header-row)")
        case .categoryWhy: CatalogueEntry(zh: "入选名单须注明类别", en: "a listing needs its category")
        }
    }
}
