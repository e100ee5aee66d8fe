/// How `ladder import` reports a file: a short table for people, or JSON with fixed keys.
public enum ImportSummary {
    public static func text(_ report: ImportReport, seconds: Double) -> String {
        var lines: [String] = []
        let sha = String(report.sha256.prefix(12))
        lines.append("\(report.fileName): \(report.kind.rawValue), \(report.encoding), \(report.sizeBytes) bytes, sha256 \(sha)…")
        if let title = report.title { lines.append("title: \(title)") }
        if report.dryRun {
            lines.append("dry run: nothing was written")
        } else if let batch = report.batchID {
            lines.append("recorded as batch \(batch) in \(String(format: "%.1f", seconds)) s")
        } else {
            lines.append("nothing was written")
        }
        if let repeated = repeatedLine(report) { lines.append(repeated) }
        var table = TextTable(headers: ["", ""], alignments: [.left, .right])
        table.showsHeader = false
        let counts: [(String, Int)] = [
            ("rows", report.rows), ("new enterprises", report.newEnterprises),
            ("updated enterprises", report.updatedEnterprises), ("new events", report.newEvents),
            ("new facts", report.newFacts), ("unchanged", report.unchanged), ("rejected", report.rejected),
        ]
        for (label, value) in counts { table.append([label, grouped(value)]) }
        lines.append(table.render())
        if let path = report.rejectsPath { lines.append("rejected rows written to \(path): fix them there and import that file") }
        if let path = report.problemsPath { lines.append("every problem, one line each, written to \(path)") }
        for note in report.notes { lines.append("note: " + note) }
        if !report.problems.isEmpty {
            lines.append("problems by kind (\(grouped(report.rejected)) row(s) rejected, \(grouped(report.warnings)) "
                + "warning(s)):")
            for group in ordered(report.problems) { lines.append("  " + line(group)) }
        }
        lines += rowsAsReadLines(report.rowsAsRead)
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    /// Which batches the same file (same SHA-256) was recorded as before.
    static func repeatedLine(_ report: ImportReport) -> String? {
        guard !report.earlierBatches.isEmpty else { return nil }
        let batches = report.earlierBatches.map(String.init).joined(separator: ", ")
        return "this file was imported before (batch \(batches))"
            + (report.changedNothing ? "; it adds nothing new" : "; what the registry no longer held was recorded again")
    }

    /// Rejections first, then the most frequent kinds.
    static func ordered(_ groups: [ProblemGroup]) -> [ProblemGroup] {
        groups.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity == .error }
            if a.element.count != b.element.count { return a.element.count > b.element.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// `warning  8,104 rows  地区: '南昌' is not … (also '吉安', '赣州', …) — rows 5, 12, 14, …`
    static func line(_ group: ProblemGroup) -> String {
        var text = (group.severity == .error ? "rejected" : "warning ") + "  "
            + grouped(group.count) + (group.count == 1 ? " row " : " rows") + "  "
        if !group.column.isEmpty { text += group.column + ": " }
        text += group.message
        let others = group.values.dropFirst()
        if !others.isEmpty {
            text += " (also " + others.map { "'\($0)'" }.joined(separator: ", ") + (group.moreValues ? ", …" : "") + ")"
        }
        let rows = zip(group.rows, group.originalRows).map { row, original in original.map { "\(row) (原行号 \($0))" } ?? "\(row)" }
        text += " — " + (group.rows.count == 1 ? "row " : "rows ") + rows.joined(separator: ", ")
        if group.count > group.rows.count { text += ", …" }
        return text
    }

    public static func json(_ report: ImportReport, pretty: Bool = true) throws -> String {
        try JSONOutput.encode(Document(report), pretty: pretty)
    }

    /// 1234567 → 1,234,567.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    struct Document: Encodable {
        struct Issue: Encodable {
            let row: Int
            /// A rejects file's 原行号: the row in the file first imported.
            @Nullable var originalRow: Int?
            let column: String; let value: String; let message: String; let severity: String
        }
        struct Problem: Encodable {
            let kind: String, severity: String, column: String, message: String
            let count: Int, rows: [Int], values: [String], moreValues: Bool
            /// For a rejects file imported again, each of `rows`' 原行号 (null where there is none).
            let originalRows: [Int?]
        }
        let file: String
        @Nullable var title: String?
        let headerRow: Int
        @Nullable var batch: Int64?
        let kind: String
        let encoding: String
        let sha256: String
        let dryRun: Bool
        let rows: Int, newEnterprises: Int, updatedEnterprises: Int, newEvents: Int, newFacts: Int
        let unchanged: Int, rejected: Int, warnings: Int
        @Nullable var rejectsPath: String?
        @Nullable var problemsPath: String?
        let earlierBatches: [Int64]
        let notes: [String]
        /// Every problem counted by kind; the file at problems_path lists each one.
        let problems: [Problem]
        /// The first 1,000 problems, as before the grouping.
        let issues: [Issue]

        init(_ r: ImportReport) {
            file = r.fileName; title = r.title; headerRow = r.headerRow; batch = r.batchID; kind = r.kind.rawValue
            encoding = r.encoding; sha256 = r.sha256
            dryRun = r.dryRun; rows = r.rows; newEnterprises = r.newEnterprises; updatedEnterprises = r.updatedEnterprises
            newEvents = r.newEvents; newFacts = r.newFacts; unchanged = r.unchanged; rejected = r.rejected
            warnings = r.warnings; rejectsPath = r.rejectsPath; problemsPath = r.problemsPath
            earlierBatches = r.earlierBatches; notes = r.notes
            problems = ImportSummary.ordered(r.problems).map {
                Problem(kind: $0.kind, severity: $0.severity.rawValue, column: $0.column, message: $0.message,
                        count: $0.count, rows: $0.rows, values: $0.values, moreValues: $0.moreValues,
                        originalRows: $0.originalRows)
            }
            issues = r.issues.map { Issue(row: $0.row, originalRow: $0.originalRow, column: $0.column, value: $0.value,
                                          message: $0.message, severity: $0.severity.rawValue) }
        }
    }
}
