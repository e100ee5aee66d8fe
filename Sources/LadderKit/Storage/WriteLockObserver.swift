import Foundation
import GRDB

/// Watches the registry's one writer connection and keeps the lock-holder sidecar: written at a
/// transaction's first change (the write lock is held by then: every write transaction is
/// IMMEDIATE), removed as it commits or rolls back.
///
/// After the first change it stops observing until the next transaction, so the rows of a large
/// import cost nothing; the import's raw prepared statements never reach it anyway.
final class WriteLockObserver: TransactionObserver {
    private let registryPath: String
    private let identity: OpenOptions
    private var recorded: WriteLockHolder?

    init(registryPath: String, identity: OpenOptions) {
        self.registryPath = registryPath
        self.identity = identity
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { recorded == nil }

    func databaseDidChange(with event: DatabaseEvent) {
        guard recorded == nil else { return }
        let holder = WriteLockHolder(pid: getpid(), operatorName: identity.operatorName ?? "unknown",
                                     command: identity.command ?? "ladder", since: identity.clock?())
        WriteLock.record(holder, registry: registryPath)
        recorded = holder
        stopObservingDatabaseChangesUntilNextTransaction()
    }

    /// Called while the lock is still held: no other writer can have replaced the file yet.
    func databaseWillCommit() throws { release() }

    func databaseDidCommit(_ db: Database) { release() }

    func databaseDidRollback(_ db: Database) { release() }

    private func release() {
        guard let holder = recorded else { return }
        recorded = nil
        WriteLock.clear(holder, registry: registryPath)
    }
}
