/// Why a table file could not be read. Rows returned before the error were read correctly.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case ioFailure(reason: String)
    /// Zero bytes, or nothing but blank lines.
    case empty
    case binary
    /// An encrypted workbook: an `.xls` with FILEPASS (a password to open, or Excel's fixed
    /// password for protected and read-only workbooks), or an encrypted `.xlsx`.
    case passwordProtected
    case utf16
    /// An HTML page or "XML Spreadsheet 2003" saved under a spreadsheet name.
    case markup
    case encodingUnavailable(name: String)
    case sheetOnTextFile(sheet: String)
    case fieldTooLarge(row: Int, limit: Int)
    case recordTooLarge(row: Int, limit: Int)
    case tooManyColumns(row: Int, limit: Int)
    /// A zip or OLE2 file that is not a workbook; `detail` says what it seems to be.
    case notAWorkbook(detail: String)
    case damagedArchive(detail: String)
    case unsupportedArchive(detail: String)
    case missingPart(path: String)
    case partTooLarge(path: String, limit: Int64)
    case workbookTooLarge(limit: Int64)
    case xmlDeclarations(part: String)
    case malformedXML(part: String, detail: String)
    case noWorksheets
    case sheetNotFound(name: String, available: [String])
    case emptySheet(name: String)
    case badCell(row: Int, detail: String)
    /// `pdftotext` (poppler) is needed for a PDF and was not found at `path`.
    case pdfToolMissing(path: String)
    /// `pdftotext` failed: a password, a damaged file; `detail` is its own message.
    case pdfUnreadable(detail: String)
    /// A scan or picture: the PDF has no text layer to read.
    case pdfWithoutText
    /// The PDF's text has no line naming the list's columns.
    case pdfWithoutTable(pages: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open '\(path)': \(reason)"
        case let .ioFailure(reason):
            return "reading the file failed: \(reason); check the disk or copy the file locally and retry"
        case .empty:
            return "the file is empty: it has no non-blank rows; export the table again"
        case .binary:
            return "this is not a text table (it holds binary data); export it from Excel or WPS as .xlsx or CSV UTF-8"
        case .passwordProtected:
            return "the file is password-protected or saved as protected (Excel encrypts both), so ladder cannot "
                + "read it; open it in Excel or WPS, remove the password and the protection, save it, and retry"
        case .utf16:
            return "this text file is UTF-16 (Excel's \"Unicode Text\"); save it as CSV UTF-8 instead"
        case .markup:
            return "this file is a web page or \"XML Spreadsheet 2003\" with a spreadsheet name, not a real workbook; "
                + "open it in Excel or WPS and save it as .xlsx or CSV UTF-8"
        case let .encodingUnavailable(name):
            return "this system cannot decode \(name) (iconv has no converter for it); "
                + "save the file as CSV UTF-8 instead"
        case let .sheetOnTextFile(sheet):
            return "a sheet ('\(sheet)') was named, but this is a text table with no sheets; name none"
        case let .fieldTooLarge(row, limit):
            return "row \(row): a field is longer than \(ReadError.size(limit)); a quote is probably missing its "
                + "closing quote (\"), fix that row"
        case let .recordTooLarge(row, limit):
            return "row \(row) is longer than \(ReadError.size(limit)); a quote is probably unbalanced there"
        case let .tooManyColumns(row, limit):
            return "row \(row) has more than \(limit) columns; check the delimiter, or delete unused columns"
        case let .notAWorkbook(detail):
            return "this file is not an Excel workbook (\(detail)); save the table as .xlsx or CSV UTF-8"
        case let .damagedArchive(detail):
            return "the workbook is damaged (\(detail)); open it in Excel or WPS, save it again, and retry"
        case let .unsupportedArchive(detail):
            return "the workbook uses \(detail), which ladder cannot read; open it in Excel or WPS and save it "
                + "again as .xlsx"
        case let .missingPart(path):
            return "the workbook lacks its part '\(path)'; open it in Excel or WPS, save it again, and retry"
        case let .partTooLarge(path, limit):
            return "the workbook part '\(path)' unpacks to more than \(ReadError.size(Int(limit))), refused as a "
                + "possible zip bomb; split the table or export it as CSV UTF-8"
        case let .workbookTooLarge(limit):
            return "the workbook unpacks to more than \(ReadError.size(Int(limit))), refused as a possible zip bomb; "
                + "split the table or export it as CSV UTF-8"
        case let .xmlDeclarations(part):
            return "the workbook part '\(part)' declares a DTD or entities, which real workbooks never do; refused "
                + "rather than expanded (a possible \"billion laughs\" attack); save the table again from Excel or WPS"
        case let .malformedXML(part, detail):
            return "the workbook part '\(part)' is not well-formed XML (\(detail)); open it in Excel or WPS, "
                + "save it again, and retry"
        case .noWorksheets:
            return "the workbook has no worksheets (only charts or nothing); add the table on a worksheet"
        case let .sheetNotFound(name, available):
            return "no sheet named '\(name)'; the workbook has: "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        case let .emptySheet(name):
            return "sheet '\(name)' has no non-empty rows; choose another sheet"
        case let .badCell(row, detail):
            return "row \(row): \(detail); open the workbook in Excel or WPS, save it again, and retry"
        case let .pdfToolMissing(path):
            return "reading a PDF needs pdftotext (poppler), which was not found (\(path)); install it with "
                + "`apt-get install poppler-utils` (or set LADDER_PDFTOTEXT to its path), or save the list as .xlsx"
        case let .pdfUnreadable(detail):
            return "pdftotext could not read this PDF (\(detail)); if it has a password or is damaged, open it and "
                + "print it again to a new PDF, or copy the table into Excel and save it as .xlsx"
        case .pdfWithoutText:
            return "this PDF has no text, only pictures (a scan?), so nothing can be read from it without guessing; "
                + "type the list into Excel or run OCR on it, check the result against the paper, and import that"
        case let .pdfWithoutTable(pages):
            return "no line in the PDF's text (\(pages) page(s) read) names the list's columns (序号, 企业名称, "
                + "统一社会信用代码, 证书编号, …); copy the table into Excel, check its header row, and save it as .xlsx"
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
