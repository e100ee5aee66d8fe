import Foundation

/// A read command's result as rows and typed columns, rendered the same way by every command:
/// a table for people (with a title and the dates line), or CSV, JSON or NDJSON for programs.
public struct Tabular: Sendable {
    public struct Column: Sendable {
        /// snake_case key used in JSON and as the CSV header.
        public let key: String
        /// Header shown in the table form (may be Chinese).
        public let header: String
        public let alignment: TextTable.Alignment
        /// The words a table shows for a code a cell holds (`hnte` → 高企); CSV and JSON keep the code.
        public var labels: [String: String] = [:]

        public init(_ key: String, _ header: String? = nil, alignment: TextTable.Alignment = .left) {
            self.key = key
            self.header = header ?? key
            self.alignment = alignment
        }

        /// The column with the words a table shows for its codes.
        public func labelled(_ labels: [String: String]) -> Column {
            var column = self
            column.labels = labels
            return column
        }
    }

    public enum Value: Sendable, Equatable {
        case text(String)
        case int(Int)
        case decimal(Double, digits: Int)
        case null

        var plain: String {
            switch self {
            case let .text(text): return text
            case let .int(value): return String(value)
            case let .decimal(value, digits): return String(format: "%.\(digits)f", value)
            case .null: return ""
            }
        }
    }

    public var title: String?
    /// The dates and policy line printed under the title in table form.
    public var heading: String?
    public var columns: [Column]
    public var rows: [[Value]] = []
    /// Lines printed after the table in table form (totals, notes).
    public var footer: [String] = []

    public init(title: String? = nil, heading: String? = nil, columns: [Column]) {
        self.title = title
        self.heading = heading
        self.columns = columns
    }

    public mutating func append(_ row: [Value]) { rows.append(row) }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return renderTable()
        case .csv: return renderCSV()
        case .json: return "[\n" + rows.map { "  " + jsonObject($0) }.joined(separator: ",\n") + (rows.isEmpty ? "]" : "\n]")
        case .ndjson: return rows.map(jsonObject).joined(separator: "\n")
        }
    }

    private func renderTable() -> String {
        var table = TextTable(headers: columns.map(\.header), alignments: columns.map(\.alignment))
        table.rows = rows.map { row in
            zip(columns, row).map { column, value in
                let plain = value.plain
                return column.labels[plain] ?? plain
            }
        }
        var lines: [String] = []
        if let title { lines.append(title) }
        if let heading { lines.append(heading) }
        if !lines.isEmpty { lines.append("") }
        lines.append(rows.isEmpty ? TableText.noRows.text() : table.render())
        if !footer.isEmpty { lines.append(""); lines.append(contentsOf: footer) }
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    private func renderCSV() -> String {
        // Text cells only: a negative number is a number, not a formula to neutralise.
        ([columns.map(\.key)] + rows.map { $0.map { value in
            if case let .text(text) = value { return FormulaGuard.neutralized(text) }
            return value.plain
        } })
            .map { $0.map(CSVField.quote).joined(separator: ",") }
            .joined(separator: "\n")
    }

    private func jsonObject(_ row: [Value]) -> String {
        let pairs = zip(columns, row).map { column, value in "\(JSONText.quote(column.key)): \(json(value))" }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    private func json(_ value: Value) -> String {
        switch value {
        case let .text(text): return JSONText.quote(text)
        case let .int(v): return String(v)
        case .decimal: return value.plain
        case .null: return "null"
        }
    }
}

/// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
public enum CSVField {
    public static func quote(_ field: String) -> String {
        // Bytes, not Characters: an export quotes a million fields, and grapheme breaking is slow.
        guard field.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A JSON string literal, escaping only what JSON requires so Chinese text stays readable.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
