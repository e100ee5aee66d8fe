/// How `ladder import` reports a file: a short table for people, or JSON with fixed keys.
public enum ImportSummary {
    public static func text(_ report: ImportReport, seconds: Double) -> String {
        var lines: [String] = []
        let sha = String(report.sha256.prefix(12))
        lines.append("\(report.fileName): \(report.kind.rawValue), \(report.encoding), \(report.sizeBytes) bytes, sha256 \(sha)…")
        if report.dryRun {
            lines.append("dry run: nothing was written")
        } else if let batch = report.batchID {
            lines.append("recorded as batch \(batch) in \(String(format: "%.1f", seconds)) s")
        } else {
            lines.append("nothing was written")
        }
        if !report.earlierBatches.isEmpty && report.changedNothing {
            lines.append("this file was imported before (batch \(report.earlierBatches.map(String.init).joined(separator: ", ")));"
                + " it adds nothing new")
        }
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
        for note in report.notes { lines.append("note: " + note) }
        let shown = report.issues.prefix(20)
        if !shown.isEmpty {
            lines.append("problems (first \(shown.count) of \(report.rejected + report.warnings)):")
            for issue in shown { lines.append("  \(issue.severity == .error ? "rejected" : "warning") \(issue)") }
        }
        lines += rowsAsReadLines(report.rowsAsRead)
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    public static func json(_ report: ImportReport) throws -> String {
        try JSONOutput.encode(Document(report))
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
        let file: String
        @Nullable var batch: Int64?
        let kind: String
        let encoding: String
        let sha256: String
        let dryRun: Bool
        let rows: Int, newEnterprises: Int, updatedEnterprises: Int, newEvents: Int, newFacts: Int
        let unchanged: Int, rejected: Int, warnings: Int
        @Nullable var rejectsPath: String?
        let earlierBatches: [Int64]
        let notes: [String]
        let issues: [Issue]

        init(_ r: ImportReport) {
            file = r.fileName; batch = r.batchID; kind = r.kind.rawValue; encoding = r.encoding; sha256 = r.sha256
            dryRun = r.dryRun; rows = r.rows; newEnterprises = r.newEnterprises; updatedEnterprises = r.updatedEnterprises
            newEvents = r.newEvents; newFacts = r.newFacts; unchanged = r.unchanged; rejected = r.rejected
            warnings = r.warnings; rejectsPath = r.rejectsPath; earlierBatches = r.earlierBatches; notes = r.notes
            issues = r.issues.map { Issue(row: $0.row, originalRow: $0.originalRow, column: $0.column, value: $0.value,
                                          message: $0.message, severity: $0.severity.rawValue) }
        }
    }
}
