/// One cell as the file holds it, before any normalisation (digits, money, dates in text, aliases).
public enum CellValue: Equatable, Sendable {
    case empty
    /// CSV: every non-empty field exactly as written (no trimming). Workbooks: shared, inline and formula strings.
    case text(String)
    /// Workbook numeric cell without a date format: XLSX's raw `<v>` text (`9472.38`, `45231`, `1.5E-3`);
    /// for XLS the shortest text of the double, the same for the same number.
    case number(String)
    /// Workbook numeric cell with a date format, converted from the workbook's serial (1900 or 1904 system).
    case date(Day)
    case bool(Bool)
    /// Workbook error cell such as `#N/A`.
    case error(String)

    /// The cell as text, as headers are read: numbers keep their raw text, dates are ISO,
    /// booleans `TRUE`/`FALSE`, empty cells "".
    public var rawText: String {
        switch self {
        case .empty: return ""
        case let .text(s), let .number(s), let .error(s): return s
        case let .date(day): return day.iso
        case let .bool(b): return b ? "TRUE" : "FALSE"
        }
    }

    public var isEmpty: Bool { self == .empty }
}
