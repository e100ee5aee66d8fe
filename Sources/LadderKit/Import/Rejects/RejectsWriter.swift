import Foundation

/// Writes rejected rows to a file the user can fix and import as it is: the original row number
/// (原行号), every original column, then the column at fault (问题列) and the reason (问题说明).
/// A path ending in .xlsx gets a workbook, any other a CSV (`WorkbookRejectsSink`, `CSVRejectsSink`).
/// Written to a temporary file and moved into place when done.
///
/// A rejects file imported again keeps what it knew: its 原行号 (the row in the first file, not
/// in the rejects file), and its reason when the row is rejected again only for still holding it.
final class RejectsWriter {
    let finalPath: String
    private let temporaryPath: String
    private let headerCount: Int
    /// The columns copied from the input: all but a rejects file's own (原行号, 问题列, 问题说明),
    /// which the new file writes afresh.
    private let copied: [Int]
    private let sink: any RejectsSink
    private(set) var count = 0

    /// `fields`: the meaning of the input's columns by index, which types a workbook's columns.
    init(path: String, headers: [String], skipping: Set<Int> = [], fields: [Int: ImportField] = [:]) {
        finalPath = path
        temporaryPath = path + ".partial"
        headerCount = headers.count
        let copied = headers.indices.filter { !skipping.contains($0) }
        self.copied = copied
        if RejectsWriter.isWorkbook(path) {
            sink = WorkbookRejectsSink(path: temporaryPath, headers: copied.map { headers[$0] },
                                       fields: copied.map { fields[$0] })
        } else {
            sink = CSVRejectsSink(path: temporaryPath, headers: ["原行号"] + copied.map { headers[$0] } + ["问题列", "问题说明"])
        }
    }

    /// Whether rejects written to `path` are a workbook: its name ends in .xlsx.
    static func isWorkbook(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xlsx")
    }

    /// `earlier`: what the row's own 原行号, 问题列 and 问题说明 said, when the input is a rejects
    /// file; `keepingReason`: the row was rejected only for still holding that reason.
    func write(row: SheetRow, issues: [ImportIssue], earlier: EarlierRejection? = nil, keepingReason: Bool = false) throws {
        let cells = copied.map { $0 < row.cells.count ? row.cells[$0] : .empty }
        let columns: String, reasons: String
        if keepingReason, let earlier {
            (columns, reasons) = (earlier.columns, earlier.reasons)
        } else {
            var names: [String] = []
            for issue in issues where !issue.column.isEmpty && !names.contains(issue.column) { names.append(issue.column) }
            var text = RejectsWriter.joined(issues.map(\.message))
            // Values beyond the header (a shifted row) are kept in the reason so nothing is lost.
            let extra = row.cells.dropFirst(headerCount).map(RejectsWriter.original).filter { !$0.isEmpty }
            if !extra.isEmpty { text += ImportText.valuesPastLastColumn.text(["values": extra.joined(separator: " | ")]) }
            (columns, reasons) = (names.joined(separator: "、"), text)
        }
        try sink.append(RejectedRow(originalRow: earlier?.row ?? row.number, cells: cells, columns: columns,
                                    reasons: reasons))
        count += 1
    }

    /// Moves the file into place when rows were rejected. An earlier rejects file at that path
    /// (perhaps being fixed by hand) is kept beside it under its modification time, never lost.
    /// Returns the path written and the path an earlier file was kept as, if any.
    func finish() throws -> (written: String, keptEarlier: String?)? {
        guard count > 0 else { return nil }
        try sink.finish()
        var kept: String?
        let manager = FileManager.default
        if manager.fileExists(atPath: finalPath) {
            let modified = (try? manager.attributesOfItem(atPath: finalPath)[.modificationDate] as? Date) ?? nil
            let stamp = Moment(secondsSince1970: (modified ?? Date()).timeIntervalSince1970)
            // China time, as staff read it: NAME.rejects.20261129-194601.csv (or .xlsx).
            let local = stamp.adding(microseconds: Int64(ChinaTime.offsetSeconds) * 1_000_000).iso
            let digits = local.prefix(19).filter { $0.isNumber }
            let url = URL(fileURLWithPath: finalPath)
            let suffix = url.pathExtension.isEmpty ? "csv" : url.pathExtension
            let base = url.pathExtension.isEmpty ? finalPath : url.deletingPathExtension().path
            let earlier = "\(base).\(digits.prefix(8))-\(digits.dropFirst(8)).\(suffix)"
            if !manager.fileExists(atPath: earlier) {
                try manager.moveItem(atPath: finalPath, toPath: earlier)
                kept = earlier
            } else {
                try manager.removeItem(atPath: finalPath)
            }
        }
        try manager.moveItem(atPath: temporaryPath, toPath: finalPath)
        return (finalPath, kept)
    }

    /// A row's reasons as one 问题说明: `a; b` in English; in Chinese the sentences run on, each
    /// ending in 。 (one without its own stop gets ；).
    static func joined(_ messages: [String]) -> String {
        guard Language.current == .zh else { return messages.joined(separator: "; ") }
        return messages.enumerated().map { index, message in
            index == messages.count - 1 || message.hasSuffix("。") || message.hasSuffix("；") ? message : message + "；"
        }.joined()
    }

    /// The cell as it was in the file (not normalised), so nothing is lost on the way back.
    static func original(_ cell: CellValue) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text): return text
        case let .number(raw): return raw
        case let .date(day): return day.iso
        case let .bool(value): return value ? "TRUE" : "FALSE"
        case let .error(code): return code
        }
    }
}
