import Foundation

/// Writes rejected rows to a CSV the user can fix and import as it is: the original row number,
/// every original column, then the column at fault and the reason. UTF-8 with a BOM so Excel
/// shows the Chinese correctly; written to a temporary file and moved into place when done.
final class RejectsWriter {
    let finalPath: String
    private let temporaryPath: String
    private let headers: [String]
    private var handle: FileHandle?
    private var buffer = Data()
    private(set) var count = 0

    init(path: String, headers: [String]) {
        finalPath = path
        temporaryPath = path + ".partial"
        self.headers = headers
    }

    func write(row: SheetRow, issues: [ImportIssue]) throws {
        if handle == nil { try open() }
        var fields = [String(row.number)]
        for index in 0..<max(headers.count, row.cells.count) {
            fields.append(index < row.cells.count ? RejectsWriter.original(row.cells[index]) : "")
        }
        let columns = issues.map(\.column).filter { !$0.isEmpty }
        fields.append(Array(NSOrderedSet(array: columns)).compactMap { $0 as? String }.joined(separator: "、"))
        fields.append(issues.map(\.message).joined(separator: "; "))
        append(fields)
        count += 1
        if buffer.count > 1 << 16 { flush() }
    }

    /// Moves the file into place when rows were rejected; removes a stale rejects file of ours otherwise.
    func finish() throws -> String? {
        guard let handle else {
            if let head = FileManager.default.contents(atPath: finalPath)?.prefix(16),
               String(decoding: head, as: UTF8.self).contains("原行号") {
                try? FileManager.default.removeItem(atPath: finalPath)
            }
            return nil
        }
        flush()
        try handle.close()
        self.handle = nil
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
        return finalPath
    }

    private func open() throws {
        guard FileManager.default.createFile(atPath: temporaryPath, contents: Data([0xEF, 0xBB, 0xBF])),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw ImportError.unreadable(path: temporaryPath, reason: "cannot write the rejects file here; give --rejects PATH")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        append(["原行号"] + headers + ["问题列", "问题说明"])
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
