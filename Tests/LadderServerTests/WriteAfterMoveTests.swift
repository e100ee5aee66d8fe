import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
@testable import LadderServer
import Testing

/// A firm that has moved away is its new region's to change, even about its past: a write needs the
/// firm in the account's region on the day it is about and today. And a name that finds no firm or
/// several is answered without naming firms the account may not see.
@Suite struct WriteAfterMoveTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var account: String
        var uri: String
        var body: String
        var status: Int
        var testDescription: String { "\(account) \(uri) \(status)" }
    }

    static let firm = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"

    // 章贡区's firm moved to 东湖区 (南昌) on 2024-07-01; today is 2025-01-01.
    @Test(arguments: [
        Case(account: "ganzhou-editor", uri: firm + "/rename", body: #"{"name":"迁出后新名有限公司","effective":"2024-06-01"}"#,
             status: 403),
        Case(account: "ganzhou-editor", uri: firm + "/revoke",
             body: #"{"tier":"hnte","effective":"2024-06-30","ground":"other","reason":"迁出前的取消"}"#, status: 403),
        Case(account: "sheng-editor", uri: firm + "/rename", body: #"{"name":"迁出后新名有限公司","effective":"2024-06-01"}"#,
             status: 201),
    ])
    func writesAboutThePastOfAFirmThatMovedAway(_ c: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let moved = try await RelocateTests.relocate(client, .zhanggong, to: "东湖区", as: "ganzhou-editor")
            #expect(moved.status == .created, "\(moved.text)")
            let response = try await client.write(c.uri, c.body, as: c.account)
            #expect(response.status.code == c.status, "\(response.text)")
            if c.status == 403 {
                #expect((response.json["error"] as? String)?.contains("outside 赣州市") == true, "\(response.text)")
            }
        }
    }

    @Test func anUnknownNameIsAnsweredWithoutOtherFirms() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (viewer, _) = try await client.session("ganzhou-viewer")
            let query = "企业zhanggon"  // close to a firm's name (企业zhanggong), not one
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let response = try await client.get("/api/v1/enterprises/\(encoded)", viewer)
            #expect(response.status == .notFound)
            #expect(response.json["error"] as? String == "no firm is named '\(query)'; GET /api/v1/find?q= finds firms "
                + "of your region by part of a name or a code")
        }
    }
}
