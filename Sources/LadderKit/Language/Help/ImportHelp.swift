/// The help of the commands that take files in: import, batches (and its old name, imports), sample.
public enum ImportHelp: String, CatalogueArea {
    case importAbstract, importDiscussion, files, kind, encoding, sheet, headerRow, headerRowMore, map, year, tier
    case category, effective, dryRun, strict, rejects, rejectsMore, problems, problemsMore, silent, format
    case batchesAbstract, batchesRegion, importsAbstract
    case sampleAbstract, sampleRows, sampleSeed, sampleOut

    public static let area = "help.import"

    public var entry: CatalogueEntry {
        switch self {
        case .importAbstract:
            CatalogueEntry(zh: "导入企业名册和公布的名单（UTF-8 或 GB18030 编码的 CSV、.xlsx、.xls、PDF）。",
                           en: "Import rosters and published lists (CSV in UTF-8 or GB18030, .xlsx, .xls, PDF).")
        case .importDiscussion:
            CatalogueEntry(zh: "每个文件作为一个导入批次，在一个事务中写入：合格的行写入登记库；被拒绝的行写到 文件名.rejects.csv"
                               + "（工作簿写到 文件名.rejects.xlsx；在其中改正一行、清空其“问题说明”后，再导入该文件即可）；每个问题"
                               + "（包括警告）写到 文件名.problems.csv，每个一行。试导入（--dry-run）不写这两个文件，除非给出 --rejects 或 "
                               + "--problems。汇总按问题种类计数，每种一行，并列出最先出现的行号。名单种类按表头识别，也可用 --as 指定。"
                               + "表头是前 20 行中第一个含已知列名的行：其上的标题随导入批次保存（见 `ladder batches`），其下的 合计、"
                               + "注：、说明 行和页码被跳过并计数。再次导入同一文件不会重复写入，并指出它与哪个导入批次相同。加 --strict 时，"
                               + "有被拒绝的行或没有数据行，退出状态为 65。--format json 每个文件输出一份汇总（多个文件时为数组）；"
                               + "--format ndjson 每个文件的汇总写成一行。PDF 名单通过 pdftotext 程序读取（属 poppler 工具集，需先安装）；"
                               + "加 --dry-run 时逐行显示读到的内容，以便与 PDF 原件核对。",
                           en: "Each file is one batch in one transaction: good rows land, rejected rows go to NAME.rejects.csv "
                               + "(NAME.rejects.xlsx for a workbook; fix a row there, clear its 问题说明, and import that file), and every "
                               + "problem, warnings too, goes to NAME.problems.csv, one line each; a dry run writes neither unless "
                               + "--rejects or --problems is given. The summary counts problems by kind, one line each with the first "
                               + "rows. The kind of list is detected from the headers; say it with --as. The header is the first of the "
                               + "first 20 rows that names known columns: a title above it is kept with the batch (see `ladder batches`), "
                               + "and 合计, 注：, 说明 lines and page numbers below are skipped and counted. Importing the same file again "
                               + "adds nothing and names the batch it repeats. Exit status 65 with --strict when rows are rejected or "
                               + "there are none. --format json prints one summary per file (an array for several files); --format "
                               + "ndjson prints each file's summary as one line. A PDF list is read through pdftotext (apt-get install "
                               + "poppler-utils); its --dry-run prints every row as read, to be compared with the PDF.")
        case .files: CatalogueEntry(zh: "要导入的文件；写 - 则从标准输入读取。", en: "Files to import; - reads standard input.")
        case .kind: CatalogueEntry(zh: "文件种类（不写则按表头识别）。", en: "Kind of file.")
        case .encoding: CatalogueEntry(zh: "CSV 文件的字符编码。", en: "Text encoding of CSV files.")
        case .sheet: CatalogueEntry(zh: ".xlsx 或 .xls 文件的工作表（默认：第一个）。", en: "Worksheet of an .xlsx or .xls file (default: the first).")
        case .headerRow:
            CatalogueEntry(zh: "列名所在的行号，与表格软件显示的行号一致。", en: "Row that holds the column names, as the spreadsheet numbers it.")
        case .headerRowMore:
            CatalogueEntry(zh: "默认：前 20 行中第一个含已知列名的行。", en: "Default: the first of the first 20 rows that names known columns.")
        case .map:
            CatalogueEntry(zh: "把表头对应到字段：'列名=字段名'（可多次使用）。", en: "Map a header to a field: '列名=field' (repeatable).")
        case .year:
            CatalogueEntry(zh: "没有“年度”列时，年度数据所属的年度。", en: "Fiscal year of the annual figures when there is no 年度 column.")
        case .tier: CatalogueEntry(zh: "入选名单或取消资格名单的层级。", en: "Tier of a selection or revocation list.")
        case .category:
            CatalogueEntry(zh: "没有“类别”列的入选名单的名单类别。", en: "Category of a selection list without a 类别 column.")
        case .effective:
            CatalogueEntry(zh: "名单公告日期，用于没有日期列的行。", en: "Day of the list's notice, for rows without a date column.")
        case .dryRun: CatalogueEntry(zh: "试导入：全部读取并报告，不写入任何内容。", en: "Read and report everything; write nothing.")
        case .strict:
            CatalogueEntry(zh: "只要有一行被拒绝或没有数据行，就不写入任何内容，退出状态为 65。",
                           en: "If any row is rejected, or there are none, write nothing and exit 65.")
        case .rejects:
            CatalogueEntry(zh: "被拒绝的行写到哪里（以 .xlsx 结尾则写成工作簿，否则写成 CSV）。",
                           en: "Where rejected rows go (a workbook if it ends in .xlsx, else CSV).")
        case .rejectsMore:
            CatalogueEntry(zh: "默认：文件名.rejects.csv，工作簿为 文件名.rejects.xlsx，写在输入文件旁。",
                           en: "Default: beside the input as NAME.rejects.csv, or NAME.rejects.xlsx for a workbook.")
        case .problems: CatalogueEntry(zh: "所有问题写到哪里，每个一行。", en: "Where every problem goes, one line each.")
        case .problemsMore:
            CatalogueEntry(zh: "默认：文件名.problems.csv，写在输入文件旁。", en: "Default: beside the input as NAME.problems.csv.")
        case .silent: CatalogueEntry(zh: "不显示进度条。", en: "No progress bar.")
        case .format:
            CatalogueEntry(zh: "汇总的格式：table 表格、json 或 ndjson（每个文件一份汇总，每份一行）。",
                           en: "Summary format (table, json or ndjson: one summary per file, one line each).")
        case .batchesAbstract:
            CatalogueEntry(zh: "列出导入批次：文件、标题、摘要值、操作人、时间，以及每个批次做了什么。",
                           en: "List import batches: file, title, digest, who, when, what each did.")
        case .batchesRegion:
            CatalogueEntry(zh: "只列此地区或其下属地区的账号导入的批次。",
                           en: "Only the batches imported by accounts of this region or of a region within it.")
        case .importsAbstract: CatalogueEntry(zh: "`ladder batches` 的旧名称。", en: "The old name of `ladder batches`.")
        case .sampleAbstract:
            CatalogueEntry(zh: "生成一份模拟的江西企业名册 CSV，用于试用本工具（同样的参数生成同样的内容）。",
                           en: "Write a synthetic Jiangxi roster CSV to try the tool on (deterministic).")
        case .sampleRows: CatalogueEntry(zh: "数据行数。", en: "Data rows.")
        case .sampleSeed: CatalogueEntry(zh: "随机种子：同一种子生成同一文件。", en: "Seed: the same seed writes the same file.")
        case .sampleOut: CatalogueEntry(zh: "写到哪个文件（默认：标准输出）。", en: "Where to write it (default: standard output).")
        }
    }
}
