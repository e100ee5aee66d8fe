import Foundation
import GRDB

extension WriteLock {
    /// SQLite's own back-off, in milliseconds: short sleeps first, then 100 ms at a time.
    static let delays: [Int] = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]

    /// Milliseconds slept before try number `tries` (0-based), following `delays`.
    static func slept(before tries: Int) -> Int {
        let early = delays.prefix(tries).reduce(0, +)
        return early + max(0, tries - delays.count) * delays.last!
    }

    /// The busy handler of a registry's connections: waits like SQLite's `busy_timeout` (the
    /// wait is derived from the number of tries, so one handler serves every connection), and
    /// when it gives up notes who held the lock, for `RegistryError.busy`.
    /// While `opening` says so the handler gives up at once: see `Registry.connect`.
    static func waiting(registryPath: String?, timeout: TimeInterval, opening: OpeningPhase? = nil) -> Database.BusyCallback {
        let limit = Int((max(0, timeout) * 1000).rounded())
        return { tries in
            if opening?.isOpening == true { return false }
            let slept = WriteLock.slept(before: tries)
            let next = tries < delays.count ? delays[tries] : delays.last!
            let remaining = limit - slept
            guard remaining > 0 else {
                WriteLock.noteRefusal(Refusal(registry: registryPath ?? "", holder: registryPath.flatMap(holder(ofRegistry:)),
                                              waited: Double(slept) / 1000))
                return false
            }
            usleep(useconds_t(min(next, remaining) * 1000))
            return true
        }
    }
}

/// Whether a registry's connections are still being set up (the busy handler then waits for
/// nothing), or open for work.
final class OpeningPhase: @unchecked Sendable {
    private let lock = NSLock()
    private var opening = true

    var isOpening: Bool { lock.withLock { opening } }

    func opened() { lock.withLock { opening = false } }
}
