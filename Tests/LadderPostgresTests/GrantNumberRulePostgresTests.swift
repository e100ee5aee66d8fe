import Foundation
@testable import LadderPostgres
import Testing

/// Migration v6's rule on grant numbers, for writers that go around ladder: a number whose grant
/// was voided is free again, and two transactions that each insert the same number cannot both
/// commit, since the trigger takes the write lock ladder's writers take and then reads what the
/// first committed.
@Suite(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
struct GrantNumberRulePostgresTests {
    static func certify(_ firm: Int, _ number: String) -> String {
        """
        INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, batch_id)
            VALUES (\(firm), 'certify', '2023-11-22', 'hnte', '\(number)', 2023, '2024-01-10T00:00:00.000000Z', '张三', 1)
        """
    }

    static let secondFirm = """
        INSERT INTO enterprise (credit_code, name, division, created_at, created_by, batch_id)
            VALUES ('91360423809480539M', '武宁铜达铜材有限公司', '360423', '2024-01-10T00:00:00.000000Z', '张三', 1);
        """

    static func registry() throws -> (ScratchDatabase, PostgresSession) {
        let scratch = try ScratchDatabase()
        let session = try scratch.connect()
        try PostgresRegistry(session: session).initialise()
        try session.run(script: AppendOnlyTriggerTests.rows + secondFirm)
        return (scratch, session)
    }

    @Test func theTriggerTakesTheWriteLockOfLadderWriters() {
        #expect(PostgresSchemaV6.sql.contains("pg_advisory_xact_lock(\(PostgresRegistry.writeLockKey));"))
    }

    @Test func aNumberWhoseGrantIsVoidedIsFreeAgain() throws {
        let (scratch, session) = try Self.registry()
        defer { session.close(); _ = scratch }
        try session.execute("""
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, batch_id)
                VALUES (1, 'void', '2024-01-10', 1, '录入错误', '2024-01-10T00:00:00.000000Z', '张三', 1)
            """)
        try session.execute(Self.certify(2, "GR202336000123"))
        #expect(try session.text("SELECT string_agg(enterprise_id::text, ',' ORDER BY id) FROM event WHERE number IS NOT NULL")
            == "1,2")
    }

    @Test func twoTransactionsCannotBothHoldANumber() throws {
        let (scratch, first) = try Self.registry()
        let second = try scratch.connect()
        defer { first.close(); second.close() }
        try first.execute("BEGIN")
        try first.execute(Self.certify(2, "GR202336000777"))
        // The second waits for the lock the first holds until it commits, then reads its grant.
        let outcome = Outcome()
        let thread = Thread { outcome.set(Result { try second.execute(Self.certify(1, "GR202336000777")) }) }
        thread.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(outcome.get() == nil)
        try first.execute("COMMIT")
        let deadline = Date().addingTimeInterval(30)
        while outcome.get() == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard case let .failure(error) = outcome.get(), case let .serverRefused(_, detail) = error as? PostgresError else {
            Issue.record("the second insert should have been refused: \(String(describing: outcome.get()))")
            return
        }
        #expect(detail.contains("this certificate or 科小 number (certify GR202336000777) is already in force for another grant"))
        #expect(try first.text("SELECT string_agg(enterprise_id::text, ',') FROM event WHERE number = 'GR202336000777'") == "2")
    }

    /// The second transaction's result, set on its own thread.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Void, any Error>?

        func set(_ value: Result<Void, any Error>) { lock.withLock { result = value } }
        func get() -> Result<Void, any Error>? { lock.withLock { result } }
    }
}
