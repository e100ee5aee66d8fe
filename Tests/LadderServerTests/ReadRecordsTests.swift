import Foundation
import HummingbirdTesting
import LadderKit
import Testing

/// `imports` and `log` below the province: the batches imported by the region's accounts (a city's
/// include its counties'), and the records about the region's firms or made by those accounts.
@Suite struct ReadRecordsTests {
    /// Batch 1 imported through the server by 赣州's editor, batch 2 by 章贡区's.
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        for (seed, account) in [(1, "ganzhou-editor"), (2, "zhanggong-editor")] {
            let roster = fixture.folder.appendingPathComponent("roster-\(seed).csv").path
            let sample = try LadderCLI.run(["sample", "--rows", "3", "--seed", String(seed), "--out", roster], db: fixture.path)
            #expect(sample.status == 0, "\(sample.stderr)")
            let id = try #require(try fixture.registry.credentials(of: account)?.account.id)
            let context = WriteContext(operatorName: account, at: fixture.clock.now, command: "POST /api/v1/imports",
                                       clientAddress: "10.0.0.\(seed)", operatorID: id)
            _ = try Importer(registry: fixture.registry, options: ImportOptions(), context: context,
                             clock: { [clock = fixture.clock] in clock.now }).run(path: roster)
        }
        return fixture
    }

    static func rows(_ response: TestResponse) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(response.text.utf8))) as? [[String: Any]] ?? []
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var account: String
        var batches: [Int]
        var testDescription: String { "\(account) sees batches \(batches)" }
    }

    static let cases: [Case] = [
        Case(account: "sheng-viewer", batches: [1, 2]),
        Case(account: "ganzhou-viewer", batches: [1, 2]),
        Case(account: "zhanggong-admin", batches: [2]),
        Case(account: "xinqu-editor", batches: []),
    ]

    @Test(arguments: cases)
    func eachBureauSeesTheBatchesOfItsAccounts(_ scope: Case) async throws {
        let fixture = try ReadRecordsTests.fixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session(scope.account)
            let batches = ReadRecordsTests.rows(try await client.get("/api/v1/imports", headers))
            #expect(batches.compactMap { $0["batch"] as? Int } == scope.batches)
        }
    }

    /// 章贡区's log: its one fixture firm (registered and certified: two records) and what its
    /// editor imported; nothing about 南康区's firm, nothing 赣州's editor imported.
    @Test func aCountysLogIsItsFirmsAndItsAccountsRecords() async throws {
        let fixture = try ReadRecordsTests.fixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-viewer")
            let entries = ReadRecordsTests.rows(try await client.get("/api/v1/log?as_of=2024-06-30", headers))
            let own = entries.filter { $0["credit_code"] as? String == ServerFixture.Firm.zhanggong.rawValue }
            #expect(own.map { $0["record"] as? String } == ["enterprise", "event"])
            let imported = entries.filter { $0["operator"] as? String == "zhanggong-editor" }
            #expect(imported.first?["record"] as? String == "import")
            #expect(imported.first?["source"] as? String == "batch 2")
            #expect(own.count + imported.count == entries.count)
            let (province, _) = try await client.session("sheng-viewer")
            let all = ReadRecordsTests.rows(try await client.get("/api/v1/log?operator=ganzhou-editor", province))
            #expect(all.first?["source"] as? String == "batch 1")
            #expect(entries.allSatisfy { $0["operator"] as? String != "ganzhou-editor" })
        }
    }

    /// A `ladder` command's `--operator` writes any name: a batch imported on the machine as
    /// "zhanggong-editor" is not 章贡区's (its list and log keep to what the account itself made);
    /// the province sees it under the name given.
    @Test func aNameGivenToALadderCommandIsNotTheAccount() async throws {
        let fixture = try ReadRecordsTests.fixture()
        let roster = fixture.folder.appendingPathComponent("roster-3.csv").path
        let sample = try LadderCLI.run(["sample", "--rows", "3", "--seed", "3", "--out", roster], db: fixture.path)
        let imported = try LadderCLI.run(["import", roster, "--silent", "--operator", "zhanggong-editor"], db: fixture.path)
        #expect(sample.status == 0 && imported.status == 0, "\(sample.stderr) \(imported.stderr)")
        try await fixture.test { client async throws in
            let (county, _) = try await client.session("zhanggong-admin")
            let batches = ReadRecordsTests.rows(try await client.get("/api/v1/imports", county))
            #expect(batches.compactMap { $0["batch"] as? Int } == [2])
            let log = ReadRecordsTests.rows(try await client.get("/api/v1/log?as_of=2024-06-30", county))
            #expect(log.filter { $0["record"] as? String == "import" }.compactMap { $0["source"] as? String } == ["batch 2"])
            let (province, _) = try await client.session("sheng-viewer")
            let all = ReadRecordsTests.rows(try await client.get("/api/v1/imports", province))
            #expect(all.compactMap { $0["batch"] as? Int } == [1, 2, 3])
            #expect(all.last?["operator"] as? String == "zhanggong-editor")
        }
    }

    /// A firm that moves out of 赣州 leaves 赣州's log from the day it moves (as `as_of` decides).
    @Test func theLogPlacesFirmsOnTheAsOfDay() async throws {
        let fixture = try ServerFixture()
        let moved = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-08-01T00:00:00Z", defaultOffsetSeconds: 0)!,
                                 command: "test")
        _ = try fixture.registry.relocate(try CreditCode(ServerFixture.Firm.zhanggong.rawValue),
                                          to: ServerFixture.Firm.donghu.location, effective: Day(iso: "2024-07-01")!, context: moved)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("ganzhou-viewer")
            let before = ReadRecordsTests.rows(try await client.get("/api/v1/log?as_of=2024-06-30", headers))
            let after = ReadRecordsTests.rows(try await client.get("/api/v1/log?as_of=2024-07-01", headers))
            let code = ServerFixture.Firm.zhanggong.rawValue
            #expect(before.filter { $0["credit_code"] as? String == code }.count == 3)
            #expect(after.filter { $0["credit_code"] as? String == code }.isEmpty)
            #expect(before.count == 7 && after.count == 4)
        }
    }
}
