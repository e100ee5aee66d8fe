import Foundation

/// Writes every problem of an import, warnings included, one line each: 行号, 列, 值, 级别
/// (rejected or warning), 说明, and 原行号 (the row of the file first imported, for a rejects file). UTF-8 with a BOM so Excel shows the Chinese; written to a
/// temporary file and moved into place when done, replacing an earlier problems file (it is a
/// report of this run, not something being fixed by hand as a rejects file is).
final class ProblemsWriter {
    let finalPath: String
    private let temporaryPath: String
    private var handle: FileHandle?
    private var buffer = Data()

    init(path: String) {
        finalPath = path
        temporaryPath = path + ".partial"
    }

    func write(_ issue: ImportIssue) throws {
        if handle == nil { try open() }
        append([issue.row > 0 ? String(issue.row) : "", issue.column, issue.value,
                issue.severity == .error ? "rejected" : "warning", issue.message, issue.originalRow.map(String.init) ?? ""])
        if buffer.count > 1 << 16 { flush() }
    }

    /// Moves the file into place when anything was written; returns its path.
    func finish() throws -> String? {
        guard let handle else { return nil }
        flush()
        try handle.close()
        self.handle = nil
        let manager = FileManager.default
        if manager.fileExists(atPath: finalPath) { try manager.removeItem(atPath: finalPath) }
        try manager.moveItem(atPath: temporaryPath, toPath: finalPath)
        return finalPath
    }

    /// An import that failed leaves no half-written file behind.
    deinit {
        guard let handle else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private func open() throws {
        guard FileManager.default.createFile(atPath: temporaryPath, contents: Data([0xEF, 0xBB, 0xBF])),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw ImportError.unreadable(path: temporaryPath, reason: "cannot write the problems file here; give another place for it")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        append(["行号", "列", "值", "级别", "说明", "原行号"])
    }

    private func append(_ fields: [String]) {
        buffer.append(contentsOf: (fields.map { CSVField.quote(FormulaGuard.neutralized($0)) }.joined(separator: ",")
            + "\r\n").utf8)
    }

    private func flush() {
        handle?.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
