import Foundation
import LadderKit

/// A new API token between the form that made it and the page that shows it (post/redirect/get):
/// held in memory under an unguessable id for the admin who made it, handed out once, then gone.
/// Reloading the page that showed it makes no second token and shows nothing again; one never
/// looked at is forgotten after `lifetime`. A restart forgets them all (the token itself stays
/// valid and can be revoked on the account's page).
final class TokenStash: @unchecked Sendable {
    static let lifetime: Int64 = 10 * 60 * 1_000_000

    struct Entry {
        let adminID: Int64
        let accountName: String
        let tokenID: Int64
        let token: String
        let madeAt: Moment
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// Keeps the token; answers the id of the address that shows it.
    func put(_ entry: Entry) -> String {
        let id = UUID().uuidString.lowercased()
        lock.withLock {
            sweep(entry.madeAt)
            entries[id] = entry
        }
        return id
    }

    /// The token `id` for the admin who made it, for the account it was made for, once: it is
    /// removed as it is handed out. Nil when it was shown already, has expired, or is another's.
    func take(_ id: String, adminID: Int64, accountName: String, now: Moment) -> Entry? {
        lock.withLock {
            sweep(now)
            guard let entry = entries[id], entry.adminID == adminID, entry.accountName == accountName else { return nil }
            entries[id] = nil
            return entry
        }
    }

    private func sweep(_ now: Moment) {
        entries = entries.filter { now.microseconds - $0.value.madeAt.microseconds <= TokenStash.lifetime }
    }
}
