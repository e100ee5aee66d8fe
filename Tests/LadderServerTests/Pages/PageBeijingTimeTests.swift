import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// Every time a page shows a clerk is Beijing time (UTC+8), minutes, its column saying so; worked
/// out by hand from the UTC instant recorded. The API's JSON keeps the UTC instant.
@Suite struct PageBeijingTimeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let clock: String, shown: String, stored: String
        var testDescription: String { clock }
    }

    /// An import at `clock` (UTC) through the API: its time on /imports, on the dashboard and in
    /// the log. 16:30 UTC on New Year's Eve is already half past midnight of the new year in Beijing.
    @Test(arguments: [
        Case(clock: "2026-12-31T16:30:00Z", shown: "2027-01-01 00:30", stored: "2026-12-31T16:30:00.000000Z"),
        Case(clock: "2025-03-01T01:02:59Z", shown: "2025-03-01 09:02", stored: "2025-03-01T01:02:59.000000Z"),
    ])
    func anImportsTimeIsBeijingTimeOnEveryPage(_ c: Case) async throws {
        let fixture = try ServerFixture()
        fixture.clock.set(c.clock)
        try await fixture.test { client async throws in
            let imported = try await client.upload(ImportRoster.zhanggong(2), as: "ganzhou-editor")
            #expect(imported.status == .created)
            let session = try await client.pageSession("ganzhou-admin")
            let list = try await client.get("/imports", session)
            #expect(list.text.contains("<th class=\"n\">导入时间（北京时间）</th>"))
            #expect(list.text.tableRows("import-batches").first?[4] == c.shown)
            let home = try await client.get("/", session)
            #expect(home.text.tableRows("imports").first?[1] == c.shown)
            let log = try await client.get("/log", session)
            #expect(log.text.contains("<th class=\"n\">记录时间（北京时间）</th>"))
            // Newest first; at one moment the batch's events and firms come before the batch itself.
            #expect(log.text.tableRows("log").first { $0[2] == "导入" }?.prefix(2) == [c.shown, "ganzhou-editor"])
            #expect(log.text.tableRows("log").first?.prefix(3) == [c.shown, "ganzhou-editor", "事件"])
            // The API keeps the instant in UTC.
            let (api, _) = try await client.session("ganzhou-admin")
            let batches = try #require(try JSONSerialization.jsonObject(with: Data(try await client.get("/api/v1/imports", api).text.utf8))
                as? [[String: Any]])
            #expect(batches.first?["started_at"] as? String == c.stored)
        }
    }

    /// The fixture recorded its firms at 2024-01-02T00:00:00Z and its accounts then too: 08:00 in
    /// Beijing, on the firm's events, the log, the accounts and a new target's 设定时间.
    @Test func theFixturesRecordsShowAtEightInTheMorning() async throws {
        let fixture = try ServerFixture()
        fixture.clock.set("2025-06-30T23:59:00Z")
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let firm = try await client.get("/firms/\(ServerFixture.Firm.zhanggong.rawValue)?as_of=2024-06-30", session)
            #expect(firm.text.contains("<th>记录时间（北京时间）</th>"))
            #expect(firm.text.tableRows("events").map { $0[5] } == ["2024-01-02 08:00"])
            let accounts = try await client.get("/accounts", session)
            #expect(accounts.text.contains("<th class=\"n\">开设时间（北京时间）</th>"))
            #expect(accounts.text.tableRows("accounts").first?[4] == "2024-01-02 08:00")
            let csrf = try #require(accounts.text.formToken)
            let set = try await client.postForm("/targets", [("csrf_token", csrf), ("tier", "hnte"), ("count", "9"),
                                                             ("due", "2026-12-31"), ("region", "360700")], headers: session)
            #expect(set.status == .seeOther)
            let targets = try await client.get("/targets?as_of=2025-07-01", session)
            #expect(targets.text.contains("<th class=\"n\">设定时间（北京时间）</th>"))
            #expect(targets.text.tableRows("targets").first?.last == "2025-07-01 07:59")
            let english = try await client.get("/log?lang=en&as_of=2024-06-30", session)
            #expect(english.text.contains("<th class=\"n\">recorded (Beijing time)</th>"))
            #expect(english.text.tableRows("log").first?.first == "2024-01-02 08:00")
        }
    }
}
