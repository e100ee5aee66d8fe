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
    /// What the summary groups by: the same problem in many rows is one line. Unless given, the
    /// column and the message with its particulars taken out (see `ImportIssue.kind(column:message:)`).
    public let kind: String

    public init(row: Int, column: String, value: String, message: String, severity: Severity = .error,
                originalRow: Int? = nil, kind: String? = nil) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
        self.severity = severity
        self.originalRow = originalRow
        self.kind = kind ?? ImportIssue.kind(column: column, message: message)
    }

    /// An issue whose message is written in the reader's language, its kind taken from the English
    /// wording, so that the summary's groups and the JSON's kinds are the same in both languages.
    /// `text` is evaluated again with English chosen when the reader's language is another.
    init(row: Int, column: String, value: String, severity: Severity = .error, saying text: () -> String) {
        let message = text()
        let english = Language.current == .en ? message : Language.$scoped.withValue(.en) { text() }
        self.init(row: row, column: column, value: value, message: message, severity: severity,
                  kind: ImportIssue.kind(column: column, message: english))
    }

    /// The same issue, saying the row's number in the file first imported.
    func from(originalRow: Int) -> ImportIssue {
        ImportIssue(row: row, column: column, value: value, message: message, severity: severity, originalRow: originalRow,
                    kind: kind)
    }

    /// `row 17, 统一社会信用代码: '…' has check character 'Z', expected '3'`; a rejects file's row
    /// adds where it came from: `row 2 (原行号 17), …`.
    public var description: String {
        var text = row > 0 ? ImportText.issueRow.text(["row": row]) : ImportText.issueFile.text()
        if let originalRow { text += ImportText.issueOriginalRow.text(["original": originalRow]) }
        if !column.isEmpty { text += ImportText.issueColumn.text(["column": column]) }
        return text + ImportText.issueMessage.text(["message": message])
    }

    /// The column, then the message with what varies from row to row replaced: quoted values
    /// ('南昌' → '…'), digits (column 7 → column #) and Chinese words (names of places and
    /// firms), so `地区: '…' is not a Jiangxi city or county …` is one kind however many places.
    public static func kind(column: String, message: String) -> String {
        // Scalars, not Characters: every problem of a million-row file passes through here.
        var out = String.UnicodeScalarView()
        out.append(contentsOf: column.unicodeScalars)
        out.append(contentsOf: ": ".unicodeScalars)
        var quoted = false, lastWasPlaceholder = false
        for scalar in message.unicodeScalars {
            if scalar == "'" {
                if !quoted { out.append(contentsOf: "'…'".unicodeScalars) }
                quoted.toggle()
                lastWasPlaceholder = false
                continue
            }
            if quoted { continue }
            let placeholder: Unicode.Scalar? = (scalar.value >= 0x30 && scalar.value <= 0x39) ? "#" : (isHan(scalar) ? "…" : nil)
            if let placeholder {
                if !lastWasPlaceholder { out.append(placeholder) }
                lastWasPlaceholder = true
            } else {
                out.append(scalar)
                lastWasPlaceholder = false
            }
        }
        return String(out)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
