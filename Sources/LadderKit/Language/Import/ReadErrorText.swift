/// Why a table file could not be read at all (`ReadError`): each says what the file is and how to
/// save it so that it can be.
public enum ReadErrorText: String, CatalogueArea {
    case cannotOpen, ioFailure, empty, binary, passwordProtected, utf16, markup, encodingUnavailable
    case sheetOnTextFile, fieldTooLarge, recordTooLarge, tooManyColumns, notAWorkbook, damagedArchive
    case unsupportedArchive, missingPart, partTooLarge, workbookTooLarge, xmlDeclarations, malformedXML
    case noWorksheets, sheetNotFound, emptySheet, badCell, pdfToolMissing, pdfUnreadable, pdfWithoutText
    case pdfWithoutTable, bytes, listSeparator

    public static let area = "import.read"

    public var entry: CatalogueEntry {
        switch self {
        case .cannotOpen: CatalogueEntry(zh: "无法打开“{path}”：{reason}", en: "cannot open '{path}': {reason}")
        case .ioFailure:
            CatalogueEntry(zh: "读取文件失败：{reason}；请检查磁盘，或把文件复制到本机后重试。",
                           en: "reading the file failed: {reason}; check the disk or copy the file locally and retry")
        case .empty: CatalogueEntry(zh: "文件是空的：没有非空行；请重新导出该表。", en: "the file is empty: it has no non-blank rows; export the table again")
        case .binary:
            CatalogueEntry(zh: "这不是文本表格（含有二进制数据）；请从 Excel 或 WPS 另存为 .xlsx 或 CSV UTF-8。",
                           en: "this is not a text table (it holds binary data); export it from Excel or WPS as .xlsx or CSV UTF-8")
        case .passwordProtected:
            CatalogueEntry(zh: "文件设有密码或以保护方式保存（Excel 对两者都加密），无法读取；请在 Excel 或 WPS 中打开，取消密码和保护后保存，再重试。",
                           en: "the file is password-protected or saved as protected (Excel encrypts both), so ladder cannot read it; open it in Excel or WPS, remove the password and the protection, save it, and retry")
        case .utf16:
            CatalogueEntry(zh: "该文本文件为 UTF-16 编码（Excel 的“Unicode 文本”）；请改存为 CSV UTF-8。",
                           en: "this text file is UTF-16 (Excel's \"Unicode Text\"); save it as CSV UTF-8 instead")
        case .markup:
            CatalogueEntry(zh: "该文件是网页或“XML 电子表格 2003”，只是用了表格文件的扩展名，并非真正的工作簿；请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV UTF-8。",
                           en: "this file is a web page or \"XML Spreadsheet 2003\" with a spreadsheet name, not a real workbook; open it in Excel or WPS and save it as .xlsx or CSV UTF-8")
        case .encodingUnavailable:
            CatalogueEntry(zh: "本系统无法解码 {name}（iconv 没有该编码的转换器）；请将文件另存为 CSV UTF-8。",
                           en: "this system cannot decode {name} (iconv has no converter for it); save the file as CSV UTF-8 instead")
        case .sheetOnTextFile:
            CatalogueEntry(zh: "指定了工作表（“{sheet}”），但这是没有工作表的文本表格；请不要指定工作表。",
                           en: "a sheet ('{sheet}') was named, but this is a text table with no sheets; name none")
        case .fieldTooLarge:
            CatalogueEntry(zh: "第 {row} 行：有一个单元格超过 {size}；很可能某个引号缺少闭合引号（\"），请改正该行。",
                           en: "row {row}: a field is longer than {size}; a quote is probably missing its closing quote (\"), fix that row")
        case .recordTooLarge:
            CatalogueEntry(zh: "第 {row} 行超过 {size}；该处的引号很可能不成对。", en: "row {row} is longer than {size}; a quote is probably unbalanced there")
        case .tooManyColumns:
            CatalogueEntry(zh: "第 {row} 行超过 {limit} 列；请检查分隔符，或删除未使用的列。",
                           en: "row {row} has more than {limit} columns; check the delimiter, or delete unused columns")
        case .notAWorkbook:
            CatalogueEntry(zh: "该文件不是 Excel 工作簿（{detail}）；请将表格另存为 .xlsx 或 CSV UTF-8。",
                           en: "this file is not an Excel workbook ({detail}); save the table as .xlsx or CSV UTF-8")
        case .damagedArchive:
            CatalogueEntry(zh: "工作簿已损坏（{detail}）；请在 Excel 或 WPS 中打开，重新保存后再试。",
                           en: "the workbook is damaged ({detail}); open it in Excel or WPS, save it again, and retry")
        case .unsupportedArchive:
            CatalogueEntry(zh: "工作簿使用了 {detail}，无法读取；请在 Excel 或 WPS 中打开，重新另存为 .xlsx。",
                           en: "the workbook uses {detail}, which ladder cannot read; open it in Excel or WPS and save it again as .xlsx")
        case .missingPart:
            CatalogueEntry(zh: "工作簿缺少组成部分“{path}”；请在 Excel 或 WPS 中打开，重新保存后再试。",
                           en: "the workbook lacks its part '{path}'; open it in Excel or WPS, save it again, and retry")
        case .partTooLarge:
            CatalogueEntry(zh: "工作簿的组成部分“{path}”解压后超过 {size}，疑为压缩炸弹，已拒绝；请拆分表格，或导出为 CSV UTF-8。",
                           en: "the workbook part '{path}' unpacks to more than {size}, refused as a possible zip bomb; split the table or export it as CSV UTF-8")
        case .workbookTooLarge:
            CatalogueEntry(zh: "工作簿解压后超过 {size}，疑为压缩炸弹，已拒绝；请拆分表格，或导出为 CSV UTF-8。",
                           en: "the workbook unpacks to more than {size}, refused as a possible zip bomb; split the table or export it as CSV UTF-8")
        case .xmlDeclarations:
            CatalogueEntry(zh: "工作簿的组成部分“{part}”声明了 DTD 或实体，正常工作簿从不如此；为防范实体膨胀攻击，已拒绝而不展开；请从 Excel 或 WPS 重新保存该表。",
                           en: "the workbook part '{part}' declares a DTD or entities, which real workbooks never do; refused rather than expanded (a possible \"billion laughs\" attack); save the table again from Excel or WPS")
        case .malformedXML:
            CatalogueEntry(zh: "工作簿的组成部分“{part}”不是格式正确的 XML（{detail}）；请在 Excel 或 WPS 中打开，重新保存后再试。",
                           en: "the workbook part '{part}' is not well-formed XML ({detail}); open it in Excel or WPS, save it again, and retry")
        case .noWorksheets:
            CatalogueEntry(zh: "工作簿中没有工作表（只有图表或什么也没有）；请把表格放在工作表上。",
                           en: "the workbook has no worksheets (only charts or nothing); add the table on a worksheet")
        case .sheetNotFound:
            CatalogueEntry(zh: "没有名为“{name}”的工作表；该工作簿中有：{available}", en: "no sheet named '{name}'; the workbook has: {available}")
        case .emptySheet:
            CatalogueEntry(zh: "工作表“{name}”没有非空行；请选择其他工作表。", en: "sheet '{name}' has no non-empty rows; choose another sheet")
        case .badCell:
            CatalogueEntry(zh: "第 {row} 行：{detail}；请在 Excel 或 WPS 中打开工作簿，重新保存后再试。",
                           en: "row {row}: {detail}; open the workbook in Excel or WPS, save it again, and retry")
        case .pdfToolMissing:
            CatalogueEntry(zh: "读取 PDF 需要 pdftotext（poppler），但未找到（{path}）；请用 `apt-get install poppler-utils` 安装（或把 LADDER_PDFTOTEXT 设为其路径），或把名单另存为 .xlsx。",
                           en: "reading a PDF needs pdftotext (poppler), which was not found ({path}); install it with `apt-get install poppler-utils` (or set LADDER_PDFTOTEXT to its path), or save the list as .xlsx")
        case .pdfUnreadable:
            CatalogueEntry(zh: "pdftotext 无法读取该 PDF（{detail}）；如文件有密码或已损坏，请打开后重新打印为新的 PDF，或把表格复制到 Excel 中另存为 .xlsx。",
                           en: "pdftotext could not read this PDF ({detail}); if it has a password or is damaged, open it and print it again to a new PDF, or copy the table into Excel and save it as .xlsx")
        case .pdfWithoutText:
            CatalogueEntry(zh: "该 PDF 没有文字，只有图片（可能是扫描件），不猜测就无法读取；请把名单录入 Excel 或进行文字识别，与纸质件核对后再导入。",
                           en: "this PDF has no text, only pictures (a scan?), so nothing can be read from it without guessing; type the list into Excel or run OCR on it, check the result against the paper, and import that")
        case .pdfWithoutTable:
            CatalogueEntry(zh: "PDF 的文字中（已读 {pages} 页）没有一行写有名单的列名（序号、企业名称、统一社会信用代码、证书编号……）；请把表格复制到 Excel，核对表头行后另存为 .xlsx。",
                           en: "no line in the PDF's text ({pages} page(s) read) names the list's columns (序号, 企业名称, 统一社会信用代码, 证书编号, …); copy the table into Excel, check its header row, and save it as .xlsx")
        case .bytes: CatalogueEntry(zh: "{count} 字节", en: "{count} bytes")
        case .listSeparator: CatalogueEntry(zh: "、", en: ", ")
        }
    }
}
