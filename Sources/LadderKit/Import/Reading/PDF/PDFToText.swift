import Foundation

/// Runs poppler's `pdftotext -layout -enc UTF-8 FILE -` and hands its output back one page at a
/// time: the text is read from the pipe as it is produced, so memory holds one page, not the file.
final class PDFToText: PDFPageSource {
    /// Overrides where `pdftotext` is looked for (a path), e.g. for a copy outside `PATH`.
    static let environmentKey = "LADDER_PDFTOTEXT"

    private let process = Process()
    private let output: FileHandle
    private let errors: StderrCollector
    private var pending: [UInt8] = []
    private var finished = false
    private var buffer = [UInt8](repeating: 0, count: 64 << 10)
    /// Pages handed out so far.
    private(set) var pagesRead = 0
    /// From `pdfinfo` beside `pdftotext`, when it is there and answers.
    let pageCount: Int?

    /// `tool`: the executable's path; nil looks at `$LADDER_PDFTOTEXT`, then `PATH`.
    init(path: String, tool: String? = nil) throws {
        let executable = try PDFToText.locate(tool)
        pageCount = PDFToText.pageCount(path: path, beside: executable)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ReadError.pdfToolMissing(path: executable)
        }
        output = out.fileHandleForReading
        errors = StderrCollector(err.fileHandleForReading)
    }

    deinit {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// The next page's lines (a page with no text gives an empty array), nil after the last page.
    /// Checks pdftotext's exit status at the end: a failure is its own message.
    func nextPage() throws -> [String]? {
        while !finished {
            if let page = takePage() { return page }
            let fd = output.fileDescriptor
            let n = buffer.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress, raw.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError.ioFailure(reason: String(cString: strerror(errno)))
            }
            if n == 0 {
                finished = true
                try checkExit()
                // pdftotext ends every page with a form feed; anything after the last one is a page too.
                if pending.contains(where: { $0 != 0x0A && $0 != 0x20 }) {
                    defer { pending = [] }
                    pagesRead += 1
                    return PDFToText.lines(pending[...])
                }
                return nil
            }
            pending.append(contentsOf: buffer[0..<n])
        }
        return nil
    }

    /// Cuts the first complete page (up to a form feed) out of `pending`.
    private func takePage() -> [String]? {
        guard let feed = pending.firstIndex(of: 0x0C) else { return nil }
        let page = PDFToText.lines(pending[..<feed])
        pending.removeSubrange(...feed)
        pagesRead += 1
        return page
    }

    private func checkExit() throws {
        process.waitUntilExit()
        let status = process.terminationStatus
        guard status != 0 || process.terminationReason != .exit else { return }
        let said = errors.text()
        throw ReadError.pdfUnreadable(detail: said.isEmpty ? "pdftotext exit status \(status)" : said)
    }

    private static func lines(_ bytes: ArraySlice<UInt8>) -> [String] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `Pages:` as poppler's `pdfinfo` (in the same folder as `pdftotext`) reports it; nil if it cannot.
    private static func pageCount(path: String, beside tool: String) -> Int? {
        let info = URL(fileURLWithPath: tool).deletingLastPathComponent().appendingPathComponent("pdfinfo")
        guard FileManager.default.isExecutableFile(atPath: info.path) else { return nil }
        let process = Process()
        process.executableURL = info
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The tool to run: `tool`, else `$LADDER_PDFTOTEXT`, else `pdftotext` found on `PATH`.
    static func locate(_ tool: String?) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let given = tool ?? environment[environmentKey], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                throw ReadError.pdfToolMissing(path: given)
            }
            return given
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw ReadError.pdfToolMissing(path: "no pdftotext on PATH")
    }
}

/// Gathers what pdftotext says on stderr (its first lines only) on a thread of its own, so a
/// chatty damaged file can never fill the pipe and stall the text being read.
private final class StderrCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)
    private static let keep = 4096

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                if data.count < StderrCollector.keep { data.append(chunk.prefix(StderrCollector.keep - data.count)) }
                lock.unlock()
            }
            done.signal()
        }
        thread.start()
    }

    /// Its distinct lines joined with "; " (called once the process has exited).
    func text() -> String {
        done.wait()
        done.signal()
        lock.lock()
        defer { lock.unlock() }
        var seen: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            // "Command Line Error: Incorrect password" says more to a clerk as "Incorrect password".
            let said = line.replacing(#/^[A-Za-z\/ ]*(?:Error|Warning)(?: \(\d+\))?: /#, with: "")
            let trimmed = said.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !seen.contains(trimmed) { seen.append(trimmed) }
        }
        return seen.prefix(4).joined(separator: "; ")
    }
}
