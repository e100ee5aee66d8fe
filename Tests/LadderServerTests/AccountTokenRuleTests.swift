import Foundation
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// Who may make an API token for whom: a token signs in as its account, so an admin makes tokens
/// only for itself and for accounts it ranks above (a lower role of its region, any account of a
/// region within it), never for another admin of its own region nor above or beside it.
@Suite struct AccountTokenRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var admin: String
        var target: String
        var status: Int
        var testDescription: String { "\(admin) makes a token for \(target): \(status)" }
    }

    static let cases: [Case] = [
        Case(admin: "ganzhou-admin", target: "ganzhou-admin", status: 201),     // itself
        Case(admin: "ganzhou-admin", target: "ganzhou-deputy", status: 403),    // a peer admin of 赣州
        Case(admin: "ganzhou-admin", target: "ganzhou-editor", status: 201),    // a lower role of its region
        Case(admin: "ganzhou-admin", target: "ganzhou-viewer", status: 201),
        Case(admin: "ganzhou-admin", target: "zhanggong-admin", status: 201),   // an admin of a county within
        Case(admin: "sheng-admin", target: "ganzhou-admin", status: 201),       // the province over a city
        Case(admin: "ganzhou-admin", target: "sheng-admin", status: 403),       // above
        Case(admin: "ganzhou-admin", target: "xinqu-admin", status: 403),       // beside
        Case(admin: "ganzhou-deputy", target: "ganzhou-admin", status: 403),    // the other way round
    ]

    @Test(arguments: cases)
    func whoMayMakeAToken(_ rule: Case) async throws {
        let fixture = try ServerFixture()
        _ = try fixture.registry.addAccount(name: "ganzhou-deputy", role: .admin, region: try Region(parsing: "360700"),
                                        passwordHash: Credentials.hash(password: ServerFixture.password, cost: 4),
                                        context: WriteContext(operatorName: "tester", at: fixture.clock.now))
        try await fixture.test { client async throws in
            let made = try await client.write("/api/v1/accounts/\(rule.target)/tokens", "", as: rule.admin)
            #expect(made.status.code == rule.status, "\(made.text)")
        }
    }

    @Test func aPeerAdminsTokenIsRefusedSayingWhy() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.registry.addAccount(name: "ganzhou-deputy", role: .admin, region: try Region(parsing: "360700"),
                                        passwordHash: Credentials.hash(password: ServerFixture.password, cost: 4),
                                        context: WriteContext(operatorName: "tester", at: fixture.clock.now))
        try await fixture.test { client async throws in
            let refused = try await client.write("/api/v1/accounts/ganzhou-deputy/tokens", "", as: "ganzhou-admin",
                                                 headers: [.acceptLanguage: "en"])
            #expect(refused.json["error"] as? String
                == "account 'ganzhou-deputy' is an admin of 赣州市, as is admin 'ganzhou-admin'; an admin makes tokens and "
                + "sets passwords only for itself, for editors and viewers of its region and for accounts of the regions "
                + "within it; ask 'ganzhou-deputy' or an admin of a region above to do it")
            #expect(try fixture.registry.tokens(of: "ganzhou-deputy").isEmpty)
        }
    }

    /// A new password signs in as the account too: the account page refuses it for a peer admin.
    @Test func aPeerAdminsPasswordIsRefusedOnTheAccountPage() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.registry.addAccount(name: "ganzhou-deputy", role: .admin, region: try Region(parsing: "360700"),
                                        passwordHash: Credentials.hash(password: ServerFixture.password, cost: 4),
                                        context: WriteContext(operatorName: "tester", at: fixture.clock.now))
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let page = try await client.get("/accounts/ganzhou-deputy", session).text
            #expect(!page.contains("id=\"make-token\"") && !page.contains("id=\"set-password-button\""))
            #expect(page.contains("<p class=\"hint\" id=\"acts-as-peer\">账号“ganzhou-deputy”与管理员“ganzhou-admin”同为赣州市的管理员；"))
            let csrf = try #require(page.formToken)
            let new = "a-new-password-1"
            let refused = try await client.postForm("/accounts/ganzhou-deputy/password",
                                                    [("csrf_token", csrf), ("password", new), ("password_again", new)],
                                                    headers: session)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("账号“ganzhou-deputy”与管理员“ganzhou-admin”同为赣州市的管理员；管理员只能为自己、"
                                          + "本地区的录入员和查阅员以及下属地区的账号生成令牌或设置密码，请由“ganzhou-deputy”自己办理，"
                                          + "或由上级地区的管理员办理。"))
            #expect(try await client.pageLogin("ganzhou-deputy", password: new).status == .unauthorized)
            #expect(try await client.pageLogin("ganzhou-deputy").status == .seeOther)
        }
    }
}
