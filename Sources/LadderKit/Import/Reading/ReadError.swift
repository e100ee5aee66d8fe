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

    /// In the reader's language, chosen when it is read; paths, names and details are kept as given.
    public var description: String {
        typealias T = ReadErrorText
        switch self {
        case let .cannotOpen(path, reason): return T.cannotOpen.text(["path": path, "reason": reason])
        case let .ioFailure(reason): return T.ioFailure.text(["reason": reason])
        case .empty: return T.empty.text()
        case .binary: return T.binary.text()
        case .passwordProtected: return T.passwordProtected.text()
        case .utf16: return T.utf16.text()
        case .markup: return T.markup.text()
        case let .encodingUnavailable(name): return T.encodingUnavailable.text(["name": name])
        case let .sheetOnTextFile(sheet): return T.sheetOnTextFile.text(["sheet": sheet])
        case let .fieldTooLarge(row, limit): return T.fieldTooLarge.text(["row": row, "size": ReadError.size(limit)])
        case let .recordTooLarge(row, limit): return T.recordTooLarge.text(["row": row, "size": ReadError.size(limit)])
        case let .tooManyColumns(row, limit): return T.tooManyColumns.text(["row": row, "limit": limit])
        case let .notAWorkbook(detail): return T.notAWorkbook.text(["detail": detail])
        case let .damagedArchive(detail): return T.damagedArchive.text(["detail": detail])
        case let .unsupportedArchive(detail): return T.unsupportedArchive.text(["detail": detail])
        case let .missingPart(path): return T.missingPart.text(["path": path])
        case let .partTooLarge(path, limit): return T.partTooLarge.text(["path": path, "size": ReadError.size(Int(limit))])
        case let .workbookTooLarge(limit): return T.workbookTooLarge.text(["size": ReadError.size(Int(limit))])
        case let .xmlDeclarations(part): return T.xmlDeclarations.text(["part": part])
        case let .malformedXML(part, detail): return T.malformedXML.text(["part": part, "detail": detail])
        case .noWorksheets: return T.noWorksheets.text()
        case let .sheetNotFound(name, available):
            let names = available.map { Language.current == .zh ? "“\($0)”" : "'\($0)'" }
            return T.sheetNotFound.text(["name": name, "available": names.joined(separator: T.listSeparator.text())])
        case let .emptySheet(name): return T.emptySheet.text(["name": name])
        case let .badCell(row, detail): return T.badCell.text(["row": row, "detail": detail])
        case let .pdfToolMissing(path): return T.pdfToolMissing.text(["path": path])
        case let .pdfUnreadable(detail): return T.pdfUnreadable.text(["detail": detail])
        case .pdfWithoutText: return T.pdfWithoutText.text()
        case let .pdfWithoutTable(pages): return T.pdfWithoutTable.text(["pages": pages])
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return ReadErrorText.bytes.text(["count": bytes])
    }
}
