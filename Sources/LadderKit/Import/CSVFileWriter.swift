import Foundation

/// A CSV file as ladder writes them for Excel: UTF-8 with a BOM (so Excel shows the Chinese),
/// CRLF, cells a spreadsheet would run as formulas neutralised. Opened at the first row (with
/// its headers); removed again if never finished, so a failed import leaves no half-written file.
final class CSVFileWriter {
    let path: String
    private let headers: [String]
    /// Why it failed and what to do, when the file cannot be made.
    private let cannotWrite: ImportErrorText
    private var handle: FileHandle?
    private var buffer = Data()

    init(path: String, headers: [String], cannotWrite: ImportErrorText) {
        self.path = path
        self.headers = headers
        self.cannotWrite = cannotWrite
    }

    func append(_ fields: [String]) throws {
        if handle == nil { try open() }
        write(fields)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Closes the file; false when nothing was written (and no file made).
    func finish() throws -> Bool {
        guard let handle else { return false }
        flush()
        try handle.close()
        self.handle = nil
        return true
    }

    deinit {
        guard let handle else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    private func open() throws {
        guard FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF])),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError.unreadable(path: path, reason: cannotWrite.text())
        }
        handle.seekToEndOfFile()
        self.handle = handle
        write(headers)
    }

    private func write(_ fields: [String]) {
        buffer.append(contentsOf: (fields.map { CSVField.quote(FormulaGuard.neutralized($0)) }.joined(separator: ",")
            + "\r\n").utf8)
    }

    private func flush() {
        handle?.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
