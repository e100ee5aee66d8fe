import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// 账户: an admin's accounts (its region and below), adding one that can then sign in, the
/// refusals of the API's rules shown on the form, the account's password set, its token shown
/// once, revoked, and the account disabled; never a password in a page or an address.
@Suite struct PageRecordsAccountsTests {
    static let newPassword = "new-horse-battery-9"

    struct Listing: CustomTestStringConvertible, Sendable {
        let admin: String
        let names: [String]
        var testDescription: String { admin }
    }

    static func everyRole(_ prefix: String) -> [String] { ["admin", "editor", "viewer"].map { "\(prefix)-\($0)" } }

    @Test(arguments: [
        Listing(admin: "sheng-admin", names: ["ganzhou", "sheng", "xinqu", "zhanggong"].flatMap(everyRole)),
        Listing(admin: "ganzhou-admin", names: everyRole("ganzhou") + everyRole("zhanggong")),
        Listing(admin: "zhanggong-admin", names: everyRole("zhanggong")),
    ])
    func anAdminSeesTheAccountsOfItsRegionAndBelow(_ c: Listing) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.admin)
            let page = try await client.get("/accounts", session)
            #expect(page.status == .ok)
            let rows = page.text.tableRows("accounts")
            #expect(rows.map { $0[0] } == c.names)
            #expect(page.text.contains("<li><a href=\"/accounts\" aria-current=\"page\">账户</a></li>"))
            if c.admin == "ganzhou-admin" {
                #expect(rows.first == ["ganzhou-admin", "管理员", "赣州市（360700）", "启用", "2024-01-02 08:00", "管理"])
                #expect(rows.last == ["zhanggong-viewer", "查阅员", "章贡区（360702）", "启用", "2024-01-02 08:00", "管理"])
            }
        }
    }

    @Test(arguments: ["ganzhou-editor", "ganzhou-viewer"])
    func othersAreToldOnlyAdminsManageAccounts(_ account: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(account)
            let role = account.hasSuffix("editor") ? "录入员" : "查阅员"
            for path in ["/accounts", "/accounts/zhanggong-viewer"] {
                let page = try await client.get(path, session)
                #expect(page.status == .forbidden)
                #expect(page.text.contains("账号“\(account)”是\(role)；只有管理员能管理账号，请联系赣州市的管理员。"))
            }
            #expect(!(try await client.get("/", session)).text.contains("href=\"/accounts\""))
        }
    }

    @Test func anAdminAddsAnAccountThatCanThenSignIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let csrf = try #require(try await client.get("/accounts", session).text.formToken)
            let added = try await client.postForm("/accounts", [
                ("csrf_token", csrf), ("username", "ganzhou.li"), ("role", "editor"), ("region", "360702"),
                ("password", PageRecordsAccountsTests.newPassword), ("password_again", PageRecordsAccountsTests.newPassword),
            ], headers: session)
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location == "/accounts?added=ganzhou.li")
            let page = try await client.get(location, session)
            #expect(page.text.contains("已新建账户“ganzhou.li”（录入员，章贡区），本人现在可以用它登录。"))
            #expect(page.text.tableRows("accounts").contains(["ganzhou.li", "录入员", "章贡区（360702）", "启用", "2025-01-01 08:00", "管理"]))
            #expect(!page.text.contains(PageRecordsAccountsTests.newPassword))
            let signIn = try await client.pageLogin("ganzhou.li", password: PageRecordsAccountsTests.newPassword)
            #expect(signIn.status == .seeOther)
            #expect(signIn.headers[.location] == "/")
            #expect(signIn.cookie(named: "ladder_session") != nil)
        }
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let fields: [(String, String)]
        let status: HTTPResponse.Status
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Refusal(fields: [("username", "sheng.new"), ("role", "admin"), ("region", "360000")], status: .forbidden,
                message: "地区代码：账号“sheng.new”属于 360000 江西省，不在管理员“ganzhou-admin”的管辖地区赣州市内；管理员只能管理本地区及下属地区的账号。"),
        Refusal(fields: [("username", "nanchang.wu"), ("role", "viewer"), ("region", "360100")], status: .forbidden,
                message: "地区代码：账号“nanchang.wu”属于 360100 南昌市，不在管理员“ganzhou-admin”的管辖地区赣州市内；管理员只能管理本地区及下属地区的账号。"),
        Refusal(fields: [("username", "zhanggong-viewer"), ("role", "viewer"), ("region", "360702")], status: .conflict,
                message: "用户名：已有名为“zhanggong-viewer”的账号；请换一个名称。"),
        Refusal(fields: [("username", "gan zhou"), ("role", "viewer"), ("region", "360702")], status: .badRequest,
                message: "用户名：“gan zhou”不能用作账号名；请使用1至64个字母、数字、“.”、“_”或“-”（例如 ganzhou.li）"),
        Refusal(fields: [("username", "ganzhou.wang"), ("role", "boss"), ("region", "360702")], status: .badRequest,
                message: "角色：“boss”不是角色；请从列表中选择。"),
        Refusal(fields: [("username", "ganzhou.wang"), ("role", "viewer"), ("region", "999999")], status: .badRequest,
                message: "地区代码：“999999”不是本工具所知的江西地区；请给出设区市（3607、360700、赣州或赣州市）、县区（360702、章贡区或章贡）、ganjiang（赣江新区）或全省（360000、江西省）"),
    ])
    func aRefusedAccountComesBackNamingTheField(_ c: Refusal) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let csrf = try #require(try await client.get("/accounts", session).text.formToken)
            let refused = try await client.postForm("/accounts", [("csrf_token", csrf)] + c.fields + [
                ("password", PageRecordsAccountsTests.newPassword), ("password_again", PageRecordsAccountsTests.newPassword),
            ], headers: session)
            #expect(refused.status == c.status)
            #expect(refused.text.contains("id=\"form-error\" role=\"alert\">\(c.message)"))
            #expect(refused.text.contains("name=\"username\" value=\"\(c.fields[0].1)\""))
            #expect(!refused.text.contains(PageRecordsAccountsTests.newPassword))
            #expect(try fixture.registry.accounts().count == 12)
        }
    }

    struct Typed: CustomTestStringConvertible, Sendable {
        let password: String
        let again: String
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [Typed(password: "short", again: "short", message: "初始密码：密码太短：请至少用 8 个字符。"),
                      Typed(password: "long-enough-1", again: "long-enough-2", message: "初始密码：两次输入的密码不同；请重新输入两次。"),
                      Typed(password: "", again: "", message: "初始密码：请填写密码（至少 8 个字符），两处都要填。")])
    func aPasswordIsTypedTwiceAndLongEnough(_ c: Typed) async throws {
        let (password, again, message) = (c.password, c.again, c.message)
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let csrf = try #require(try await client.get("/accounts", session).text.formToken)
            let refused = try await client.postForm("/accounts", [
                ("csrf_token", csrf), ("username", "ganzhou.li"), ("role", "viewer"), ("region", "360700"),
                ("password", password), ("password_again", again),
            ], headers: session)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(message))
            #expect(password.isEmpty || !refused.text.contains("value=\"\(password)\""))
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            for path in ["/accounts", "/accounts/zhanggong-viewer/disable", "/accounts/zhanggong-viewer/tokens"] {
                let forged = try await client.postForm(path, [("username", "x.y"), ("role", "viewer"), ("password", "long-enough-1"),
                                                              ("password_again", "long-enough-1")], headers: session)
                #expect(forged.status == .forbidden, "\(path)")
                #expect(forged.text.contains("页面已过期，请重新填写并提交。"), "\(path)")
            }
            #expect(try fixture.registry.accounts().count == 12)
            #expect(try fixture.registry.tokens(of: "zhanggong-viewer").isEmpty)
        }
    }

    @Test func aTokenIsShownOnceThenRevoked() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let account = try await client.get("/accounts/zhanggong-viewer", session)
            #expect(account.text.contains("没有令牌。"))
            let csrf = try #require(account.text.formToken)
            let posted = try await client.postForm("/accounts/zhanggong-viewer/tokens", [("csrf_token", csrf)], headers: session)
            #expect(posted.status == .seeOther)
            let shownAt = try #require(posted.headers[.location])
            #expect(shownAt.hasPrefix("/accounts/zhanggong-viewer/tokens/new/"))
            let made = try await client.get(shownAt, session)
            #expect(made.status == .ok)
            #expect(made.text.contains("请现在就复制并妥善保存这个令牌：它只显示这一次"))
            let token = try #require(made.text.firstMatch(#"id="new-token" class="token" value="(ladder_[^"]+)""#))
            #expect(try await client.get("/api/v1/me", [.authorization: "Bearer \(token)"]).status == .ok)
            let listed = try await client.get("/accounts/zhanggong-viewer", session)
            #expect(!listed.text.contains(token))
            #expect(listed.text.tableRows("tokens") == [["1", "2025-01-01 08:00", "有效", "吊销"]])
            let revoked = try await client.postForm("/accounts/zhanggong-viewer/tokens/1/revoke", [("csrf_token", csrf)],
                                                    headers: session)
            #expect(revoked.status == .seeOther)
            #expect(revoked.headers[.location] == "/accounts/zhanggong-viewer?done=revoked&token=1")
            let after = try await client.get("/accounts/zhanggong-viewer?done=revoked&token=1", session)
            #expect(after.text.contains("已吊销令牌 1。"))
            #expect(after.text.tableRows("tokens") == [["1", "2025-01-01 08:00", "已吊销 2025-01-01 08:00", ""]])
            #expect(!after.text.contains(token))
            #expect(try await client.get("/api/v1/me", [.authorization: "Bearer \(token)"]).status == .unauthorized)
            let missing = try await client.postForm("/accounts/zhanggong-viewer/tokens/9/revoke", [("csrf_token", csrf)],
                                                    headers: session)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("账户“zhanggong-viewer”没有编号为 9 的令牌；请回到该账户的页面查看。"))
        }
    }

    @Test func aNewPasswordThenDisablingEndTheOldWays() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let csrf = try #require(try await client.get("/accounts/zhanggong-viewer", session).text.formToken)
            let new = PageRecordsAccountsTests.newPassword
            let set = try await client.postForm("/accounts/zhanggong-viewer/password",
                                                [("csrf_token", csrf), ("password", new), ("password_again", new)], headers: session)
            #expect(set.status == .seeOther)
            #expect(set.headers[.location] == "/accounts/zhanggong-viewer?done=password")
            #expect(try await client.get("/accounts/zhanggong-viewer?done=password", session).text
                .contains("已为账户“zhanggong-viewer”设置新密码，其已登录的会话均已结束。"))
            #expect(try await client.pageLogin("zhanggong-viewer").status == .unauthorized)
            #expect(try await client.pageLogin("zhanggong-viewer", password: new).status == .seeOther)
            let disabled = try await client.postForm("/accounts/zhanggong-viewer/disable", [("csrf_token", csrf)], headers: session)
            #expect(disabled.headers[.location] == "/accounts/zhanggong-viewer?done=disabled")
            let page = try await client.get("/accounts/zhanggong-viewer?done=disabled", session)
            #expect(page.text.contains("已停用账户“zhanggong-viewer”。"))
            #expect(page.text.contains("<dd id=\"account-status\">已停用（2025-01-01 08:00）</dd>"))
            #expect(!page.text.contains("id=\"make-token\"") && !page.text.contains("id=\"disable-account\""))
            #expect(try await client.pageLogin("zhanggong-viewer", password: new).status == .unauthorized)
        }
    }

    @Test func thePagesSpeakEnglishWhenAsked() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let accounts = try await client.get("/accounts?lang=en", session).text
            #expect(accounts.contains("<li><a href=\"/accounts\" aria-current=\"page\">Accounts</a></li>"))
            #expect(accounts.contains("<h2>Add an account</h2>"))
            let targets = try await client.get("/targets?lang=en", session).text
            #expect(targets.contains("<h2>Set a target</h2>"))
            let log = try await client.get("/log?lang=en&as_of=2024-06-30", session).text
            #expect(log.contains("Records 1–6, newest first"))
            #expect(log.contains("<th class=\"n\">recorded (Beijing time)</th>"))
        }
    }

    /// Post/redirect/get: the token is shown once at an address of its own; reloading that address
    /// makes no second token and shows the first no more; another admin, even of the same region,
    /// cannot open it; the account's page lists the one token.
    @Test func reloadingTheNewTokensPageMakesNoOtherAndShowsItNoMore() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let csrf = try #require(try await client.get("/accounts/zhanggong-viewer", session).text.formToken)
            let posted = try await client.postForm("/accounts/zhanggong-viewer/tokens", [("csrf_token", csrf)], headers: session)
            let shownAt = try #require(posted.headers[.location])
            let other = try await client.pageSession("sheng-admin")
            let stolen = try await client.get(shownAt, other)
            #expect(stolen.status == .gone)
            #expect(!stolen.text.contains("ladder_"))
            let first = try await client.get(shownAt, session)
            #expect(first.status == .ok)
            #expect(first.text.firstMatch(#"id="new-token" class="token" value="(ladder_[^"]+)""#) != nil)
            #expect(first.text.contains("<label for=\"new-token\">令牌 1</label>"))
            let again = try await client.get(shownAt, session)
            #expect(again.status == .gone)
            #expect(!again.text.contains("id=\"new-token\""))
            #expect(again.text.contains("<p class=\"notice info\" id=\"token-gone\" role=\"status\">新令牌只显示一次：它已经显示过，或已超过 10 分钟，不能再次显示。如果没有复制下来，请回到账户页面吊销它，再生成一个新令牌。</p>"))
            #expect(again.text.contains("<a href=\"/accounts/zhanggong-viewer\" id=\"back-to-account\">返回账户 zhanggong-viewer</a>"))
            #expect(try fixture.registry.tokens(of: "zhanggong-viewer").count == 1)
            // Left unread for more than ten minutes, a new one is gone too.
            let second = try await client.postForm("/accounts/zhanggong-viewer/tokens", [("csrf_token", csrf)], headers: session)
            fixture.clock.set("2025-01-01T00:10:01Z")
            #expect(try await client.get(try #require(second.headers[.location]), session).status == .gone)
        }
    }

    @Test func anAdminCannotDisableItselfNorReachAnotherRegion() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let own = try await client.get("/accounts/ganzhou-admin", session)
            #expect(!own.text.contains("id=\"disable-account\""))
            let csrf = try #require(own.text.formToken)
            let refused = try await client.postForm("/accounts/ganzhou-admin/disable", [("csrf_token", csrf)], headers: session)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("管理员“ganzhou-admin”不能停用自己的账号；请由赣州市或上级的其他管理员操作。"))
            let outside = try await client.get("/accounts/sheng-viewer", session)
            #expect(outside.status == .forbidden)
            #expect(outside.text.contains("账号“sheng-viewer”属于 360000 江西省，不在管理员“ganzhou-admin”的管辖地区赣州市内"))
            let token = try await client.postForm("/accounts/xinqu-viewer/tokens", [("csrf_token", csrf)], headers: session)
            #expect(token.status == .forbidden)
            #expect(try fixture.registry.tokens(of: "xinqu-viewer").isEmpty)
            let nobody = try await client.get("/accounts/nobody", session)
            #expect(nobody.status == .notFound)
            #expect(nobody.text.contains("没有名为“nobody”的账户；请回到账户列表查看。"))
        }
    }
}
