import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// What each account may read: its region's firms and counts, never a parent's, a sibling's or
/// another city's. Every role reads the same (roles differ only on writes, which come later).
@Suite struct ScopeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var region: String   // the account's, as named in ServerFixture: sheng, ganzhou, zhanggong, xinqu
        var relation: String // of the thing read to the account's region
        var uri: String
        var status: Int
        var testDescription: String { "\(region) → \(relation): \(uri) \(status)" }
    }

    static let asOf = "as_of=2024-06-30&known_at=2025-01-01"
    static func firm(_ firm: ServerFixture.Firm) -> String { "/api/v1/enterprises/\(firm.rawValue)?\(asOf)" }
    static func stats(_ region: String?) -> String {
        "/api/v1/stats?tier=hnte&by=county&\(asOf)" + (region.map { "&region=\($0)" } ?? "")
    }

    static let cases: [Case] = [
        // A county (章贡区): its own firms and counts only.
        Case(region: "zhanggong", relation: "own", uri: firm(.zhanggong), status: 200),
        Case(region: "zhanggong", relation: "parent", uri: firm(.ganzhou), status: 403),
        Case(region: "zhanggong", relation: "sibling", uri: firm(.nankang), status: 403),
        Case(region: "zhanggong", relation: "other city", uri: firm(.donghu), status: 403),
        Case(region: "zhanggong", relation: "own", uri: stats("360702"), status: 200),
        Case(region: "zhanggong", relation: "own, implied", uri: stats(nil), status: 200),
        Case(region: "zhanggong", relation: "parent", uri: stats("360700"), status: 403),
        Case(region: "zhanggong", relation: "sibling", uri: stats("360703"), status: 403),
        Case(region: "zhanggong", relation: "province", uri: stats("360000"), status: 403),
        // A city (赣州市): itself and its counties.
        Case(region: "ganzhou", relation: "own", uri: firm(.ganzhou), status: 200),
        Case(region: "ganzhou", relation: "child", uri: firm(.zhanggong), status: 200),
        Case(region: "ganzhou", relation: "child", uri: firm(.nankang), status: 200),
        Case(region: "ganzhou", relation: "sibling", uri: firm(.donghu), status: 403),
        Case(region: "ganzhou", relation: "赣江新区", uri: firm(.xinqu), status: 403),
        Case(region: "ganzhou", relation: "own", uri: stats("360700"), status: 200),
        Case(region: "ganzhou", relation: "own, implied", uri: stats(nil), status: 200),
        Case(region: "ganzhou", relation: "child", uri: stats("360702"), status: 200),
        Case(region: "ganzhou", relation: "sibling", uri: stats("360100"), status: 403),
        Case(region: "ganzhou", relation: "province", uri: stats("360000"), status: 403),
        Case(region: "ganzhou", relation: "赣江新区", uri: stats("ganjiang"), status: 403),
        // 赣江新区: its own firms, not those of the counties its division codes name.
        Case(region: "xinqu", relation: "own", uri: firm(.xinqu), status: 200),
        Case(region: "xinqu", relation: "sibling", uri: firm(.donghu), status: 403),
        Case(region: "xinqu", relation: "own", uri: stats("ganjiang"), status: 200),
        Case(region: "xinqu", relation: "sibling", uri: stats("360100"), status: 403),
        // The province: everything.
        Case(region: "sheng", relation: "child", uri: firm(.zhanggong), status: 200),
        Case(region: "sheng", relation: "child", uri: firm(.xinqu), status: 200),
        Case(region: "sheng", relation: "own", uri: stats("360000").replacingOccurrences(of: "by=county", with: "by=city"),
             status: 200),
        Case(region: "sheng", relation: "child", uri: stats("360700"), status: 200),
        Case(region: "sheng", relation: "grandchild", uri: stats("360702"), status: 200),
        Case(region: "sheng", relation: "赣江新区", uri: stats("ganjiang"), status: 200),
    ]

    @Test(arguments: cases, AccountRole.allCases)
    func scope(_ scope: Case, role: AccountRole) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("\(scope.region)-\(role.rawValue)")
            let response = try await client.get(scope.uri, headers)
            #expect(response.status.code == scope.status, "\(response.text)")
        }
    }

    /// The same table on a PostgreSQL registry, on one server.
    @Test(.enabled(if: ServerDatabase.isConfigured, ServerDatabase.skipNote))
    func scopeOnPostgreSQL() async throws {
        let fixture = try ServerFixture(on: .postgres)
        try await fixture.test { client async throws in
            for role in AccountRole.allCases {
                for scope in ScopeTests.cases {
                    let (headers, _) = try await client.session("\(scope.region)-\(role.rawValue)")
                    let response = try await client.get(scope.uri, headers)
                    #expect(response.status.code == scope.status, "\(role) \(scope): \(response.text)")
                }
            }
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aFirmOutsideTheRegionIsRefusedSayingWhy(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-viewer")
            let response = try await client.get(ScopeTests.firm(.nankang), headers)
            #expect(response.json["error"] as? String == "9136060006346630XD 企业nankang is in 南康区 on 2024-06-30, outside 章贡区, "
                + "the region of account 'zhanggong-viewer'; ask a bureau whose region includes it")
            let stats = try await client.get(ScopeTests.stats("360700"), headers)
            #expect(stats.json["error"] as? String == "region 360700 (赣州市) is outside 章贡区, the region of account "
                + "'zhanggong-viewer'; ask for 360702 or a region within it")
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func anUnknownFirmIsNotFoundAndUnauthenticatedReadsAreRefused(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            #expect(try await client.get(ScopeTests.firm(.zhanggong)).status == .unauthorized)
            #expect(try await client.get(ScopeTests.stats(nil)).status == .unauthorized)
            let (headers, _) = try await client.session("sheng-viewer")
            // A valid code nobody registered is not found; a mistyped one is bad input, said as the CLI says it.
            let unknown = try await client.get("/api/v1/enterprises/91360222MA20000006?\(ScopeTests.asOf)", headers)
            #expect(unknown.status == .notFound)
            let mistyped = try await client.get("/api/v1/enterprises/91360222MA20000007?\(ScopeTests.asOf)", headers)
            #expect(mistyped.status == .badRequest)
            let cli = try LadderCLI.run(["show", "91360222MA20000007"], db: fixture.db)
            #expect(cli.stderr == "ladder: " + (mistyped.json["error"] as? String ?? "") + "\n")
            let badDay = try await client.get("/api/v1/stats?as_of=2024-13-01", headers)
            #expect(badDay.status == .badRequest)
            #expect(badDay.json["error"] as? String == "as_of '2024-13-01' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
            let badTier = try await client.get("/api/v1/stats?tier=gold", headers)
            #expect(badTier.status == .badRequest)
        }
    }
}
