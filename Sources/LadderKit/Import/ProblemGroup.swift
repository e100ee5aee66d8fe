/// One kind of problem found in a file: how many rows had it, where it was first seen, and what
/// it said there. The summary prints one line per group, so 8,104 rows with the same unknown
/// place are one line, not 8,104.
public struct ProblemGroup: Sendable, Equatable {
    public let kind: String
    public let severity: ImportIssue.Severity
    public let column: String
    /// The message of the first problem of this kind.
    public let message: String
    public internal(set) var count: Int
    /// The first rows with it (at most `ProblemGroup.shownRows`).
    public internal(set) var rows: [Int]
    /// For a rejects file imported again, each of `rows`' 原行号 in the file first imported.
    public internal(set) var originalRows: [Int?]
    /// The first distinct values it was found in (at most `ProblemGroup.shownValues`), the
    /// first one being the value the message quotes.
    public internal(set) var values: [String]
    /// True when more distinct values had it than `values` holds.
    public internal(set) var moreValues = false

    static let shownRows = 3
    static let shownValues = 3

    init(first issue: ImportIssue) {
        kind = issue.kind
        severity = issue.severity
        column = issue.column
        message = issue.message
        count = 1
        rows = [issue.row]
        originalRows = [issue.originalRow]
        values = issue.value.isEmpty ? [] : [issue.value]
    }

    mutating func add(_ issue: ImportIssue) {
        count += 1
        if rows.count < ProblemGroup.shownRows, rows.last != issue.row {
            rows.append(issue.row)
            originalRows.append(issue.originalRow)
        }
        if !issue.value.isEmpty, !values.contains(issue.value) {
            if values.count < ProblemGroup.shownValues { values.append(issue.value) } else { moreValues = true }
        }
    }
}
