import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import NIOCore
import Testing

/// `POST /api/v1/enterprises/{code}/relocate`: an editor of the region the firm is in on the day it
/// moves records it, under the account's name; both regions see it in the firm's history.
@Suite struct RelocateTests {
    static func body(region: String, effective: String = "2024-07-01") -> ByteBuffer {
        ByteBuffer(string: "{\"region\":\"\(region)\",\"effective\":\"\(effective)\",\"document\":\"赣科发〔2024〕9号\"}")
    }

    static func relocate(_ client: some TestClientProtocol, _ firm: ServerFixture.Firm, to region: String,
                         as account: String) async throws -> TestResponse {
        let (cookie, csrf) = try await client.session(account)
        var headers = cookie
        headers[.origin] = "http://localhost"
        headers[.xCSRFToken] = csrf
        headers[.contentType] = "application/json"
        return try await client.execute(uri: "/api/v1/enterprises/\(firm.rawValue)/relocate", method: .post,
                                        headers: headers, body: body(region: region))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var account: String
        var firm: ServerFixture.Firm
        var to: String
        var status: Int
        var testDescription: String { "\(account) moves \(firm) to \(to): \(status)" }
    }

    static let cases: [Case] = [
        Case(account: "ganzhou-editor", firm: .zhanggong, to: "360102", status: 201),  // out of its city
        Case(account: "ganzhou-admin", firm: .zhanggong, to: "360703", status: 201),   // within its city
        Case(account: "ganzhou-viewer", firm: .zhanggong, to: "360102", status: 403),  // viewers read only
        Case(account: "ganzhou-editor", firm: .donghu, to: "360702", status: 403),     // in: 南昌's to record
        Case(account: "zhanggong-editor", firm: .nankang, to: "360702", status: 403),  // a sibling's firm
        Case(account: "zhanggong-editor", firm: .ganzhou, to: "360702", status: 403),  // its parent's firm
        Case(account: "sheng-editor", firm: .donghu, to: "360702", status: 201),       // the province: any
        Case(account: "ganzhou-editor", firm: .zhanggong, to: "360702", status: 200),  // already there: nothing written
    ]

    @Test(arguments: cases)
    func whoMayRelocate(_ move: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await RelocateTests.relocate(client, move.firm, to: move.to, as: move.account)
            #expect(response.status.code == move.status, "\(response.text)")
        }
    }

    /// 赣州 moves a firm out to 南昌 on 2024-07-01: it still sees the firm on 2024-06-30, not after;
    /// the province sees the move in its history, recorded under the account's name.
    @Test func aCityEditorMovesAFirmOut() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let moved = try await RelocateTests.relocate(client, .zhanggong, to: "东湖区", as: "ganzhou-editor")
            #expect(moved.status == .created)
            #expect(moved.json["message"] as? String == "recorded event #6: relocate → 360102 东湖区, effective 2024-07-01")
            let (ganzhou, _) = try await client.session("ganzhou-viewer")
            let firm = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"
            #expect(try await client.get(firm + "?as_of=2024-06-30", ganzhou).status == .ok)
            #expect(try await client.get(firm + "?as_of=2024-07-01", ganzhou).status == .forbidden)
            let (sheng, _) = try await client.session("sheng-viewer")
            let history = try await client.get(firm + "?as_of=2024-07-01", sheng)
            let events = history.json["events"] as? [[String: Any]] ?? []
            let relocation = try #require(events.first { $0["kind"] as? String == "relocate" })
            #expect(relocation["operator"] as? String == "ganzhou-editor")
            #expect(relocation["document"] as? String == "赣科发〔2024〕9号")
            #expect(relocation["effective"] as? String == "2024-07-01")
            #expect(relocation["source"] as? String == "POST /api/v1/enterprises/91360722MA35G1YK7R/relocate")
            let (counts, _) = try await client.session("ganzhou-viewer")
            let after = try await client.get("/api/v1/stats?tier=hnte&by=tier&as_of=2024-07-01&known_at=2025-01-01", counts)
            let rows = try JSONSerialization.jsonObject(with: Data(after.text.utf8)) as? [[String: Any]] ?? []
            #expect(rows.first?["count"] as? Int == 2)
        }
    }

    @Test func aCookieWriteWithoutTheCSRFTokenIsRefusedAndATokenNeedsNone() async throws {
        let fixture = try ServerFixture()
        let made = Credentials.newToken()
        try fixture.registry.addToken(name: "ganzhou-editor", digest: made.digest,
                                      context: WriteContext(operatorName: "admin", at: fixture.clock.now))
        try await fixture.test { client async throws in
            let (cookie, _) = try await client.session("ganzhou-editor")
            var headers = cookie
            headers[.origin] = "http://localhost"
            let uri = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)/relocate"
            let refused = try await client.execute(uri: uri, method: .post, headers: headers,
                                                   body: RelocateTests.body(region: "360703"))
            #expect(refused.status == .forbidden)
            let scripted = try await client.execute(uri: uri, method: .post,
                                                    headers: [.authorization: "Bearer \(made.token)", .contentType: "application/json"],
                                                    body: RelocateTests.body(region: "360703"))
            #expect(scripted.status == .created)
        }
    }
}
