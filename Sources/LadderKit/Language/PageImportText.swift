/// The import pages of `ladder serve`: `/imports` (the region's batches, 作废 for admins) and
/// `/imports/new` (upload, dry run, 确认导入 or 取消, progress, result). The counts' and problems'
/// labels are `ImportText`'s, as `ladder import` prints them.
public enum PageImportText: String, CatalogueArea {
    // The list.
    case navImports, listTitle, newLink, columnFiles, rejectsFile, problemsFile, columnAction, voidButton, voidedOn
    // The upload form.
    case newTitle, newIntro, fileField, fileHint, kindField, kindAuto, yearField, yearHint, effectiveField
    case effectiveHint, uploadButton, cancelled, badYear, badEffective, badKind
    // The dry run.
    case dryRunTitle, kindDetected, countsTitle, problemsTitle, noProblems, columnLevel, columnCount, columnColumn
    case columnMessage, columnRows, rowsMore, firstRowsTitle, applyButton, cancelButton, applyHint, keptHint
    // Applying and the result.
    case progressTitle, progressLine, progressHint, doneTitle, recorded, downloadRejects, downloadProblems
    case allImports, importAnother, failedTitle, notStaged
    // 作废.
    case voidTitle, voidIntro, adminVoids, reasonField, reasonEmpty, voidConfirm, backToList, batchNotFound

    public static let area = "page.import"

    public var entry: CatalogueEntry {
        switch self {
        case .navImports: CatalogueEntry(zh: "导入", en: "Imports")
        case .listTitle: CatalogueEntry(zh: "{region} · 导入记录", en: "Imports · {region}")
        case .newLink: CatalogueEntry(zh: "导入文件", en: "Import a file")
        case .columnFiles: CatalogueEntry(zh: "下载", en: "files")
        case .rejectsFile: CatalogueEntry(zh: "拒收行", en: "rejects")
        case .problemsFile: CatalogueEntry(zh: "问题清单", en: "problems")
        case .columnAction: CatalogueEntry(zh: "操作", en: "action")
        case .voidButton: CatalogueEntry(zh: "作废", en: "Void")
        case .voidedOn: CatalogueEntry(zh: "已作废（{day}）", en: "voided ({day})")
        case .newTitle: CatalogueEntry(zh: "导入文件", en: "Import a file")
        case .newIntro:
            CatalogueEntry(zh: "上传 CSV、Excel（.xlsx、.xls）或 PDF 文件。先试导入：核对识别出的类型、行数和问题，再确认导入或取消。只有本地区企业的行会被导入。",
                           en: "Upload a CSV, Excel (.xlsx, .xls) or PDF file. It is read as a dry run first: check the kind, the counts and the problems, then apply it or cancel. Only rows of firms in your region are recorded.")
        case .fileField: CatalogueEntry(zh: "文件", en: "File")
        case .fileHint: CatalogueEntry(zh: "不超过 {limit}", en: "at most {limit}")
        case .kindField: CatalogueEntry(zh: "文件类型", en: "Kind of file")
        case .kindAuto: CatalogueEntry(zh: "按表头自动识别", en: "detect from the headers")
        case .yearField: CatalogueEntry(zh: "年度", en: "Fiscal year")
        case .yearHint: CatalogueEntry(zh: "名册没有“年度”列时，年度数据所属的年份，如 2024", en: "the year of the annual figures when the roster has no 年度 column, e.g. 2024")
        case .effectiveField: CatalogueEntry(zh: "文件日期", en: "Notice day")
        case .badYear:
            CatalogueEntry(zh: "{field} “{value}”不是年份；请写 1949 到 2100 之间的四位数字，例如 2024，或留空。",
                           en: "{field} '{value}' is not a year; write a year from 1949 to 2100, e.g. 2024, or leave it empty")
        case .badEffective:
            CatalogueEntry(zh: "{field} “{value}”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22，或留空。",
                           en: "{field} '{value}' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22, or leave it empty")
        case .badKind:
            CatalogueEntry(zh: "{field} “{value}”不是可选的类型；请从列表中选一项，或选“{auto}”。",
                           en: "{field} '{value}' is not one of the kinds offered; choose one from the list, or '{auto}'")
        case .effectiveHint: CatalogueEntry(zh: "名单没有日期列时，公布名单的日期，如 2024-11-22", en: "the day the list was published when it has no date column, e.g. 2024-11-22")
        case .uploadButton: CatalogueEntry(zh: "上传并试导入", en: "Upload and dry-run")
        case .cancelled: CatalogueEntry(zh: "已取消导入，上传的文件已从服务器删除。", en: "Cancelled; the uploaded file was deleted from the server.")
        case .dryRunTitle: CatalogueEntry(zh: "试导入：{file}", en: "Dry run: {file}")
        case .kindDetected: CatalogueEntry(zh: "识别为：{kind}（编码 {encoding}，{size} 字节）", en: "Read as: {kind} ({encoding}, {size} bytes)")
        case .countsTitle: CatalogueEntry(zh: "统计", en: "Counts")
        case .problemsTitle: CatalogueEntry(zh: "问题（按类型）", en: "Problems by kind")
        case .noProblems: CatalogueEntry(zh: "没有发现问题。", en: "No problems found.")
        case .columnLevel: CatalogueEntry(zh: "级别", en: "level")
        case .columnCount: CatalogueEntry(zh: "行数", en: "rows")
        case .columnColumn: CatalogueEntry(zh: "列", en: "column")
        case .columnMessage: CatalogueEntry(zh: "说明", en: "what is wrong")
        case .columnRows: CatalogueEntry(zh: "行号", en: "row numbers")
        case .rowsMore: CatalogueEntry(zh: "{rows} 等", en: "{rows} and more")
        case .firstRowsTitle: CatalogueEntry(zh: "文件的前 {count} 行（按读取结果）", en: "The file's first {count} rows as read")
        case .applyButton: CatalogueEntry(zh: "确认导入", en: "Apply")
        case .cancelButton: CatalogueEntry(zh: "取消", en: "Cancel")
        case .applyHint:
            CatalogueEntry(zh: "确认导入后按上面的结果写入登记库，被拒收的行可在导入完成后下载、修改后再导入。",
                           en: "Apply records the file as counted above; the rejected rows can be downloaded afterwards, corrected and imported again.")
        case .keptHint: CatalogueEntry(zh: "上传的文件在服务器上保留 1 小时，取消即删除。", en: "The uploaded file is kept on the server for one hour; cancelling deletes it.")
        case .progressTitle: CatalogueEntry(zh: "正在导入：{file}", en: "Importing: {file}")
        case .progressLine: CatalogueEntry(zh: "已处理 {rows} 行，已读取 {percent}%", en: "{rows} rows done, {percent}% read")
        case .progressHint: CatalogueEntry(zh: "本页每 2 秒自动刷新，导入完成后显示结果。", en: "This page reloads every 2 seconds and shows the result when the import is done.")
        case .doneTitle: CatalogueEntry(zh: "导入完成：{file}", en: "Imported: {file}")
        case .recorded: CatalogueEntry(zh: "已记录为导入批次 {batch}。", en: "Recorded as batch {batch}.")
        case .downloadRejects: CatalogueEntry(zh: "下载拒收行（{count} 行）", en: "Download the rejected rows ({count})")
        case .downloadProblems: CatalogueEntry(zh: "下载问题清单", en: "Download the problems")
        case .allImports: CatalogueEntry(zh: "全部导入记录", en: "All imports")
        case .importAnother: CatalogueEntry(zh: "再导入一个文件", en: "Import another file")
        case .failedTitle: CatalogueEntry(zh: "导入未完成", en: "The import stopped")
        case .notStaged:
            CatalogueEntry(zh: "没有这个待导入的文件：它可能已导入、已取消或已超过 1 小时被删除；请重新上传。",
                           en: "There is no such upload waiting: it was applied, cancelled, or deleted after an hour; upload the file again.")
        case .voidTitle: CatalogueEntry(zh: "作废导入批次 {batch}", en: "Void batch {batch}")
        case .voidIntro:
            CatalogueEntry(zh: "作废后，该批次记录的事件、年度数据和企业信息更正全部失效；它登记的企业如没有其他记录引用，一并作废登记。作废记入日志，不能撤销。",
                           en: "Voiding sets aside every event, annual figure and profile correction the batch recorded, and the firms it registered unless something else refers to them. The void is logged and cannot be undone.")
        case .adminVoids:
            CatalogueEntry(zh: "账号“{account}”是{role}；只有管理员能作废导入批次，请联系{region}的管理员。",
                           en: "account '{account}' is {role}; only an admin voids a batch, ask an admin of {region}")
        case .reasonField: CatalogueEntry(zh: "作废原因", en: "Reason")
        case .reasonEmpty: CatalogueEntry(zh: "请填写作废原因，它会记入日志。", en: "Give the reason; it goes into the log.")
        case .voidConfirm: CatalogueEntry(zh: "确认作废", en: "Void the batch")
        case .backToList: CatalogueEntry(zh: "返回导入记录", en: "Back to the imports")
        case .batchNotFound:
            CatalogueEntry(zh: "本地区没有导入批次 {batch}；请在导入记录中选择。", en: "Your region has no batch {batch}; choose one from the imports.")
        }
    }
}
