/// A forward-only stream of rows from one table (a CSV/TSV file or one worksheet).
///
/// Readers hold an open file: read them to the end or drop them, from one thread at a time.
public protocol RowReader: AnyObject {
    /// Cells of the first non-empty row as text (numbers as their raw text), not trimmed.
    var header: [String] { get }
    var headerRowNumber: Int { get }
    /// The next data row after the header; rows whose cells are all empty are skipped.
    func next() throws -> SheetRow?
    /// Bytes of the input file consumed so far, for a progress bar.
    var bytesRead: Int64 { get }
    var totalBytes: Int64 { get }
    /// `utf-8`, `utf-8 (BOM)`, `gb18030`, `xlsx`, `xls` or `pdf`.
    var encodingName: String { get }
    /// A spreadsheet (.xlsx, .xls): cells come typed (numbers, dates), not as text to interpret.
    /// No default, so that a reader wrapping another one must pass it on.
    var isWorkbook: Bool { get }
    /// The worksheet being read, nil for text files.
    var sheetName: String? { get }
}

extension RowReader {
    public var sheetName: String? { nil }
}
