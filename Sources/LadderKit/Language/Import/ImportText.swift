/// What `ladder import` prints about a file: the summary, its counts and problem lines, the notes,
/// the rows as read, the problems file's 级别 and the progress bar's words.
public enum ImportText: String, CatalogueArea {
    case fileLine, withBOM, title, dryRun, recorded, nothingWritten, repeated, addsNothing, recordedAgain
    case rows, newEnterprises, updatedEnterprises, newEvents, newFacts, unchanged, rejected
    case rejectsWritten, problemsWritten, note, problemsByKind, levelRejected, levelWarning
    case rowCount, also, listJoin, moreValues, rowsList, originalRow, otherKinds
    case rowsAsReadTitle, columnRow, columnOutcome, columnCells, outcomeHeader, outcomeOK, outcomeUnchanged, outcomeRejected
    case rowsRejectedWarning, rowsRejectedAbove, valuesPastLastColumn
    case progressRows, progressRate, sampleWritten
    case semicolon, issueRow, issueFile, issueOriginalRow, issueColumn, issueMessage
    case kindRoster, kindHnteList, kindTsmeList, kindSelectionList, kindRenameList, kindRevocationList, kindFacts

    public static let area = "import"

    public var entry: CatalogueEntry {
        switch self {
        case .fileLine:
            CatalogueEntry(zh: "{file}：{kind}，{encoding}，{size} 字节，sha256 {sha}…", en: "{file}: {kind}, {encoding}, {size} bytes, sha256 {sha}…")
        case .withBOM: CatalogueEntry(zh: "{encoding}（带 BOM）", en: "{encoding} (BOM)")
        case .title: CatalogueEntry(zh: "标题：{title}", en: "title: {title}")
        case .dryRun: CatalogueEntry(zh: "试导入：未写入任何数据", en: "dry run: nothing was written")
        case .recorded: CatalogueEntry(zh: "已记录为导入批次 {batch}，用时 {seconds} 秒", en: "recorded as batch {batch} in {seconds} s")
        case .nothingWritten: CatalogueEntry(zh: "未写入任何数据", en: "nothing was written")
        case .repeated: CatalogueEntry(zh: "该文件此前已导入过（导入批次 {batches}）{outcome}", en: "this file was imported before (batch {batches}){outcome}")
        case .addsNothing: CatalogueEntry(zh: "；本次没有新增任何内容", en: "; it adds nothing new")
        case .recordedAgain: CatalogueEntry(zh: "；登记库中已不存在的内容已重新记录", en: "; what the registry no longer held was recorded again")
        case .rows: CatalogueEntry(zh: "行数", en: "rows")
        case .newEnterprises: CatalogueEntry(zh: "新增企业", en: "new enterprises")
        case .updatedEnterprises: CatalogueEntry(zh: "更新企业", en: "updated enterprises")
        case .newEvents: CatalogueEntry(zh: "新增事件", en: "new events")
        case .newFacts: CatalogueEntry(zh: "新增年度数据", en: "new facts")
        case .unchanged: CatalogueEntry(zh: "无变化", en: "unchanged")
        case .rejected: CatalogueEntry(zh: "拒收", en: "rejected")
        case .rejectsWritten:
            CatalogueEntry(zh: "被拒收的行已写入 {path}：请在该文件中改正，再导入该文件", en: "rejected rows written to {path}: fix them there and import that file")
        case .problemsWritten:
            CatalogueEntry(zh: "全部问题（每个一行）已写入 {path}", en: "every problem, one line each, written to {path}")
        case .note: CatalogueEntry(zh: "提示：{note}", en: "note: {note}")
        case .problemsByKind:
            CatalogueEntry(zh: "按类别汇总的问题（拒收 {rejected} 行，警告 {warnings} 条）：", en: "problems by kind ({rejected} row(s) rejected, {warnings} warning(s)):")
        case .levelRejected: CatalogueEntry(zh: "拒收", en: "rejected")
        case .levelWarning: CatalogueEntry(zh: "警告", en: "warning")
        case .rowCount: CatalogueEntry(zh: "{count} 行", en: "{count} rows", enOne: "{count} row ")
        case .also: CatalogueEntry(zh: "（另有 {values}）", en: " (also {values})")
        case .listJoin: CatalogueEntry(zh: "、", en: ", ")
        case .moreValues: CatalogueEntry(zh: "……", en: "…")
        case .rowsList: CatalogueEntry(zh: "——第 {rows} 行", en: " — rows {rows}", enOne: " — row {rows}")
        case .originalRow: CatalogueEntry(zh: "{row}（原行号 {original}）", en: "{row} (原行号 {original})")
        case .otherKinds: CatalogueEntry(zh: "其他类别的问题（见问题清单文件）", en: "problems of other kinds (see the problems file)")
        case .rowsAsReadTitle:
            CatalogueEntry(zh: "逐行列出读取结果（不加 --dry-run 正式导入之前，请先与 PDF 核对）：",
                           en: "rows as read (compare them with the PDF before importing it without --dry-run):")
        case .columnRow: CatalogueEntry(zh: "行", en: "row")
        case .columnOutcome: CatalogueEntry(zh: "结果", en: "outcome")
        case .columnCells: CatalogueEntry(zh: "读取到的单元格", en: "cells as read")
        case .outcomeHeader: CatalogueEntry(zh: "表头", en: "header")
        case .outcomeOK: CatalogueEntry(zh: "通过", en: "ok")
        case .outcomeUnchanged: CatalogueEntry(zh: "无变化", en: "unchanged")
        case .outcomeRejected: CatalogueEntry(zh: "拒收", en: "rejected")
        case .rowsRejectedWarning:
            CatalogueEntry(zh: "警告：{file} 有 {count} 行被拒收；请查看 {path}", en: "warning: {count} row(s) of {file} rejected; see {path}")
        case .rowsRejectedAbove:
            CatalogueEntry(zh: "警告：{file} 有 {count} 行被拒收；请查看上面列出的问题", en: "warning: {count} row(s) of {file} rejected; see the problems above")
        case .valuesPastLastColumn:
            CatalogueEntry(zh: "（超出最后一列的值：{values}）", en: " (values past the last column: {values})")
        case .progressRows: CatalogueEntry(zh: "{count} 行", en: "{count} rows")
        case .progressRate: CatalogueEntry(zh: "{count} 行/秒", en: "{count} rows/s")
        case .sampleWritten: CatalogueEntry(zh: "已将 {count} 行写入 {path}", en: "wrote {count} rows to {path}")
        case .semicolon: CatalogueEntry(zh: "；", en: "; ")
        case .issueRow: CatalogueEntry(zh: "第 {row} 行", en: "row {row}")
        case .issueFile: CatalogueEntry(zh: "文件", en: "file")
        case .issueOriginalRow: CatalogueEntry(zh: "（原行号 {original}）", en: " (原行号 {original})")
        case .issueColumn: CatalogueEntry(zh: "“{column}”列", en: ", {column}")
        case .issueMessage: CatalogueEntry(zh: "：{message}", en: ": {message}")
        case .kindRoster: CatalogueEntry(zh: "企业名册", en: "roster")
        case .kindHnteList: CatalogueEntry(zh: "高新技术企业认定名单", en: "hnte-list")
        case .kindTsmeList: CatalogueEntry(zh: "科技型中小企业入库名单", en: "tsme-list")
        case .kindSelectionList: CatalogueEntry(zh: "入选名单", en: "selection-list")
        case .kindRenameList: CatalogueEntry(zh: "更名名单", en: "rename-list")
        case .kindRevocationList: CatalogueEntry(zh: "取消资格名单", en: "revocation-list")
        case .kindFacts: CatalogueEntry(zh: "年度数据表", en: "facts")
        }
    }
}
