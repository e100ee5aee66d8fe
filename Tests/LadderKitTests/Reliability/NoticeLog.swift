import Foundation

/// Collects what a registry said through `OpenOptions.notice`, from any thread.
final class NoticeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []

    var lines: [String] { lock.withLock { said } }

    var receiver: @Sendable (String) -> Void { { [self] line in lock.withLock { said.append(line) } } }
}
