import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdTesting
import LadderKit
import LadderServer
import Logging
import Testing

/// 50 clients read over real sockets while an import of 100,000 rows runs through the API: every
/// read answers 200 (the import runs on a thread of its own and SQLite's WAL lets readers see the
/// registry as it was), and the import lands whole.
@Suite(.serialized) struct ImportConcurrencyTests {
    static let rows = 100_000
    static let clients = 50

    /// Reads made and failures seen, shared by the reading clients.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var importDone = false
        private(set) var readsDuringImport: [Int] = Array(repeating: 0, count: ImportConcurrencyTests.clients)
        private(set) var failures: [String] = []

        var done: Bool { lock.withLock { importDone } }
        func finish() { lock.withLock { importDone = true } }
        func read(by client: Int, failure: String?) {
            lock.withLock {
                if let failure { failures.append(failure) }
                if !importDone { readsDuringImport[client] += 1 }
            }
        }
    }

    @Test func fiftyReadersAnswerWhileAHundredThousandRowsImport() async throws {
        let fixture = try ServerFixture()
        let editor = Credentials.newToken(), viewer = Credentials.newToken()
        let context = WriteContext(operatorName: "admin", at: fixture.clock.now)
        try fixture.registry.addToken(name: "ganzhou-editor", digest: editor.digest, context: context)
        try fixture.registry.addToken(name: "sheng-viewer", digest: viewer.digest, context: context)
        let roster = Data(ImportRoster.zhanggong(ImportConcurrencyTests.rows, first: 1000).utf8)
        var logger = Logger(label: "ladder.test")
        logger.logLevel = .critical
        let app = Application(router: LadderServer.router(registry: fixture.registry, settings: fixture.settings, logger: logger),
                              configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(try #require(client.port))"
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpMaximumConnectionsPerHost = ImportConcurrencyTests.clients + 1
            configuration.timeoutIntervalForRequest = 900
            let session = URLSession(configuration: configuration)
            let tally = Tally()
            let reads = [base + "/api/v1/stats?tier=hnte&by=city",
                         base + "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)?as_of=2024-06-30"]
            async let imported = ImportConcurrencyTests.upload(roster, to: base, token: editor.token, session: session,
                                                               then: tally.finish)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<ImportConcurrencyTests.clients {
                    group.addTask {
                        var turn = index
                        // Each client reads until the import has answered, and at least once.
                        repeat {
                            var request = URLRequest(url: URL(string: reads[turn % reads.count])!)
                            request.setValue("Bearer \(viewer.token)", forHTTPHeaderField: "Authorization")
                            do {
                                let (_, response) = try await session.data(for: request)
                                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                                tally.read(by: index, failure: status == 200 ? nil : "client \(index): status \(status)")
                            } catch {
                                tally.read(by: index, failure: "client \(index): \(error)")
                            }
                            turn += 1
                        } while !tally.done
                    }
                }
            }
            let (body, response) = try await imported
            #expect((response as? HTTPURLResponse)?.statusCode == 201)
            let summary = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            #expect(summary["rows"] as? Int == ImportConcurrencyTests.rows)
            #expect(summary["new_enterprises"] as? Int == ImportConcurrencyTests.rows)
            #expect(summary["new_events"] as? Int == ImportConcurrencyTests.rows)
            #expect(summary["rejected"] as? Int == 0)
            #expect(tally.failures.isEmpty, "\(tally.failures.prefix(5))")
            // Every client was answered at least once while the import ran.
            #expect(tally.readsDuringImport.allSatisfy { $0 >= 1 }, "\(tally.readsDuringImport)")
        }
        // Whole: the batch and every one of its firms, with 赣州's three firms from before.
        let batches = try fixture.registry.importBatches()
        #expect(batches.map(\.newEnterprises) == [ImportConcurrencyTests.rows])
        let city = try fixture.registry.stats(tier: .hnte, by: .tier, region: try Region(parsing: "360700"),
                                              asOf: Day(iso: "2024-06-30")!, knownAt: nil)
        #expect(city.tabular.render(.json).contains("\"count\": 100003"))
    }

    /// Posts the roster as 章贡.csv with a bearer token; `then` runs once the answer (or a failure) is in.
    static func upload(_ roster: Data, to base: String, token: String, session: URLSession,
                       then finished: @Sendable () -> Void) async throws -> (Data, URLResponse) {
        defer { finished() }
        var request = URLRequest(url: URL(string: base + "/api/v1/imports")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("%E7%AB%A0%E8%B4%A1.csv", forHTTPHeaderField: "X-Filename")  // 章贡.csv
        return try await session.upload(for: request, from: roster)
    }
}
