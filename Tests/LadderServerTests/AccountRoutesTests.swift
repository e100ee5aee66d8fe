import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import NIOCore
import Testing

/// The accounts API: an admin manages the accounts of its region and the regions within it, never
/// one above or beside it, so no admin can make an account that sees more than it does.
@Suite struct AccountRoutesTests {
    static func newAccount(_ name: String, role: String = "editor", region: String) -> String {
        "{\"username\":\"\(name)\",\"role\":\"\(role)\",\"region\":\"\(region)\",\"password\":\"\(ServerFixture.password)\"}"
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var account: String
        var relation: String
        var region: String
        var status: Int
        var testDescription: String { "\(account) adds an account for \(region) (\(relation)): \(status)" }
    }

    /// Every role × (own region, parent, child, sibling, province).
    static let adds: [Case] = ["viewer", "editor", "admin"].flatMap { role -> [Case] in
        let allowed = role == "admin"
        return [
            Case(account: "ganzhou-\(role)", relation: "own", region: "360700", status: allowed ? 201 : 403),
            Case(account: "zhanggong-\(role)", relation: "parent", region: "360700", status: 403),
            Case(account: "ganzhou-\(role)", relation: "child", region: "360702", status: allowed ? 201 : 403),
            Case(account: "zhanggong-\(role)", relation: "sibling", region: "360703", status: 403),
            Case(account: "ganzhou-\(role)", relation: "province", region: "360000", status: 403),
            Case(account: "sheng-\(role)", relation: "province's own", region: "360000", status: allowed ? 201 : 403),
            Case(account: "xinqu-\(role)", relation: "赣江新区's own", region: "ganjiang", status: allowed ? 201 : 403),
            Case(account: "xinqu-\(role)", relation: "南昌, beside it", region: "360100", status: 403),
        ]
    }

    @Test(arguments: adds)
    func whoMayAddAnAccount(_ c: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/accounts", AccountRoutesTests.newAccount("new.one", region: c.region),
                                                  as: c.account)
            #expect(response.status.code == c.status, "\(response.text)")
            if c.status == 201 {
                #expect(DocumentedShape.problems(response.text, schema: "AccountListed") == [])
                #expect(response.json["username"] as? String == "new.one")
                #expect(response.json["created_at"] as? String == "2025-01-01T00:00:00.000000Z")
            }
        }
        // The new account signs in only when it was made.
        let made = try fixture.registry.credentials(of: "new.one")
        #expect((made != nil) == (c.status == 201))
    }

    @Test(arguments: ServerEngine.kinds)
    func aCityAdminCannotRaiseAnAccountAboveItsRegion(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/accounts",
                                                  AccountRoutesTests.newAccount("boss", role: "admin", region: "360000"),
                                                  as: "ganzhou-admin")
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String == "account 'boss' is for 360000 江西省, outside 赣州市, the region of admin "
                + "'ganzhou-admin'; an admin manages the accounts of its region and the regions within it")
            let viewer = try await client.write("/api/v1/accounts", AccountRoutesTests.newAccount("x", region: "360700"),
                                                as: "ganzhou-editor")
            #expect(viewer.json["error"] as? String
                == "account 'ganzhou-editor' is an editor; only an admin manages accounts, ask an admin of 赣州市")
        }
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var body: String
        var status: Int
        var error: String
        var testDescription: String { body }
    }

    @Test(arguments: [
        Bad(body: "{\"username\":\"a b\",\"role\":\"editor\",\"region\":\"360700\",\"password\":\"correct-horse-1\"}", status: 400,
            error: "username: 'a b' is not a usable account name; use 1 to 64 letters, digits, '.', '_' or '-' (e.g. ganzhou.li)"),
        Bad(body: "{\"username\":\"ganzhou-viewer\",\"role\":\"editor\",\"region\":\"360700\",\"password\":\"correct-horse-1\"}",
            status: 409, error: "an account named 'ganzhou-viewer' already exists; choose another name"),
        Bad(body: "{\"username\":\"x\",\"role\":\"boss\",\"region\":\"360700\",\"password\":\"correct-horse-1\"}", status: 400,
            error: "role 'boss' is not a role; use viewer (reads), editor (also records) or admin (also manages accounts)"),
        Bad(body: "{\"username\":\"x\",\"role\":\"editor\",\"region\":\"360700\",\"password\":\"1234567\"}", status: 400,
            error: "password: the password is too short: use at least 8 characters"),
        Bad(body: "{\"username\":\"x\",\"role\":\"editor\",\"region\":\"360700\"}", status: 400,
            error: "password is missing; give the new account's first password (at least 8 characters)"),
    ])
    func badAccountsAreRefused(_ c: Bad) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/accounts", c.body, as: "ganzhou-admin")
            #expect(response.status.code == c.status)
            #expect(response.json["error"] as? String == c.error)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theListHoldsTheAdminsRegionAndBelow(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (cookie, _) = try await client.session("ganzhou-admin")
            let response = try await client.get("/api/v1/accounts", cookie)
            #expect(response.status == .ok)
            let rows = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [[String: Any]] ?? []
            #expect(rows.map { $0["username"] as? String ?? "" } == [
                "ganzhou-admin", "ganzhou-editor", "ganzhou-viewer", "zhanggong-admin", "zhanggong-editor", "zhanggong-viewer",
            ])
            for row in rows {
                let text = String(decoding: try JSONSerialization.data(withJSONObject: row), as: UTF8.self)
                #expect(DocumentedShape.problems(text, schema: "AccountListed") == [])
            }
            let (editor, _) = try await client.session("ganzhou-editor")
            #expect(try await client.get("/api/v1/accounts", editor).status == .forbidden)
        }
    }

    /// A token made through the API works as a bearer at once and stops when revoked; disabling an
    /// account stops its sessions; an admin cannot touch an account above it, nor disable itself.
    @Test(arguments: ServerEngine.kinds)
    func tokensAndDisabling(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let made = try await client.write("/api/v1/accounts/zhanggong-editor/tokens", "", as: "ganzhou-admin")
            #expect(made.status == .created)
            #expect(DocumentedShape.problems(made.text, schema: "AccountToken") == [])
            let token = try #require(made.json["token"] as? String)
            let id = try #require(made.json["id"] as? Int)
            let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
            let firm = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"
            #expect(try await client.get(firm, bearer).status == .ok)
            let listed = try await client.get("/api/v1/accounts/zhanggong-editor/tokens", try await client.session("ganzhou-admin").headers)
            #expect(!listed.text.contains(token))
            let revoked = try await client.write("/api/v1/accounts/zhanggong-editor/tokens/\(id)/revoke", "", as: "ganzhou-admin")
            #expect(revoked.status == .ok)
            #expect(revoked.json["revoked_at"] as? String == "2025-01-01T00:00:00.000000Z")
            #expect(try await client.get(firm, bearer).status == .unauthorized)
            let again = try await client.write("/api/v1/accounts/zhanggong-editor/tokens/\(id)/revoke", "", as: "ganzhou-admin")
            #expect(again.status == .ok)

            let (victim, _) = try await client.session("zhanggong-viewer")
            #expect(try await client.get(firm, victim).status == .ok)
            let disabled = try await client.write("/api/v1/accounts/zhanggong-viewer/disable", "", as: "ganzhou-admin")
            #expect(disabled.status == .ok)
            #expect(disabled.json["disabled_at"] as? String == "2025-01-01T00:00:00.000000Z")
            #expect(try await client.get(firm, victim).status == .unauthorized)
            #expect(try await client.login("zhanggong-viewer").status == .unauthorized)

            let above = try await client.write("/api/v1/accounts/sheng-viewer/disable", "", as: "ganzhou-admin")
            #expect(above.status == .forbidden)
            let sibling = try await client.write("/api/v1/accounts/xinqu-viewer/tokens", "", as: "ganzhou-admin")
            #expect(sibling.status == .forbidden)
            let itself = try await client.write("/api/v1/accounts/ganzhou-admin/disable", "", as: "ganzhou-admin")
            #expect(itself.status.code == 422)
            let unknown = try await client.write("/api/v1/accounts/nobody/disable", "", as: "ganzhou-admin")
            #expect(unknown.status == .notFound)
        }
    }
}
