import Foundation
import HummingbirdTesting
import LadderKit
import Testing

/// A firm that moved between regions, read by a bureau as of a day it lay in that bureau's region:
/// the bureau sees what happened while the firm was there (the move itself on both sides), never
/// what the other region recorded before or after, through `enterprises/{code}`, `log` and the page.
@Suite struct ReadAfterMoveTests {
    /// 章贡区's firm moves to 东湖区 (南昌) on 2024-07-01, is renamed there on 2024-09-01 and loses its
    /// certificate there on 2024-10-01; 东湖区's firm moves into 章贡区 on 2024-07-01.
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        let context = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-11-01T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        let out = try CreditCode(ServerFixture.Firm.zhanggong.rawValue), into = try CreditCode(ServerFixture.Firm.donghu.rawValue)
        _ = try fixture.registry.relocate(out, to: ServerFixture.Firm.donghu.location, effective: Day(iso: "2024-07-01")!,
                                          context: context)
        _ = try fixture.registry.rename(out, to: "南昌新名科技有限公司", effective: Day(iso: "2024-09-01")!, context: context)
        _ = try fixture.registry.revoke(out, tier: .hnte, effective: Day(iso: "2024-10-01")!, ground: .accident,
                                        reason: "重大安全事故", context: context)
        _ = try fixture.registry.relocate(into, to: ServerFixture.Firm.zhanggong.location, effective: Day(iso: "2024-07-01")!,
                                          context: context)
        return fixture
    }

    static func firm(_ firm: ServerFixture.Firm, asOf: String, as account: String,
                     _ client: some TestClientProtocol) async throws -> [String: Any] {
        let (headers, _) = try await client.session(account)
        let response = try await client.get("/api/v1/enterprises/\(firm.rawValue)?as_of=\(asOf)", headers)
        #expect(response.status == .ok, "\(response.text)")
        return response.json
    }

    static func kinds(_ document: [String: Any]) -> [String] {
        (document["events"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }

    static func names(_ document: [String: Any]) -> [String] {
        (document["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test func theRegionItLeftSeesNothingOfItsNewRegion() async throws {
        let fixture = try ReadAfterMoveTests.fixture()
        try await fixture.test { client async throws in
            let ganzhou = try await ReadAfterMoveTests.firm(.zhanggong, asOf: "2024-06-30", as: "ganzhou-viewer", client)
            #expect(ReadAfterMoveTests.kinds(ganzhou) == ["certify", "relocate"])
            #expect(ReadAfterMoveTests.names(ganzhou) == ["企业zhanggong"])
            let held = try #require((ganzhou["qualifications"] as? [[String: Any]])?.first)
            #expect(held["revoked_on"] is NSNull)
            #expect(held["status"] as? String == "valid")
            let province = try await ReadAfterMoveTests.firm(.zhanggong, asOf: "2024-06-30", as: "sheng-viewer", client)
            #expect(ReadAfterMoveTests.kinds(province) == ["certify", "relocate", "rename", "revoke"])
            #expect(ReadAfterMoveTests.names(province) == ["企业zhanggong", "南昌新名科技有限公司"])
            let whole = try #require((province["qualifications"] as? [[String: Any]])?.first)
            #expect(whole["revoked_on"] as? String == "2024-10-01")
            #expect(whole["status"] as? String == "valid")
        }
    }

    @Test func theRegionItCameToSeesNothingOfItsOldRegion() async throws {
        let fixture = try ReadAfterMoveTests.fixture()
        try await fixture.test { client async throws in
            let zhanggong = try await ReadAfterMoveTests.firm(.donghu, asOf: "2024-07-01", as: "zhanggong-viewer", client)
            #expect(ReadAfterMoveTests.kinds(zhanggong) == ["relocate"])
            #expect(ReadAfterMoveTests.names(zhanggong) == ["企业donghu"])
            // The certificate it brought is held in 章贡区 too; the certifying event was 南昌's.
            let held = try #require((zhanggong["qualifications"] as? [[String: Any]])?.first)
            #expect(held["number"] as? String == "GR202336000104")
            #expect(zhanggong["position"] as? String == "hnte")
            let (headers, _) = try await client.session("zhanggong-viewer")
            let before = try await client.get("/api/v1/enterprises/\(ServerFixture.Firm.donghu.rawValue)?as_of=2024-06-30", headers)
            #expect(before.status == .forbidden)
        }
    }

    /// 赣州's log as of 2024-06-30 holds the registration, the certificate and the move of its
    /// firm, not the rename and revocation 南昌 recorded; the province's holds all five.
    @Test func theLogKeepsToTheDaysTheFirmLayInTheRegion() async throws {
        let fixture = try ReadAfterMoveTests.fixture()
        try await fixture.test { client async throws in
            let code = ServerFixture.Firm.zhanggong.rawValue
            func records(_ account: String, _ query: String) async throws -> [String] {
                let (headers, _) = try await client.session(account)
                return ReadRecordsTests.rows(try await client.get("/api/v1/log?\(query)", headers))
                    .filter { $0["credit_code"] as? String == code }
                    .compactMap { $0["what"] as? String }
            }
            let ganzhou = try await records("ganzhou-viewer", "as_of=2024-06-30")
            #expect(ganzhou.count == 3)
            #expect(ganzhou.allSatisfy { !$0.contains("rename") && !$0.contains("revoke") })
            #expect(try await records("sheng-viewer", "as_of=2024-06-30").count == 5)
            // 南昌's bureau (as the province asking for 东湖区) sees the move in, the rename and the revocation.
            let donghu = try await records("sheng-viewer", "region=360102&as_of=2024-11-01")
            #expect(donghu.count == 3)
            #expect(donghu.allSatisfy { !$0.contains("certify") })
        }
    }

    @Test func theFirmPageKeepsToTheDaysTheFirmLayInTheRegion() async throws {
        let fixture = try ReadAfterMoveTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/firms/\(ServerFixture.Firm.zhanggong.rawValue)?as_of=2024-06-30", session)
            #expect(page.status == .ok)
            #expect(page.text.contains("企业zhanggong"))
            #expect(!page.text.contains("南昌新名科技有限公司"))
            #expect(!page.text.contains("重大安全事故"))
            let province = try await client.pageSession("sheng-viewer")
            let whole = try await client.get("/firms/\(ServerFixture.Firm.zhanggong.rawValue)?as_of=2024-06-30", province)
            #expect(whole.text.contains("南昌新名科技有限公司"))
            #expect(whole.text.contains("重大安全事故"))
        }
    }
}
