import Foundation
import Testing

/// ConcurrencyTests' question on PostgreSQL: two `ladder serve` processes on one database, four
/// writers on each, all at once. Every writer registers and certifies firms of its own, and all eight
/// race to register and certify the same ten firms: each firm and each certificate is recorded
/// exactly once, nothing is lost, and the registry verifies.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresConcurrencyTests {
    static let writers = 8, ownFirms = 25, sharedFirms = 10

    /// The statuses one writer got, in the order it wrote.
    static func write(_ server: ServeProcess, writer: Int) async throws -> [Int] {
        var statuses: [Int] = []
        func post(_ path: String, _ json: String) async throws {
            let answer = try await server.send("POST", path, json: json)
            statuses.append(answer.status)
            if answer.status >= 300 { Issue.record("writer \(writer) \(path): \(answer.status) \(answer.body)") }
        }
        for n in 0..<ownFirms {
            let serial = writer * 100 + n + 1
            let code = ReliabilityRoster.code(serial)
            try await post("/api/v1/enterprises", #"{"code": "\#(code)", "name": "并发测试\#(serial)有限公司"}"#)
            try await post("/api/v1/enterprises/\(code)/certify",
                           #"{"number": "GR2024360\#(String(format: "%05d", serial))", "issued": "2024-11-20", "override": "并发测试"}"#)
        }
        for s in 0..<sharedFirms {
            let code = ReliabilityRoster.code(9_000 + s)
            try await post("/api/v1/enterprises", #"{"code": "\#(code)", "name": "共同企业\#(s)有限公司"}"#)
            try await post("/api/v1/enterprises/\(code)/certify",
                           #"{"number": "GR2024361000\#(String(format: "%02d", s))", "issued": "2024-11-20", "override": "并发测试"}"#)
        }
        return statuses
    }

    @Test func twoServersTimesFourWritersLoseNothing() async throws {
        let database = try ServedDatabase()
        let servers = [try database.server(), try database.server()]
        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for writer in 0..<Self.writers {
                let server = servers[writer % 2]
                group.addTask { try await Self.write(server, writer: writer) }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        // Own firms: 8 × 25 registered and certified (201); the shared ten: registered and certified
        // once each (201), found already recorded by the seven other writers (200).
        let created = statuses.filter { $0 == 201 }.count, already = statuses.filter { $0 == 200 }.count
        #expect(created == 420)  // 8 × 25 × 2 + 10 × 2
        #expect(already == 140)  // 7 × 10 × 2
        #expect(statuses.count == 560)  // 8 × (25 + 10) × 2

        let verified = try LadderRun.run(["verify"], db: database.db)
        #expect(verified.stdout == "registry verified: 210 enterprises, 210 events, 0 problems\n", "\(verified.stderr)")
        let stats = try LadderRun.run(["stats", "--tier", "hnte", "--as-of", "2025-06-30", "--format", "json"], db: database.db)
        #expect(PostgresServeTests.count(stats.stdout) == 210, "\(stats.stdout)")
    }
}
