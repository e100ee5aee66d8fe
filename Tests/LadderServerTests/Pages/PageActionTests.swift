import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// The actions on a firm's page: each form posted records its event under the account's name and
/// comes back to the firm page saying so; the rules' refusal shows the facts to enter, in Chinese,
/// with the values typed kept; an override with its reason records; a viewer, an account of another
/// region and a form without its CSRF token are refused; a bad day is named.
@Suite struct PageActionTests {
    static let code = ServerFixture.Firm.zhanggong.rawValue
    static let firmPath = "/firms/\(code)"

    struct Case: CustomTestStringConvertible, Sendable {
        var action: String
        var fields: [(String, String)]
        var kind: EventKind
        var done: String
        var testDescription: String { action }
    }

    static let recorded: [Case] = [
        Case(action: "admit", fields: [("number", "2024360702A0000001"), ("effective", "2024-12-01"), ("override", "按入库公告补录")],
             kind: .admit, done: "已记录入库。"),
        Case(action: "select", fields: [("tier", "growth"), ("category", "gazelle"), ("year", "2024"), ("effective", "2024-12-01"),
                                        ("override", "按名单公布补录")], kind: .select, done: "已记录入选。"),
        Case(action: "revoke", fields: [("tier", "hnte"), ("number", ""), ("ground", "accident"), ("reason", "重大安全事故"),
                                        ("effective", "2024-12-01"), ("document", "赣科发〔2024〕9号")],
             kind: .revoke, done: "已记录取消资格。"),
        Case(action: "rename", fields: [("name", "江西章贡新材料有限公司"), ("effective", "2024-12-01"), ("note", "工商变更")],
             kind: .rename, done: "已记录更名。"),
        Case(action: "relocate", fields: [("region", "360703"), ("zone", ""), ("effective", "2024-12-01")],
             kind: .relocate, done: "已记录迁移。"),
    ]

    @Test(arguments: recorded)
    func eachActionIsRecordedUnderTheAccountsName(_ c: Case) async throws {
        let fixture = try ServerFixture()
        let events = try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor")
            let posted = try await client.postForm("\(PageActionTests.firmPath)/\(c.action)", [("csrf_token", token)] + c.fields,
                                                   headers: session)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "\(PageActionTests.firmPath)?done=\(c.action)#done")
            // A browser keeps the fragment (#done) to itself.
            let page = try await client.get("\(PageActionTests.firmPath)?done=\(c.action)", session)
            #expect(page.text.contains("<p class=\"notice info\" id=\"done\" role=\"status\">\(c.done)</p>"))
            return try fixture.registry.profile(of: PageActionTests.code, asOf: Day(iso: "2025-01-01")!).timeline
        }
        let event = try #require(events.last?.event)
        #expect(event.kind == c.kind)
        #expect(event.effective == Day(iso: "2024-12-01")!)
        #expect(event.provenance.operatorName == "ganzhou-editor")
        #expect(event.provenance.command == "POST /firms/\(PageActionTests.code)/\(c.action)")
    }

    @Test func aVoidIsRecordedForTheEventChosen() async throws {
        let fixture = try ServerFixture()
        let certified = try #require(try fixture.registry.profile(of: PageActionTests.code, asOf: Day(iso: "2025-01-01")!)
            .timeline.first { $0.event.kind == .certify }?.event.id)
        let voidedBy = try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("zhanggong-editor")
            let posted = try await client.postForm("\(PageActionTests.firmPath)/void",
                                                   [("csrf_token", token), ("event", String(certified)), ("reason", "录入错误")],
                                                   headers: session)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "\(PageActionTests.firmPath)?done=void#done")
            let page = try await client.get("\(PageActionTests.firmPath)?done=void", session)
            #expect(page.text.contains("已作废所选事件。"))
            return try fixture.registry.profile(of: PageActionTests.code, asOf: Day(iso: "2025-01-01")!).timeline
                .first { $0.event.id == certified }?.voidedBy
        }
        let void = try fixture.registry.event(id: try #require(voidedBy)).event
        #expect(void.kind == .void)
        #expect(void.provenance.operatorName == "zhanggong-editor")
    }

    @Test func anEventOfAnotherFirmIsNotVoidedFromThisPage() async throws {
        let fixture = try ServerFixture()
        let other = try #require(try fixture.registry.profile(of: ServerFixture.Firm.nankang.rawValue, asOf: Day(iso: "2025-01-01")!)
            .timeline.first?.event.id)
        try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor")
            let posted = try await client.postForm("\(PageActionTests.firmPath)/void",
                                                   [("csrf_token", token), ("event", String(other)), ("reason", "录入错误")],
                                                   headers: session)
            #expect(posted.status == .badRequest)
            #expect(posted.text.contains("事件 #\(other) 不是本企业的事件；请从本页的事件中选择。"))
        }
        #expect(try fixture.registry.profile(of: ServerFixture.Firm.nankang.rawValue, asOf: Day(iso: "2025-01-01")!)
            .timeline.allSatisfy { $0.voidedBy == nil })
    }

    @Test func factsEnteredThroughTheFormAreStoredAsTheAPIStoresThem() async throws {
        let fixture = try ServerFixture()
        let facts = try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor")
            let posted = try await client.postForm("\(PageActionTests.firmPath)/facts", [
                ("csrf_token", token), ("year", "2023"), ("unit", "wan"), ("employees", "120"), ("revenue", "8,000"),
                ("rd_expense", "500"), ("owns_core_ip", "是"), ("listed", ""),
            ], headers: session)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "\(PageActionTests.firmPath)?done=facts#done")
            return try fixture.registry.facts(of: PageActionTests.code).byYear[2023]
        }
        let year = try #require(facts)
        #expect(year.employees == 120)
        #expect(year.revenue == 80_000_000)
        #expect(year.rdExpense == 5_000_000)
        #expect(year.ownsCoreIP == true)
        #expect(year.listed == nil)
    }

    @Test func aCertificationLackingFactsShowsTheMissingFactsInChinese() async throws {
        let fixture = try ServerFixture()
        let firm = ServerFixture.Firm.nankang.rawValue
        try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor", firm: firm)
            let page = try await client.postForm("/firms/\(firm)/certify",
                                                 [("csrf_token", token), ("number", "GR202436000777"), ("issued", "2024-12-20")],
                                                 headers: session)
            #expect(page.status == .unprocessableContent)
            let html = page.text
            #expect(html.contains("<strong>未作记录：</strong>\(firm) 不符合高新技术企业条件（数据不足）。</p>"))
            #expect(html.contains("<p>请先录入以下年度数据：</p>"))
            // The facts of the three fiscal years before the issue day that the R&D ratio spans, and the profile's.
            for fact in ["成立日期（--founded）", "技术领域（--field）", "研发费用（--rd-expense，2021年度）", "研发费用（--rd-expense，2023年度）",
                         "营业收入（--revenue，2023年度）", "职工总数（--employees，2023年度）",
                         "创新能力评价（--innovation-score，2023年度）"] {
                #expect(html.contains("<li>\(fact)</li>"), "\(fact)")
            }
            #expect(html.contains("<details class=\"action\" id=\"action-certify\" open>"))
            #expect(html.contains("name=\"number\" value=\"GR202436000777\""))
            #expect(html.contains("name=\"issued\" value=\"2024-12-20\""))
            #expect(html.contains("<legend>例外办理</legend>"))
            #expect(html.contains("<label for=\"certify-override\">特批理由</label>"))
            // The section's words, without the tags and the data shown (the account's name, the fixture's override note).
            let section = try #require(html.range(of: "<section id=\"actions\">").map { String(html[$0.lowerBound...]) })
                .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: "ganzhou-editor", with: "").replacingOccurrences(of: "recorded as published", with: "")
            #expect(EnglishWords.find(in: section) == [])
        }
        #expect(try fixture.registry.profile(of: firm, asOf: Day(iso: "2025-01-01")!).timeline.count == 1)
    }

    @Test func anOverrideWithItsReasonRecordsTheCertificate() async throws {
        let fixture = try ServerFixture()
        let firm = ServerFixture.Firm.nankang.rawValue
        let event = try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor", firm: firm)
            let posted = try await client.postForm("/firms/\(firm)/certify", [
                ("csrf_token", token), ("number", "GR202436000777"), ("issued", "2024-12-20"), ("override", "按认定公告补录"),
            ], headers: session)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "/firms/\(firm)?done=certify#done")
            return try fixture.registry.profile(of: firm, asOf: Day(iso: "2025-01-01")!).timeline.last?.event
        }
        let recorded = try #require(event)
        #expect(recorded.kind == .certify)
        #expect(recorded.provenance.override == "按认定公告补录")
        #expect(recorded.provenance.operatorName == "ganzhou-editor")
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        var name: String
        var account: String
        var firm: ServerFixture.Firm
        var message: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(name: "a viewer of the firm's city", account: "ganzhou-viewer", firm: .zhanggong,
                message: "账号“ganzhou-viewer”为查阅员，只能查询；请由赣州市的录入员录入。"),
        Refused(name: "an editor of the sibling county", account: "zhanggong-editor", firm: .nankang,
                message: "9136060006346630XD 企业nankang 在 2024年12月1日 位于南康区，不在账号“zhanggong-editor”的管辖地区章贡区内；"
                    + "请联系管辖该地区的科技局。"),
    ]

    @Test(arguments: refused)
    func aForgedPostIsRefusedSayingWhy(_ c: Refused) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let token = try #require(try await client.get("/", session).text.formToken)
            let posted = try await client.postForm("/firms/\(c.firm.rawValue)/rename",
                                                   [("csrf_token", token), ("name", "冒名"), ("effective", "2024-12-01")],
                                                   headers: session)
            #expect(posted.status == .forbidden)
            #expect(posted.text.contains(c.message), "\(posted.text)")
        }
        #expect(try fixture.registry.profile(of: c.firm.rawValue, asOf: Day(iso: "2025-01-01")!).timeline.count == 1)
    }

    @Test func aViewerSeesNoForms() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get(PageActionTests.firmPath, session)
            #expect(page.status == .ok)
            #expect(!page.text.contains("id=\"actions\""))
            let editor = try await client.pageSession("ganzhou-editor")
            #expect(try await client.get(PageActionTests.firmPath, editor).text.contains("<section id=\"actions\">"))
        }
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let posted = try await client.postForm("\(PageActionTests.firmPath)/rename",
                                                   [("name", "新名"), ("effective", "2024-12-01")], headers: session)
            #expect(posted.status == .forbidden)
            #expect(posted.text.contains("页面已过期，请重新填写并提交。"))
        }
        #expect(try fixture.registry.profile(of: PageActionTests.code, asOf: Day(iso: "2025-01-01")!).timeline.count == 1)
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var name: String
        var fields: [(String, String)]
        var message: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(name: "a day that is not one", fields: [("name", "<script>alert(1)</script>"), ("effective", "2024-02-30")],
            message: "生效日期 “2024-02-30”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。"),
        Bad(name: "no day", fields: [("name", "<script>alert(1)</script>"), ("effective", "")],
            message: "请填写“生效日期”，格式 YYYY-MM-DD，例如 2024-11-22。"),
    ]

    @Test(arguments: bad)
    func badInputNamesTheFieldAndKeepsWhatWasTyped(_ c: Bad) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor")
            let page = try await client.postForm("\(PageActionTests.firmPath)/rename", [("csrf_token", token)] + c.fields,
                                                 headers: session)
            #expect(page.status == .badRequest)
            #expect(page.text.contains("<strong>请修改后再提交：</strong>\(c.message)</div>"))
            #expect(page.text.contains("name=\"name\" value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
            #expect(!page.text.contains("<script>"))
        }
    }

    @Test func aMissingNameIsNamedByItsLabel() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (session, token) = try await client.firmPage("ganzhou-editor")
            let page = try await client.postForm("\(PageActionTests.firmPath)/rename",
                                                 [("csrf_token", token), ("name", " "), ("effective", "2024-12-01")], headers: session)
            #expect(page.status == .badRequest)
            #expect(page.text.contains("请填写“新名称”，例如 江西某某科技有限公司。"))
        }
    }

    @Test func theDaysDefaultToTodayOnTheServersClock() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (session, _) = try await client.firmPage("ganzhou-editor")
            let html = try await client.get(PageActionTests.firmPath, session).text
            #expect(html.contains("以下操作以账号“ganzhou-editor”的名义记录；日期默认为今天（2025-01-01），可以修改。"))
            #expect(html.contains("<input type=\"text\" id=\"rename-effective\" name=\"effective\" value=\"2025-01-01\" required>"))
            #expect(html.contains("<input type=\"text\" id=\"facts-year\" name=\"year\" value=\"2024\" required inputmode=\"decimal\">"))
        }
    }
}

extension TestClientProtocol {
    /// Signs in through the pages and opens a firm's page: the session and the page's CSRF token.
    func firmPage(_ account: String, firm: String = PageActionTests.code) async throws -> (HTTPFields, String) {
        let session = try await pageSession(account)
        let page = try await get("/firms/\(firm)", session)
        return (session, try #require(page.text.formToken))
    }
}
