import Foundation

/// Writes rejected rows to a CSV the user can fix and import as it is: the original row number,
/// every original column, then the column at fault and the reason. UTF-8 with a BOM so Excel
/// shows the Chinese correctly; written to a temporary file and moved into place when done.
final class RejectsWriter {
    let finalPath: String
    private let temporaryPath: String
    private let headers: [String]
    /// The columns copied from the input: all but a rejects file's own (原行号, 问题列, 问题说明),
    /// which the new file writes afresh.
    private let copied: [Int]
    private var handle: FileHandle?
    private var buffer = Data()
    private(set) var count = 0

    init(path: String, headers: [String], skipping: Set<Int> = []) {
        finalPath = path
        temporaryPath = path + ".partial"
        self.headers = headers
        copied = headers.indices.filter { !skipping.contains($0) }
    }

    func write(row: SheetRow, issues: [ImportIssue]) throws {
        if handle == nil { try open() }
        var fields = [String(row.number)]
        for index in copied {
            fields.append(index < row.cells.count ? RejectsWriter.original(row.cells[index]) : "")
        }
        var columns: [String] = []
        for issue in issues where !issue.column.isEmpty && !columns.contains(issue.column) { columns.append(issue.column) }
        fields.append(columns.joined(separator: "、"))
        var reasons = issues.map(\.message).joined(separator: "; ")
        // Values beyond the header (a shifted row) are kept in the reason so nothing is lost.
        let extra = row.cells.dropFirst(headers.count).map(RejectsWriter.original).filter { !$0.isEmpty }
        if !extra.isEmpty { reasons += " (values past the last column: \(extra.joined(separator: " | ")))" }
        fields.append(reasons)
        append(fields)
        count += 1
        if buffer.count > 1 << 16 { flush() }
    }

    /// Moves the file into place when rows were rejected. An earlier rejects file at that path
    /// (perhaps being fixed by hand) is kept beside it under its modification time, never lost.
    /// Returns the path written and the path an earlier file was kept as, if any.
    func finish() throws -> (written: String, keptEarlier: String?)? {
        guard let handle else { return nil }
        flush()
        try handle.close()
        self.handle = nil
        var kept: String?
        let manager = FileManager.default
        if manager.fileExists(atPath: finalPath) {
            let modified = (try? manager.attributesOfItem(atPath: finalPath)[.modificationDate] as? Date) ?? nil
            let stamp = Moment(secondsSince1970: (modified ?? Date()).timeIntervalSince1970)
            // China time, as staff read it: NAME.rejects.20261129-194601.csv.
            let local = stamp.adding(microseconds: Int64(ChinaTime.offsetSeconds) * 1_000_000).iso
            let digits = local.prefix(19).filter { $0.isNumber }
            let base = finalPath.hasSuffix(".csv") ? String(finalPath.dropLast(4)) : finalPath
            let earlier = "\(base).\(digits.prefix(8))-\(digits.dropFirst(8)).csv"
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

    /// An import that failed leaves no half-written rejects file behind.
    deinit {
        guard let handle else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private func open() throws {
        guard FileManager.default.createFile(atPath: temporaryPath, contents: Data([0xEF, 0xBB, 0xBF])),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw ImportError.unreadable(path: temporaryPath, reason: "cannot write the rejects file here; give --rejects PATH")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        append(["原行号"] + copied.map { headers[$0] } + ["问题列", "问题说明"])
    }

    private func append(_ fields: [String]) {
        buffer.append(contentsOf: (fields.map(CSVField.quote).joined(separator: ",") + "\r\n").utf8)
    }

    private func flush() {
        handle?.write(buffer)
        buffer.removeAll(keepingCapacity: true)
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
