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
                == "account 'ganzhou-deputy' is an admin of 赣州市, as is admin 'ganzhou-admin'; an admin makes tokens "
                + "only for itself, for editors and viewers of its region and for accounts of the regions within it; "
                + "ask 'ganzhou-deputy' or an admin of a region above to make it")
            #expect(try fixture.registry.tokens(of: "ganzhou-deputy").isEmpty)
        }
    }
}
