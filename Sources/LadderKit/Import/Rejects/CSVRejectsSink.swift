import Foundation

/// A rejects file as CSV: UTF-8 with a BOM so Excel shows the Chinese correctly, CRLF, every
/// cell as the file held it.
final class CSVRejectsSink: RejectsSink {
    private let path: String
    private let headers: [String]
    private var handle: FileHandle?
    private var buffer = Data()

    /// `headers`: every column of the file, 原行号 to 问题说明.
    init(path: String, headers: [String]) {
        self.path = path
        self.headers = headers
    }

    func append(_ row: RejectedRow) throws {
        if handle == nil { try open() }
        append([String(row.originalRow)] + row.cells.map(RejectsWriter.original) + [row.columns, row.reasons])
        if buffer.count > 1 << 16 { flush() }
    }

    func finish() throws {
        flush()
        try handle?.close()
        handle = nil
    }

    /// An import that failed leaves no half-written rejects file behind.
    deinit {
        guard let handle else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    private func open() throws {
        guard FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF])),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError.unreadable(path: path, reason: "cannot write the rejects file here; give --rejects PATH")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        append(headers)
    }

    private func append(_ fields: [String]) {
        buffer.append(contentsOf: (fields.map { CSVField.quote(FormulaGuard.neutralized($0)) }.joined(separator: ",") + "\r\n").utf8)
    }

    private func flush() {
        handle?.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
