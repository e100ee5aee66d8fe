import Foundation
import LadderKit

/// The import page's uploads between the dry run and 确认导入 / 取消, held by the server (the files
/// in its import folder, the rest in memory): an upload left alone for `lifetime` is removed at the
/// next upload, as is a finished import's record. A restart forgets them; their files stay in the
/// import folder, named `upload-…`, until removed by hand.
final class ImportStaging: @unchecked Sendable {
    static let lifetime: Int64 = 3600 * 1_000_000
    private let lock = NSLock()
    private var staged: [String: StagedImport] = [:]

    func add(_ upload: StagedImport, now: Moment) {
        let expired: [StagedImport] = lock.withLock {
            staged[upload.id] = upload
            let old = staged.values.filter { item in
                if case .applying = item.state { return false }
                return now.microseconds - item.stagedAt.microseconds > ImportStaging.lifetime
            }
            for item in old { staged[item.id] = nil }
            return old
        }
        for item in expired { item.upload.remove() }
    }

    /// The upload `id` when it is `account`'s and not yet expired.
    func find(_ id: String, for account: Account, now: Moment) -> StagedImport? {
        lock.withLock {
            guard let item = staged[id], item.belongs(to: account) else { return nil }
            if case .applying = item.state { return item }
            return now.microseconds - item.stagedAt.microseconds > ImportStaging.lifetime ? nil : item
        }
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
