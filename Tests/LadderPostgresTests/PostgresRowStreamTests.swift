import LadderKit
@testable import LadderPostgres
import Testing

/// `forEachRow` hands rows on as the server sends them: every row, in order; the handler's own
/// error comes out as it is and leaves the session usable; the server's refusal is still said.
@Suite(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
struct PostgresRowStreamTests {
    struct Stop: Error, Equatable {}

    @Test func everyRowArrivesInOrder() throws {
        let session = try TestPostgres.server()
        defer { session.close() }
        var count = 0, sum: Int64 = 0, inOrder = true
        try session.forEachRow("SELECT g, g::text FROM generate_series(1, 50000) AS g", []) { row in
            let value = try StoredValue(row.first!)
            guard case .integer(let n) = value else { inOrder = false; return }
            inOrder = inOrder && n == Int64(count + 1)
            count += 1
            sum += n
        }
        #expect(count == 50000)
        #expect(sum == 1_250_025_000)
        #expect(inOrder)
    }

    @Test func theHandlersErrorComesOutAsItIsAndTheSessionGoesOn() throws {
        let session = try TestPostgres.server()
        defer { session.close() }
        var handed = 0
        #expect(throws: Stop()) {
            try session.forEachRow("SELECT g FROM generate_series(1, 100000) AS g", []) { _ in
                handed += 1
                if handed == 10 { throw Stop() }
            }
        }
        #expect(handed == 10)
        #expect(try session.text("SELECT 'still here'") == "still here")
    }

    @Test func theServersRefusalIsSaid() throws {
        let session = try TestPostgres.server()
        defer { session.close() }
        do {
            try session.forEachRow("SELECT 1 / (g - 3) FROM generate_series(1, 5) AS g", []) { _ in }
            Issue.record("divided by zero")
        } catch let error as PostgresError {
            guard case .serverRefused(_, let detail) = error else { Issue.record("\(error)"); return }
            #expect(detail == "division by zero")
        }
        #expect(try session.text("SELECT 'still here'") == "still here")
    }
}
