import Foundation
import LadderKit

/// A one-line progress bar on stderr (rows, rows/s, percent of bytes), only when stderr is a
/// terminal and --silent was not given. Redraws at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func update(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = Date()
        guard progress.finished || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let line = "\r" + progress.line(label: label, perSecond: Int(Double(progress.rows) / elapsed))
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
