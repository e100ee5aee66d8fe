/// The problems an import finds in a row as it reads it (`RowParser`, `ValueParser`, `CellShape`):
/// each names the value and says what to do. The registry's checks are in `ImportCheckText`.
public enum ImportProblemText: String, CatalogueArea {
    case invalidBytes, blankRow, unclosedQuote, columnNumber, stillHoldsReason, pastLastColumn
    case mojibakeName, noFirm, codeEmpty, nameEmpty
    case lineBreak, tooLong, nounCode, nounName, nounFreeText, nounValue
    case serialDay, approximate, notAWholeNumber, notADay, notAYear, notAFlag, notAScore, scoreOutOfRange
    case unsupportedUnit, fractionOfYuan, valuationUnit, noFigures, partAboveWhole
    case tsmeEmpty, certificateEmpty, noIssueDay, noIssueDayColumn, noIssueDayColumnOrOption
    case notACategory, noCategory, categoryTier, noSelectionDay, newNameEmpty, noRenameDay
    case neitherNumber, cannotTellTier, noCancelDay
    case cityContradicts, unknownPlace, placedByCode, placedByOthers

    public static let area = "import.row"

    public var entry: CatalogueEntry {
        switch self {
        case .invalidBytes:
            CatalogueEntry(zh: "该行含有按本文件编码无法识别的字节（显示为 �）；请将文件另存为 UTF-8，如来自中文版 Excel，也可加 --encoding gb18030。",
                           en: "the row holds bytes that are not valid text in this file's encoding (shown as �); re-save the file as UTF-8, or give --encoding gb18030 if it came from Chinese Excel")
        case .blankRow: CatalogueEntry(zh: "该行为空行（单元格中只有空格）；请删除该行。", en: "the row is blank (its cells hold only spaces); delete it")
        case .unclosedQuote:
            CatalogueEntry(zh: "该单元格开头的引号（\"）未在单元格末尾闭合，会把下面的行吞进来；本行只读到行末，其后各行照常读取。请删除多余的引号（或在单元格文字后补上闭合引号），再导入该行。",
                           en: "the quote (\") that opens this cell does not close at the cell's end but would take in the rows below, so this row was read only to the end of its line and the rows after it were read normally; delete the stray quote (or close it after the cell's text) and import the row again")
        case .columnNumber: CatalogueEntry(zh: "第 {number} 列", en: "column {number}")
        case .stillHoldsReason:
            CatalogueEntry(zh: "该行此前已被拒收，“问题说明”仍保留原因（{reason}）；请改正该行，清空其“问题说明”（或删除该行）后重新导入本文件。",
                           en: "this row was rejected before and 问题说明 still holds that reason ({reason}); fix the row, clear its 问题说明 (or delete the row), and import the file again")
        case .pastLastColumn:
            CatalogueEntry(zh: "该行第 {column} 列有值，但表头只有 {count} 列：多余的逗号或制表符使各值错位；请改正该行，使每个值位于其表头之下。",
                           en: "the row has a value in column {column} but the header has only {count} columns: a stray comma or tab shifted its values; fix the row so each value is under its header")
        case .mojibakeName:
            CatalogueEntry(zh: "“{value}”含有 �（乱码）：文件编码读错了；请另存为 UTF-8，或加 --encoding gb18030。",
                           en: "'{value}' holds � (mojibake): the file's encoding was misread; re-save it as UTF-8 or give --encoding gb18030")
        case .noFirm:
            CatalogueEntry(zh: "统一社会信用代码和企业名称都没有填写，该行未指明企业。", en: "neither 统一社会信用代码 nor 企业名称 is given; the row names no firm")
        case .codeEmpty:
            CatalogueEntry(zh: "统一社会信用代码为空；名册的每一行都需要企业的 18 位代码。",
                           en: "统一社会信用代码 is empty; a roster row needs the firm's 18-character code")
        case .nameEmpty: CatalogueEntry(zh: "企业名称为空；请填写登记的企业名称。", en: "企业名称 is empty; enter the registered name")
        case .lineBreak:
            CatalogueEntry(zh: "“{value}”中有换行，但{noun}应写在一行内；请删除单元格内的换行。",
                           en: "'{value}' holds a line break, but {noun} is written on one line: remove the line break (Alt+Enter in Excel)")
        case .tooLong:
            CatalogueEntry(zh: "“{value}”长 {length} 个字符，而{noun}最多 {max} 个字符：很可能其他单元格的内容并入了本格（多余的引号或换行）；请改正该单元格。",
                           en: "'{value}' is {length} characters long and {noun} has at most {max}: other cells probably ran into it (a stray quote or line break); fix the cell")
        case .nounCode: CatalogueEntry(zh: "代码或编号", en: "a code")
        case .nounName: CatalogueEntry(zh: "名称", en: "a name")
        case .nounFreeText: CatalogueEntry(zh: "说明文字", en: "free text")
        case .nounValue: CatalogueEntry(zh: "该值", en: "a value")
        case .serialDay:
            CatalogueEntry(zh: "“{value}”按 Excel 日期序号读作 {day}；请核对该日期。", en: "'{value}' read as the Excel serial number of {day}; check the day")
        case .approximate:
            CatalogueEntry(zh: "“{value}”是约数（“{marker}”）；请填写准确数字。", en: "'{value}' is approximate ('{marker}'); enter the exact figure")
        case .notAWholeNumber:
            CatalogueEntry(zh: "“{value}”不是整数；请只填数字，例如 120。", en: "'{value}' is not a whole number; enter digits only, e.g. 120")
        case .notADay:
            CatalogueEntry(zh: "“{value}”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。",
                           en: "'{value}' is not a day; write it as 2023-05-06 (2023/5/6 and 2023年5月6日 are read too)")
        case .notAYear:
            CatalogueEntry(zh: "“{value}”不是年份；请写四位数字，例如 2024。", en: "'{value}' is not a year; write four digits, e.g. 2024")
        case .notAFlag:
            CatalogueEntry(zh: "“{value}”不是“是”或“否”；请填写 是 或 否（有/无、√/×、Y/N、yes/no、true/false、1/0 也可识别）。",
                           en: "'{value}' is not yes or no; write 是 or 否 (有/无, √/×, Y/N, yes/no, true/false, 1/0 are read too)")
        case .notAScore:
            CatalogueEntry(zh: "“{value}”不是分数；请填写 0 到 {max} 之间、最多两位小数的数字，例如 70.5。",
                           en: "'{value}' is not a score; write a number from 0 to {max} with at most two decimals, e.g. 70.5")
        case .scoreOutOfRange:
            CatalogueEntry(zh: "“{value}”超出该项得分范围 0–{max}；请核对该数字。",
                           en: "'{value}' is outside 0–{max}, the range of this score; check the figure")
        case .unsupportedUnit:
            CatalogueEntry(zh: "该列的单位“{unit}”无法识别；请把该列换算为 元、千元、万元 或 亿元，并在表头注明，例如 年销售收入(万元)。",
                           en: "the column's unit '{unit}' is not one ladder reads; convert the column to 元, 千元, 万元 or 亿元 and say which in its header, e.g. 年销售收入(万元)")
        case .fractionOfYuan:
            CatalogueEntry(zh: "“{value}”为 {amount} 元，含不足一元的零头；金额按整元保存，请先取整。",
                           en: "'{value}' is {amount} 元, a fraction of a yuan; amounts are stored in whole yuan, round it first")
        case .valuationUnit:
            CatalogueEntry(zh: "该列的单位“{unit}”不能用于估值；请在表头写 (美元)、(万美元) 或 (亿美元)。",
                           en: "the column's unit '{unit}' is not one ladder reads for a valuation; write (美元), (万美元) or (亿美元) in its header")
        case .noFigures: CatalogueEntry(zh: "该行没有任何年度数据。", en: "the row gives no annual figures")
        case .partAboveWhole:
            CatalogueEntry(zh: "{part}“{value}”大于{whole}“{wholeValue}”；请核对这两个数字。",
                           en: "{part} '{value}' is more than {whole} '{wholeValue}'; check both figures")
        case .tsmeEmpty: CatalogueEntry(zh: "入库登记编号为空。", en: "入库登记编号 is empty")
        case .certificateEmpty: CatalogueEntry(zh: "证书编号为空。", en: "证书编号 is empty")
        case .noIssueDay:
            CatalogueEntry(zh: "{number} 没有发证日期，无法确定日期：{fix}。", en: "{number} has no issue day, so it cannot be dated: {fix}")
        case .noIssueDayColumn: CatalogueEntry(zh: "请增加“发证日期”列", en: "add a 发证日期 column")
        case .noIssueDayColumnOrOption:
            CatalogueEntry(zh: "请增加“发证日期”列，或加 --effective 日期（名单公布之日）",
                           en: "add a 发证日期 column or give --effective DAY (the day of the list's notice)")
        case .notACategory:
            CatalogueEntry(zh: "“{value}”不是名单类别；请使用以下之一：{names}。", en: "'{value}' is not a list category; use one of: {names}")
        case .noCategory: CatalogueEntry(zh: "没有类别：请增加“类别”列，或加 --category。", en: "no category: add a 类别 column or give --category")
        case .categoryTier:
            CatalogueEntry(zh: "类别 {category} 属于 {tier}，与所给的 --tier {given} 不符。",
                           en: "category {category} belongs to {tier}, not the --tier {given} given")
        case .noSelectionDay:
            CatalogueEntry(zh: "没有生效日期：请增加“入选日期”列，或加 --effective 日期。", en: "no effective day: add a 入选日期 column or give --effective DAY")
        case .newNameEmpty: CatalogueEntry(zh: "现企业名称为空。", en: "现企业名称 is empty")
        case .noRenameDay:
            CatalogueEntry(zh: "更名没有生效日期：请增加“更名日期”列，或加 --effective 日期（通知之日）。",
                           en: "no effective day for the rename: add a 更名日期 column or give --effective DAY (the day of the notice)")
        case .neitherNumber:
            CatalogueEntry(zh: "“{value}”既不是证书编号，也不是入库登记编号。", en: "'{value}' is neither a certificate number nor an 入库登记编号")
        case .cannotTellTier:
            CatalogueEntry(zh: "无法判断取消的是哪项资格：请增加“证书编号”列，或加 --tier。",
                           en: "cannot tell which qualification is cancelled: add a 证书编号 column or give --tier")
        case .noCancelDay:
            CatalogueEntry(zh: "没有取消资格的起始日：请增加“取消年度”或“取消日期”列，或加 --effective 日期。",
                           en: "no day from which the qualification is cancelled: add a 取消年度 or 取消日期 column, or give --effective DAY")
        case .cityContradicts:
            CatalogueEntry(zh: "“{value}”不包含 {county}（{code}），后者属于 {city}；企业按 {code} 定位。",
                           en: "'{value}' does not contain {county} ({code}), which is in {city}; the firm is placed in {code}")
        case .unknownPlace:
            CatalogueEntry(zh: "“{value}”不是本系统所知的江西省设区市或县（市、区）（请写作 南昌市、南昌县 或 东湖区，或填写六位行政区划代码）；{how}。",
                           en: "'{value}' is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give the six-digit division code); {how}")
        case .placedByCode: CatalogueEntry(zh: "企业按其统一社会信用代码定位", en: "the firm is placed by its credit code")
        case .placedByOthers: CatalogueEntry(zh: "企业按其他地区列定位", en: "the firm is placed by its other place columns")
        }
    }
}
