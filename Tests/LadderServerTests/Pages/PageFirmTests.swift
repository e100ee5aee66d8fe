import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// 查找 and 企业 through the pages: search by part of a name and by a full-width code within the
/// account's region, the firm page's sections, a firm of another city refused with 403 saying
/// why, and a hostile name shown as text.
@Suite struct PageFirmTests {
    static let day = "as_of=2024-06-30&known_at=2025-01-01"

    @Test(arguments: ServerEngine.kinds)
    func searchByPartOfANameListsOnlyTheRegionsFirms(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/firms?q=%E4%BC%81%E4%B8%9A&\(PageFirmTests.day)", session)  // 企业
            #expect(page.status == .ok)
            #expect(page.text.contains("找到 3 家企业"))
            #expect(page.text.contains("另有 2 家相符的企业在您的地区之外，未列出。"))
            for firm in [ServerFixture.Firm.zhanggong, .nankang, .ganzhou] { #expect(page.text.contains(firm.rawValue)) }
            #expect(!page.text.contains(ServerFixture.Firm.donghu.rawValue))
            #expect(page.text.contains("href=\"/firms/91360722MA35G1YK7R?as_of=2024-06-30&amp;known_at=2025-01-01\""))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func searchByAFullWidthCodeFindsTheFirm(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let fullWidth = "９１３６０７２２ＭＡ３５Ｇ１ＹＫ７Ｒ"
            let q = fullWidth.addingPercentEncoding(withAllowedCharacters: .alphanumerics.subtracting(.nonBaseCharacters)) ?? ""
            let page = try await client.get("/firms?q=\(q)&\(PageFirmTests.day)", session)
            #expect(page.status == .ok)
            #expect(page.text.contains("找到 1 家企业"))
            #expect(page.text.contains(">91360722MA35G1YK7R<"))
            #expect(page.text.contains("企业zhanggong"))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theFirmPageShowsItsSections(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/firms/91360722MA35G1YK7R?\(PageFirmTests.day)", session)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1 id=\"firm-name\">企业zhanggong</h1>"))
            #expect(html.contains("章贡区（360702）"))
            #expect(html.contains("GR202336000101"))  // the certificate, valid
            #expect(html.contains("<td class=\"s-valid\">有效</td>"))
            #expect(html.contains("id=\"check-hnte\""))
            #expect(html.contains("暂无年度数据。"))
            #expect(html.contains("<td>tester</td>"))  // who recorded the events
            #expect(page.headers[HTTPField.Name("Content-Security-Policy")!]
                == "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
                + "script-src 'self'; connect-src 'self'")
            #expect(!html.contains("<script>"))  // only the search's file, /static/find.js
            #expect(!html.contains("style=\""))
            #expect(html.utf8.count < 200_000)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theFactsByYearAreNamedAndGrouped(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let written = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-03-01T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        _ = try fixture.registry.setFacts(try CreditCode(ServerFixture.Firm.zhanggong.rawValue), year: 2023,
                                          facts: AnnualFacts(employees: 120, revenue: 80_000_000, ownsCoreIP: true),
                                          context: written)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let html = try await client.get("/firms/91360722MA35G1YK7R?\(PageFirmTests.day)", session).text
            #expect(html.contains("<th class=\"n\">2023</th>"))
            #expect(html.contains("<tr><td>职工总数</td><td class=\"n\">120</td></tr>"))
            #expect(html.contains("<tr><td>营业收入</td><td class=\"n\">80,000,000</td></tr>"))
            #expect(html.contains("<tr><td>拥有核心自主知识产权</td><td class=\"n\">是</td></tr>"))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aFirmOfAnotherCityIsRefusedSayingWhy(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/firms/91440300708461136T?\(PageFirmTests.day)", session)
            #expect(page.status == .forbidden)
            #expect(page.text.contains("91440300708461136T 企业donghu 在 2024年6月30日 位于东湖区，不在账号“ganzhou-viewer”的管辖地区赣州市内"))
            let search = try await client.get("/firms?q=91440300708461136T&\(PageFirmTests.day)", session)
            #expect(search.status == .forbidden)
            let province = try await client.pageSession("sheng-viewer")
            #expect(try await client.get("/firms/91440300708461136T?\(PageFirmTests.day)", province).status == .ok)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aHostileNameShowsAsText(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let hostile = "<script>alert(1)</script>"
        let written = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-01-02T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        _ = try fixture.registry.rename(try CreditCode(ServerFixture.Firm.nankang.rawValue), to: hostile,
                                        effective: Day(iso: "2024-01-01")!, context: written)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let firm = try await client.get("/firms/\(ServerFixture.Firm.nankang.rawValue)?\(PageFirmTests.day)", session)
            #expect(firm.status == .ok)
            #expect(firm.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!firm.text.contains(hostile))
            let search = try await client.get("/firms?q=alert&\(PageFirmTests.day)", session)
            #expect(search.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!search.text.contains(hostile))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theLanguageSwitchIsKept(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            var session = try await client.pageSession("ganzhou-viewer")
            let english = try await client.get("/firms/91360722MA35G1YK7R?\(PageFirmTests.day)&lang=en", session)
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains(">Sign out<"))
            let chosen = try #require(english.cookie(named: "ladder_lang"))
            #expect(chosen == "ladder_lang=en")
            session[.cookie] = (session[.cookie] ?? "") + "; " + chosen
            let later = try await client.get("/?as_of=2024-06-30", session)
            #expect(later.text.contains(">Sign out<"))
            let browser = try await client.get("/login", [.acceptLanguage: "en-US,en;q=0.9,zh-CN;q=0.8"])
            #expect(browser.text.contains("<html lang=\"en\">"))
            let chinese = try await client.get("/login", [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8"])
            #expect(chinese.text.contains("<html lang=\"zh-CN\">"))
        }
    }
}
