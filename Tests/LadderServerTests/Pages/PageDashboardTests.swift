import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// 首页: every figure equals `ladder stats --format json` for the same region and day; a region
/// outside the account's is refused; the page names the region and day it shows.
@Suite struct PageDashboardTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let account: String
        let region: String?
        /// 高新技术企业 valid on 2024-06-30, worked out from the fixture: all five firms were certified on 2023-11-22.
        let hnte: Int
        var testDescription: String { "\(account) \(region ?? "own region")" }
    }

    @Test(arguments: [
        Case(account: "sheng-viewer", region: nil, hnte: 5),
        Case(account: "ganzhou-viewer", region: nil, hnte: 3),
        Case(account: "sheng-viewer", region: "360700", hnte: 3),
        Case(account: "zhanggong-viewer", region: nil, hnte: 1),
        Case(account: "xinqu-viewer", region: nil, hnte: 1),
    ])
    func theFiguresAreTheCLIs(_ c: Case) async throws {
        let fixture = try ServerFixture()
        let regionCode = try #require(c.region ?? ["ganzhou-viewer": "360700", "zhanggong-viewer": "360702",
                                                   "xinqu-viewer": "ganjiang"][c.account] ?? "")
        let regionArgs = regionCode.isEmpty ? [] : ["--region", regionCode]
        let cli = try LadderCLI.run(["stats", "--format", "json"] + regionArgs + CLIJSONTests.times, db: fixture.path)
        let byCity = try LadderCLI.run(["stats", "--by", "city", "--format", "json"] + regionArgs + CLIJSONTests.times,
                                       db: fixture.path)
        #expect(cli.status == 0 && byCity.status == 0, "\(cli.stderr) \(byCity.stderr)")
        let tiers = try PageDashboardTests.counts(cli.stdout), places = try PageDashboardTests.counts(byCity.stdout)
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let page = try await client.get("/?\(PageFirmTests.day)" + (c.region.map { "&region=\($0)" } ?? ""), session)
            #expect(page.status == .ok)
            #expect(page.text.dataCount(id: "count-hnte") == c.hnte)
            #expect(tiers.count == 4)
            for (tier, count) in tiers {
                #expect(page.text.dataCount(id: "count-\(tier)") == count, "\(tier)")
            }
            #expect(!places.isEmpty)
            for (code, count) in places {
                #expect(page.text.contains("<tr data-code=\"\(code)\"><td class=\"code\">\(code)</td>"), "\(code)")
                #expect(page.text.firstMatch("data-code=\"\(code)\">.*?data-count=\"([0-9]+)\"").flatMap(Int.init) == count, "\(code)")
            }
        }
    }

    /// `code` and `count` of each row of the CLI's JSON.
    static func counts(_ json: String) throws -> [(code: String, count: Int)] {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return try rows.map { (try #require($0["code"] as? String), try #require($0["count"] as? Int)) }
    }

    @Test func theDashboardNamesItsDayAndOffersALinkThatReproducesIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?as_of=2024-06-30", session)
            #expect(page.text.contains("赣州市梯次培育概况"))
            #expect(page.text.contains("统计日 2024-06-30 · 数据截至：全部已记录"))
            #expect(page.text.contains("href=\"/?as_of=2024-06-30&amp;known_at=2025-01-01T00%3A00%3A00.000000Z&amp;region=360700\""))
            #expect(page.text.contains("<input type=\"date\" id=\"as_of\" name=\"as_of\" value=\"2024-06-30\">"))
        }
    }

    @Test func theDayPickersEmptyFieldsMeanNotGiven() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let picked = try await client.get("/?as_of=2024-06-30&known_at=&region=", session)
            #expect(picked.status == .seeOther)
            #expect(picked.headers[.location] == "/?as_of=2024-06-30")
            #expect(try await client.get("/?as_of=2024-06-30", session).status == .ok)
        }
    }

    @Test func aRegionOutsideTheAccountsIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?as_of=2024-06-30&region=360100", session)
            #expect(page.status == .forbidden)
            #expect(page.text.contains("地区 360100（南昌市）不在账号“ganzhou-viewer”的管辖地区赣州市内"))
        }
    }

    @Test func aPageWithoutASessionSendsToTheLoginPage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let page = try await client.get("/?as_of=2024-06-30")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=/%3Fas_of%3D2024-06-30")
            let css = try await client.get("/static/ladder.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }
}
