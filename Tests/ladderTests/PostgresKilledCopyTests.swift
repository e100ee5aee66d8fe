import Foundation
import LadderKit
import LadderPostgres
import Testing

/// A `ladder copy` into PostgreSQL killed halfway leaves the target as empty as it was: the copy
/// is one transaction. Made deterministic by a lock: the test holds fact in SHARE mode, so the copy
/// stops at fact's COPY with import_batch, enterprise, event and target already sent, and is
/// killed there (SIGKILL: no chance to roll back by itself).
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresKilledCopyTests {
    @Test func aKilledCopyLeavesTheTargetEmpty() throws {
        let dir = try TemporaryDirectory()
        let original = try ReadTablesRegistry.file(in: dir)
        let scratch = try PostgresScratch()
        let initialised = try LadderRun.run(["init", "--db", scratch.url], db: original)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout == "created the registry at \(scratch.url)\n")
        let blocker = try scratch.connect(), watcher = try scratch.connect()
        defer { blocker.close(); watcher.close() }
        let blockerPID = try #require(try blocker.text("SELECT pg_backend_pid()::text"))
        try blocker.execute("BEGIN")
        try blocker.execute("LOCK TABLE fact IN SHARE MODE")

        let copy = try ChildProcess(LadderRun.binary.path, ["copy", original, scratch.url], stdout: .discard, stderr: .discard)
        let waiting = try Self.poll(watcher, """
            SELECT count(*)::text FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COPY "fact"%'
            """, until: "1")
        #expect(waiting, "the copy never reached fact")
        copy.send(SIGKILL)
        copy.wait()
        try blocker.execute("ROLLBACK")
        // The server ends the killed client's transaction once its COPY gets the lock and finds no one there.
        #expect(try Self.poll(watcher, """
            SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), \(blockerPID))
                AND backend_type = 'client backend'
            """, until: "0"))
        for table in ["import_batch", "enterprise", "event", "target", "fact", "policy"] {
            #expect(try watcher.text("SELECT count(*)::text FROM \(table)") == "0", "\(table)")
        }
        // And the target is still one a copy may fill.
        let again = try LadderRun.run(["copy", original, scratch.url], db: original)
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// Asks `sql` every 50 ms, for up to 60 seconds, until it answers `until`.
    static func poll(_ session: PostgresSession, _ sql: String, until wanted: String) throws -> Bool {
        for _ in 0..<1_200 {
            if try session.text(sql) == wanted { return true }
            usleep(50_000)
        }
        return false
    }
}
