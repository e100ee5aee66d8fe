import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// Who may read which region, for every read: every role (viewer, editor, admin) reads its own
/// region and the regions within it, never a parent's, a sibling's or the province's; without
/// `region` a read covers the account's own region.
@Suite struct ReadScopeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var region: String   // the account's, as ServerFixture names it: sheng, ganzhou, zhanggong, xinqu
        var relation: String // of the region asked for to the account's
        var asked: String?   // the region parameter; nil: none given
        var status: Int
        var testDescription: String { "\(region) → \(relation) (\(asked ?? "no region")): \(status)" }
    }

    /// Each read with the parameters it needs, without `region`.
    static let reads = [
        "/api/v1/find?q=企业", "/api/v1/series?tier=hnte&from=2024-01", "/api/v1/cohort", "/api/v1/funnel", "/api/v1/targets",
        "/api/v1/expiring", "/api/v1/lapsed", "/api/v1/candidates?tier=hnte", "/api/v1/imports", "/api/v1/log",
    ]

    static let cases: [Case] = [
        Case(region: "zhanggong", relation: "own, implied", asked: nil, status: 200),
        Case(region: "zhanggong", relation: "own", asked: "360702", status: 200),
        Case(region: "zhanggong", relation: "parent", asked: "360700", status: 403),
        Case(region: "zhanggong", relation: "sibling", asked: "360703", status: 403),
        Case(region: "zhanggong", relation: "province", asked: "360000", status: 403),
        Case(region: "ganzhou", relation: "own, implied", asked: nil, status: 200),
        Case(region: "ganzhou", relation: "own", asked: "赣州", status: 200),
        Case(region: "ganzhou", relation: "child", asked: "章贡区", status: 200),
        Case(region: "ganzhou", relation: "sibling", asked: "360100", status: 403),
        Case(region: "ganzhou", relation: "赣江新区", asked: "ganjiang", status: 403),
        Case(region: "ganzhou", relation: "province", asked: "360000", status: 403),
        Case(region: "xinqu", relation: "own", asked: "ganjiang", status: 200),
        Case(region: "xinqu", relation: "a county its codes name", asked: "360104", status: 403),
        Case(region: "sheng", relation: "own, implied", asked: nil, status: 200),
        Case(region: "sheng", relation: "own", asked: "360000", status: 200),
        Case(region: "sheng", relation: "child", asked: "360700", status: 200),
        Case(region: "sheng", relation: "grandchild", asked: "360702", status: 200),
        Case(region: "sheng", relation: "赣江新区", asked: "ganjiang", status: 200),
    ]

    @Test(arguments: cases, AccountRole.allCases)
    func everyReadKeepsToTheAccountsRegion(_ scope: Case, role: AccountRole) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("\(scope.region)-\(role.rawValue)")
            for read in ReadScopeTests.reads {
                let region = scope.asked.map { (read.contains("?") ? "&" : "?") + "region=" + $0 } ?? ""
                let uri = (read + region).addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                let response = try await client.get(uri, headers)
                #expect(response.status.code == scope.status, "\(read + region): \(response.text)")
            }
        }
    }

    /// The same table on a PostgreSQL registry, on one server: every role of every region signs in
    /// and asks every read, with the same answers as on a file.
    @Test(.enabled(if: ServerDatabase.isConfigured, ServerDatabase.skipNote))
    func everyReadKeepsToTheAccountsRegionOnPostgreSQL() async throws {
        let fixture = try ServerFixture(on: .postgres)
        try await fixture.test { client async throws in
            for role in AccountRole.allCases {
                for scope in ReadScopeTests.cases {
                    let (headers, _) = try await client.session("\(scope.region)-\(role.rawValue)")
                    for read in ReadScopeTests.reads {
                        let region = scope.asked.map { (read.contains("?") ? "&" : "?") + "region=" + $0 } ?? ""
                        let uri = (read + region).addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                        let response = try await client.get(uri, headers)
                        #expect(response.status.code == scope.status, "\(role) \(scope) \(read + region): \(response.text)")
                    }
                }
            }
        }
    }

    @Test func aRegionOutsideIsRefusedSayingWhyAndNoReadWithoutSigningIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            for read in ReadScopeTests.reads {
                let uri = read.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                #expect(try await client.get(uri).status == .unauthorized, "\(read)")
            }
            let (headers, _) = try await client.session("ganzhou-editor")
            let refused = try await client.get("/api/v1/log?region=360100", headers)
            #expect(refused.json["error"] as? String == "region 360100 (南昌市) is outside 赣州市, the region of account "
                + "'ganzhou-editor'; ask for 360700 or a region within it")
        }
    }
}
