import Foundation

/// Writes every problem of an import, warnings included, one line each: 行号, 列, 值, 级别
/// (拒收 or 警告; rejected or warning in English), 说明, and 原行号 (the row of the file first imported, for a rejects
/// file). Written to a temporary file and moved into place when done, replacing an earlier
/// problems file (it is a report of this run, not something fixed by hand as a rejects file is).
final class ProblemsWriter {
    let finalPath: String
    private let file: CSVFileWriter

    init(path: String) {
        finalPath = path
        file = CSVFileWriter(path: path + ".partial", headers: ["行号", "列", "值", "级别", "说明", "原行号"],
                             cannotWrite: ImportErrorText.cannotWriteProblems)
    }

    func write(_ issue: ImportIssue) throws {
        try file.append([issue.row > 0 ? String(issue.row) : "", issue.column, issue.value,
                         (issue.severity == .error ? ImportText.levelRejected : ImportText.levelWarning).text(), issue.message,
                         issue.originalRow.map(String.init) ?? ""])
    }

    /// Moves the file into place when anything was written; returns its path.
    func finish() throws -> String? {
        guard try file.finish() else { return nil }
        let manager = FileManager.default
        if manager.fileExists(atPath: finalPath) { try manager.removeItem(atPath: finalPath) }
        try manager.moveItem(atPath: file.path, toPath: finalPath)
        return finalPath
    }
}
