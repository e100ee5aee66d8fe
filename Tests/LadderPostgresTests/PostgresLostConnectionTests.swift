import Foundation
import LadderKit
import LadderPostgres
import Testing

/// A connection the server ended (a restart, an idle timeout, an administrator) or this process
/// closed: a statement on it is refused at once (PostgresNIO would never answer it), and the
/// engine's pool replaces it, so `ladder serve` keeps answering after its server restarts.
@Suite(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote), .timeLimit(.minutes(1)))
struct PostgresLostConnectionTests {
    @Test func aStatementOnAClosedSessionIsRefusedNotLeftWaiting() throws {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        session.close()
        #expect(throws: PostgresError.connectionLost(address: scratch.address.description)) {
            try session.execute("SELECT 1")
        }
        #expect(PostgresError.connectionLost(address: "postgres://u@h:5432/d").description
            == "the connection to the PostgreSQL registry postgres://u@h:5432/d was lost (the server restarted or ended it); try again")
    }

    @Test func anIdleConnectionTheServerEndedIsReplaced() throws {
        let scratch = try ScratchDatabase()
        let setup = try scratch.connect()
        defer { setup.close() }
        try PostgresRegistry(session: setup).initialise()
        let engine = PostgresEngine(scratch.address)
        let pid = { try engine.withConnection { c in try c.int64("SELECT pg_backend_pid()") } }
        let first = try #require(try pid())
        #expect(try setup.text("SELECT pg_terminate_backend(\(first))::text") == "true")
        // The backend gone, and a moment for the client to read the end of its socket.
        for _ in 0..<100 where try setup.text("SELECT count(*)::text FROM pg_stat_activity WHERE pid = \(first)") != "0" {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.5)
        let second = try #require(try pid())
        #expect(second != first)
    }
}
