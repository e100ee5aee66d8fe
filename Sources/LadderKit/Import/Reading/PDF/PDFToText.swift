import Foundation

/// Runs poppler's `pdftotext -layout -enc UTF-8 FILE -` and hands its output back one page at a
/// time: the text is read from the pipe as it is produced, so memory holds one page, not the file.
final class PDFToText: PDFPageSource {
    /// Overrides where `pdftotext` is looked for (a path), e.g. for a copy outside `PATH`.
    static let environmentKey = "LADDER_PDFTOTEXT"

    private let process: ChildProcess
    private let output: Int32
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
        do {
            process = try ChildProcess(executable, ["-layout", "-enc", "UTF-8", path, "-"], stdout: .pipe, stderr: .pipe)
        } catch {
            throw ReadError.pdfToolMissing(path: executable)
        }
        output = process.output!
        errors = StderrCollector(process.errors!)
    }

    deinit {
        // Closing the pipe first: a pdftotext still writing ends on SIGPIPE if SIGTERM is late.
        close(output)
        process.send(SIGTERM)
        process.wait()
    }

    /// The next page's lines (a page with no text gives an empty array), nil after the last page.
    /// Checks pdftotext's exit status at the end: a failure is its own message.
    func nextPage() throws -> [String]? {
        while !finished {
            if let page = takePage() { return page }
            let n = buffer.withUnsafeMutableBytes { [output] raw in read(output, raw.baseAddress, raw.count) }
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
        let ending = process.wait()
        guard ending != .exited(0) else { return }
        let said = errors.text()
        throw ReadError.pdfUnreadable(detail: said.isEmpty ? "pdftotext exit status \(ending.code)" : said)
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
        guard let child = try? ChildProcess(info.path, [path], stdout: .pipe, stderr: .discard) else { return nil }
        let data = ChildProcess.readAll(child.output!)
        child.wait()
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

    /// Reads `descriptor` to its end, then closes it.
    init(_ descriptor: Int32) {
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                lock.lock()
                if data.count < StderrCollector.keep { data.append(contentsOf: chunk[..<min(count, StderrCollector.keep - data.count)]) }
                lock.unlock()
            }
            close(descriptor)
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
