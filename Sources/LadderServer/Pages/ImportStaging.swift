import Foundation
import LadderKit

/// The import page's uploads between the dry run and 确认导入 / 取消, held by the server (the files
/// in its import folder, the rest in memory): one waiting upload per account (a new one replaces
/// it), and one left alone for `lifetime` is removed at the next upload or look-up, as is a finished
/// import's record. A restart forgets them; the server removes their `upload-…` files as it starts.
final class ImportStaging: @unchecked Sendable {
    static let lifetime: Int64 = 3600 * 1_000_000
    private let lock = NSLock()
    private var staged: [String: StagedImport] = [:]

    func add(_ upload: StagedImport, now: Moment) {
        let removed: [StagedImport] = lock.withLock {
            let replaced = staged.values.filter { item in
                guard case .ready = item.state else { return false }
                return item.accountID == upload.accountID
            }
            for item in replaced { staged[item.id] = nil }
            staged[upload.id] = upload
            return replaced + sweep(now)
        }
        for item in removed { item.upload.remove() }
    }

    /// The upload `id` when it is `account`'s and not yet expired.
    func find(_ id: String, for account: Account, now: Moment) -> StagedImport? {
        let (item, expired): (StagedImport?, [StagedImport]) = lock.withLock {
            let expired = sweep(now)
            guard let item = staged[id], item.belongs(to: account) else { return (nil, expired) }
            return (item, expired)
        }
        for old in expired { old.upload.remove() }
        return item
    }

    /// Forgets every upload not being applied that is older than `lifetime`; the caller, outside
    /// the lock, deletes the files of those returned.
    private func sweep(_ now: Moment) -> [StagedImport] {
        let old = staged.values.filter { item in
            if case .applying = item.state { return false }
            return now.microseconds - item.stagedAt.microseconds > ImportStaging.lifetime
        }
        for item in old { staged[item.id] = nil }
        return old
    }

    /// Marks a ready upload as applying; false when it already is, or was applied or cancelled.
    func startApplying(_ id: String) -> Bool {
        lock.withLock {
            guard let item = staged[id], case .ready = item.state else { return false }
            staged[id]?.state = .applying(nil)
            return true
        }
    }

    func update(_ id: String, _ state: StagedImport.State) {
        lock.withLock { staged[id]?.state = state }
    }

    /// Forgets a ready upload and deletes its file; false when it is being applied or is done.
    func cancel(_ id: String) -> Bool {
        let removed: StagedImport? = lock.withLock {
            guard let item = staged[id], case .ready = item.state else { return nil }
            staged[id] = nil
            return item
        }
        removed?.upload.remove()
        return removed != nil
    }
}
