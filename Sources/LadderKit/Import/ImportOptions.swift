/// How to read and record one file.
public struct ImportOptions: Sendable {
    /// nil: detected from the headers.
    public var kind: ImportKind?
    public var encoding: TextEncoding = .auto
    public var sheet: String?
    /// `--map '列名=field'`: header text → field, for headers no alias matches.
    public var maps: [String: ImportField] = [:]
    /// The fiscal year of a roster's annual figures when it has no 年度 column.
    public var year: Int?
    /// For selection lists without tier/category columns.
    public var tier: Tier?
    public var category: ListCategory?
    /// The day of the batch's notice, for lists without a date column.
    public var effective: Day?
    /// `--header-row N`: the row (1-based, as the spreadsheet shows it) that holds the column
    /// names; nil: the first of the first 20 rows that names known columns.
    public var headerRow: Int?
    /// Read and report everything, write nothing.
    public var dryRun = false
    /// Any rejected row: write nothing, fail with exit status 65.
    public var strict = false
    /// The name the batch records for the file, when it is not the path's last part (a file read
    /// from standard input and spooled to a temporary file is `stdin`).
    public var inputName: String?
    /// The path NAME.rejects.* and NAME.problems.csv are written beside, when not the input's.
    public var outputBase: String?
    /// In a dry run of a PDF list, keep every row as read in `ImportReport.rowsAsRead` (a PDF's rows
    /// are rebuilt from its layout, so they are shown to be checked; CSV and .xlsx rows are as stored).
    public var keepRowsAsRead = false
    /// Only firms placed in this region may be changed (an account of `ladder serve` imports within
    /// its own); a row of a firm elsewhere is rejected, naming the firm and its place. nil: any firm.
    public var region: Region?

    public init() {}

    /// Parses `列名=field` (field is a snake_case name such as `credit_code` or `revenue`).
    public static func parseMap(_ entry: String) throws(ImportError) -> (String, ImportField) {
        guard let eq = entry.lastIndex(of: "=") else {
            throw .badMap(entry: entry, reason: ImportErrorText.mapForm.text())
        }
        let header = String(entry[..<eq]).trimmingSpaces()
        let name = String(entry[entry.index(after: eq)...]).trimmingSpaces()
        guard !header.isEmpty else { throw .badMap(entry: entry, reason: ImportErrorText.mapEmptyName.text()) }
        guard let field = ImportField(rawValue: name), field != .rejectInfo else {
            let valid = ImportField.allCases.filter { $0 != .rejectInfo }.map(\.rawValue).joined(separator: ", ")
            throw .badMap(entry: entry, reason: ImportErrorText.mapUnknownField.text(["name": name, "valid": valid]))
        }
        return (header, field)
    }
}
