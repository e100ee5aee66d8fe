import Synchronization

/// How many uploads the server takes at once (`--max-concurrent-uploads`): each may spool up to
/// `--max-upload` to disk and hold an import thread, so a few clients must not fill the disk or
/// the cores. One per server, shared by every route that takes a file.
public final class UploadSlots: Sendable {
    public let limit: Int
    private let taken = Mutex(0)

    public init(limit: Int) { self.limit = limit }

    /// A slot, or nil when all are taken; give it back with `release()`.
    func take() -> Slot? {
        taken.withLock { count in
            guard count < limit else { return nil }
            count += 1
            return Slot(slots: self)
        }
    }

    fileprivate func release() { taken.withLock { $0 -= 1 } }

    /// One upload in progress; `release()` once, when its file is removed.
    struct Slot: Sendable {
        fileprivate let slots: UploadSlots
        func release() { slots.release() }
    }
}
