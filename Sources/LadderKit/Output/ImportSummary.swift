/// How `ladder import` reports a file: a short table for people, or JSON with fixed keys.
public enum ImportSummary {
    public static func text(_ report: ImportReport, seconds: Double) -> String {
        typealias T = ImportText
        var lines: [String] = []
        let sha = String(report.sha256.prefix(12))
        // `utf-8 (BOM)` as Chinese software says it, 带 BOM; the JSON keeps the name as it is.
        let encoding = report.encoding.hasSuffix(" (BOM)")
            ? T.withBOM.text(["encoding": report.encoding.dropLast(" (BOM)".count)]) : report.encoding
        lines.append(T.fileLine.text(["file": report.fileName, "kind": report.kind.name(), "encoding": encoding,
                                      "size": report.sizeBytes, "sha": sha]))
        if let title = report.title { lines.append(T.title.text(["title": title])) }
        if report.dryRun {
            lines.append(T.dryRun.text())
        } else if let batch = report.batchID {
            lines.append(T.recorded.text(["batch": batch, "seconds": String(format: "%.1f", seconds)]))
        } else {
            lines.append(T.nothingWritten.text())
        }
        if let repeated = repeatedLine(report) { lines.append(repeated) }
        var table = TextTable(headers: ["", ""], alignments: [.left, .right])
        table.showsHeader = false
        let counts: [(T, Int)] = [
            (.rows, report.rows), (.newEnterprises, report.newEnterprises), (.updatedEnterprises, report.updatedEnterprises),
            (.newEvents, report.newEvents), (.newFacts, report.newFacts), (.unchanged, report.unchanged),
            (.rejected, report.rejected),
        ]
        for (label, value) in counts { table.append([label.text(), grouped(value)]) }
        lines.append(table.render())
        if let path = report.rejectsPath { lines.append(T.rejectsWritten.text(["path": path])) }
        if let path = report.problemsPath { lines.append(T.problemsWritten.text(["path": path])) }
        for note in report.notes { lines.append(T.note.text(["note": note])) }
        if !report.problems.isEmpty {
            lines.append(T.problemsByKind.text(["rejected": grouped(report.rejected), "warnings": grouped(report.warnings)]))
            for group in ordered(report.problems) { lines.append("  " + line(group)) }
        }
        lines += rowsAsReadLines(report.rowsAsRead)
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    /// Which batches the same file (same SHA-256) was recorded as before.
    static func repeatedLine(_ report: ImportReport) -> String? {
        guard !report.earlierBatches.isEmpty else { return nil }
        let batches = report.earlierBatches.map(String.init).joined(separator: ImportText.listJoin.text())
        return ImportText.repeated.text(["batches": batches, "outcome": (report.changedNothing ? ImportText.addsNothing
                                                                            : ImportText.recordedAgain).text()])
    }

    /// Rejections first, then the most frequent kinds.
    static func ordered(_ groups: [ProblemGroup]) -> [ProblemGroup] {
        groups.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity == .error }
            if a.element.count != b.element.count { return a.element.count > b.element.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// `warning  8,104 rows  地区: '南昌' is not … (also '吉安', '赣州', …) — rows 5, 12, 14, …`; in
    /// Chinese `警告  8,104 行  地区：“南昌”不是……（另有 “吉安”、“赣州”……）—— 第 5、12、14…… 行`.
    static func line(_ group: ProblemGroup) -> String {
        typealias T = ImportText
        let zh = Language.current == .zh
        var text: String
        if zh {
            text = (group.severity == .error ? T.levelRejected : T.levelWarning).text() + "  "
                + T.rowCount.text(["count": grouped(group.count)]) + "  "
            if !group.column.isEmpty { text += "“" + group.column + "”：" }
        } else {
            text = (group.severity == .error ? "rejected" : "warning ") + "  "
                + grouped(group.count) + (group.count == 1 ? " row " : " rows") + "  "
            if !group.column.isEmpty { text += group.column + ": " }
        }
        text += group.message
        let others = group.values.dropFirst()
        if !others.isEmpty {
            let quoted = others.map { zh ? "“\($0)”" : "'\($0)'" }.joined(separator: T.listJoin.text())
            text += T.also.text(["values": quoted + (group.moreValues ? T.listJoin.text() + T.moreValues.text() : "")])
        }
        let rows = zip(group.rows, group.originalRows).map { row, original in
            original.map { T.originalRow.text(["row": row, "original": $0]) } ?? "\(row)"
        }
        var list = rows.joined(separator: T.listJoin.text())
        if group.count > group.rows.count { list += T.listJoin.text() + T.moreValues.text() }
        text += T.rowsList.text(["rows": list, "count": group.rows.count])
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
