/// A problem with one row (or the file), as data: where, what value, what is wrong, what to do.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The row was rejected; nothing from it was recorded.
        case error
        /// The row landed, but something deserves a look.
        case warning
    }

    /// The row number as a spreadsheet shows it (header row = 1); 0 for the whole file.
    public let row: Int
    /// The header of the column at fault, as written in the file; empty when not one column.
    public let column: String
    public let value: String
    public let message: String
    public let severity: Severity
    /// For a rejects file imported again: the row's 原行号, its number in the file first imported.
    public let originalRow: Int?

    public init(row: Int, column: String, value: String, message: String, severity: Severity = .error,
                originalRow: Int? = nil) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
        self.severity = severity
        self.originalRow = originalRow
    }

    /// The same issue, saying the row's number in the file first imported.
    func from(originalRow: Int) -> ImportIssue {
        ImportIssue(row: row, column: column, value: value, message: message, severity: severity, originalRow: originalRow)
    }

    /// `row 17, 统一社会信用代码: '…' has check character 'Z', expected '3'`; a rejects file's row
    /// adds where it came from: `row 2 (原行号 17), …`.
    public var description: String {
        var text = row > 0 ? "row \(row)" : "file"
        if let originalRow { text += " (原行号 \(originalRow))" }
        if !column.isEmpty { text += ", \(column)" }
        return text + ": " + message
    }
}
