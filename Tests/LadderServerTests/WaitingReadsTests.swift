import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LadderKit
import LadderPostgres
import Testing

/// On PostgreSQL a read blocks its thread while the server makes it wait; `ladder serve` runs
/// such requests on threads of its own, so that reads stuck behind a lock — more of them than
/// there are cores — leave the server answering everything else. Were they on the cooperative
/// threads, `/healthz` would wait for the lock too (the watchdog then lets it go after 60 s and
/// the test fails).
@Suite(.enabled(if: ServerDatabase.isConfigured, ServerDatabase.skipNote))
struct WaitingReadsTests {
    @Test(.timeLimit(.minutes(2))) func readsWaitingOnALockLeaveTheServerAnswering() async throws {
        let fixture = try ServerFixture(on: .postgres)
        let database = try #require(fixture.database)
        let blocked = 4 * ProcessInfo.processInfo.activeProcessorCount
        let locker = try PostgresSession.connect(database.address)
        defer { locker.close() }
        let watchdog = Watchdog(locker: locker)
        try await fixture.test { client in
            let (headers, _) = try await client.session("sheng-viewer")
            try locker.execute("BEGIN")
            try locker.execute("LOCK TABLE enterprise IN ACCESS EXCLUSIVE MODE")
            watchdog.arm(seconds: 60)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<blocked {
                    group.addTask {
                        try await client.get("/api/v1/enterprises/\(ServerFixture.Firm.donghu.rawValue)", headers).status.code
                    }
                }
                try await waitUntil(locker: locker, database: database.address.database, waiting: blocked)
                let health = try await client.get("/healthz")
                #expect(health.status == .ok)
                #expect(!watchdog.fired, "/healthz waited for the lock the reads wait for")
                watchdog.release()
                var statuses: [Int] = []
                for try await status in group { statuses.append(status) }
                #expect(statuses == Array(repeating: 200, count: blocked))
            }
        }
    }

    /// Polls another session until `waiting` queries of `database` wait for a lock (at most 30 s).
    private func waitUntil(locker: PostgresSession, database: String, waiting: Int) async throws {
        let observer = try PostgresSession.connect(try PostgresAddress(ServerDatabase.url))
        defer { observer.close() }
        for _ in 0..<300 {
            let count = try observer.text("SELECT count(*)::text FROM pg_stat_activity WHERE datname = '\(database)' AND wait_event_type = 'Lock'")
            if count == String(waiting) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("fewer than \(waiting) reads came to wait for the lock")
    }
}

/// Ends the lock's transaction on a Dispatch thread after a delay, unless the test did first:
/// a test whose requests all wait on the cooperative threads cannot end it itself.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let locker: PostgresSession
    private var released = false
    private var didFire = false

    init(locker: PostgresSession) { self.locker = locker }

    func arm(seconds: Int) {
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) { [self] in
            end(fired: true)
        }
    }

    /// Whether the delay ran out before the test released the lock.
    var fired: Bool { lock.withLock { didFire } }

    func release() { end(fired: false) }

    /// Rolls the lock's transaction back, the first time only.
    private func end(fired: Bool) {
        let first = lock.withLock { () -> Bool in
            guard !released else { return false }
            released = true
            didFire = fired
            return true
        }
        if first { try? locker.execute("ROLLBACK") }
    }
}
