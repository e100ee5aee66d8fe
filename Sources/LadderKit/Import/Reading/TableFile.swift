/// Opens a roster file for reading, choosing the reader by the file's content.
public enum TableFile {
    /// A CSV/TSV reader (encoding sniffed or as given); for a zip (.xlsx) or an OLE2 compound
    /// file (.xls, WPS .et), a workbook reader of the first worksheet or of `sheet`; for a PDF,
    /// a reader of its table through `pdftotext` (found at `$LADDER_PDFTOTEXT` or on `PATH`).
    /// UTF-16 text, web pages and binary files are refused with a `ReadError` saying how to
    /// re-save them.
    public static func open(
        path: String, encoding: TextEncoding = .auto, sheet: String? = nil, limits: ReadLimits = .standard
    ) throws -> any RowReader {
        let file = try InputFile(path: path)
        guard file.size > 0 else { throw ReadError.empty }
        let sample = try file.bytes(at: 0, count: FileKind.sampleSize)
        switch FileKind(sample: sample) {
        case .zip:
            return try WorkbookReader(file: file, sheet: sheet, limits: limits)
        case .pdf:
            if let sheet { throw ReadError.sheetOnTextFile(sheet: sheet) }
            return try PDFTableReader(path: path, size: file.size)
        case .compoundFile:
            return try LegacyWorkbookReader(file: file, sheet: sheet, limits: limits)
        case .utf16: throw ReadError.utf16
        case .markup: throw ReadError.markup
        case .binary: throw ReadError.binary
        case .text:
            if let sheet { throw ReadError.sheetOnTextFile(sheet: sheet) }
            let resolved = encoding.resolve(sample: sample, truncated: file.size > Int64(sample.count))
            return try DelimitedReader(file: file, encoding: resolved, limits: limits)
        }
    }
}
