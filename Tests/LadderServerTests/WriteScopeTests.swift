import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// Who may write what: every role × (own region, parent, child, sibling, province, another
/// reporting region) × every write endpoint, with the status expected. A viewer reads only (403);
/// an editor or admin writes when its region holds the firm on the day the write is about (201),
/// and is refused with a 403 that says why otherwise.
@Suite struct WriteScopeTests {
    /// A write endpoint with a body that the rules accept for any fixture firm.
    enum Endpoint: String, CaseIterable, Sendable {
        case add, admit, certify, select, revoke, rename, relocate, facts, void

        func uri(_ firm: ServerFixture.Firm) -> String {
            switch self {
            case .add: return "/api/v1/enterprises"
            // The fixture's certificates are events #1 to #5, in the order of its firms.
            case .void: return "/api/v1/events/\(ServerFixture.Firm.allCases.firstIndex(of: firm)! + 1)/void"
            default: return "/api/v1/enterprises/\(firm.rawValue)/\(rawValue)"
            }
        }

        func body(_ firm: ServerFixture.Firm) -> String {
            let place = firm.location
            switch self {
            case .add:
                // A new firm placed where the fixture firm is.
                return "{\"code\":\"91360111MA38C4D5XG\",\"name\":\"新企业\",\"region\":\"\(place.division.code)\""
                    + (place.zone == nil ? "" : ",\"zone\":\"ganjiang\"") + "}"
            case .admit:
                return "{\"number\":\"2024\(place.division.code)A0000001\",\"effective\":\"2024-05-01\",\"override\":\"省入库名单\"}"
            case .certify:
                return "{\"number\":\"GR202436000999\",\"issued\":\"2024-12-01\",\"override\":\"省认定名单\"}"
            case .select:
                return "{\"tier\":\"growth\",\"category\":\"gazelle\",\"year\":2024,\"effective\":\"2024-07-01\",\"override\":\"省名单\"}"
            case .revoke:
                return "{\"tier\":\"hnte\",\"effective\":\"2024-06-01\",\"ground\":\"accident\",\"reason\":\"重大安全事故\"}"
            case .rename:
                return "{\"name\":\"企业新名\",\"effective\":\"2024-06-01\"}"
            case .relocate:
                return "{\"region\":\"360111\",\"effective\":\"2024-07-01\"}"
            case .facts:
                return "{\"year\":2023,\"employees\":120,\"revenue\":\"1234.5\"}"
            case .void:
                return "{\"reason\":\"录入错误\"}"
            }
        }
    }

    /// An account's region against the firm's place.
    struct Relation: Sendable {
        var name: String
        var region: String
        var firm: ServerFixture.Firm
        var inScope: Bool
    }

    static let relations = [
        Relation(name: "own", region: "zhanggong", firm: .zhanggong, inScope: true),
        Relation(name: "parent", region: "zhanggong", firm: .ganzhou, inScope: false),
        Relation(name: "child", region: "ganzhou", firm: .zhanggong, inScope: true),
        Relation(name: "sibling", region: "zhanggong", firm: .nankang, inScope: false),
        Relation(name: "province", region: "sheng", firm: .donghu, inScope: true),
        Relation(name: "another reporting region", region: "ganzhou", firm: .xinqu, inScope: false),
        Relation(name: "赣江新区's own", region: "xinqu", firm: .xinqu, inScope: true),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var endpoint: Endpoint
        var role: AccountRole
        var relation: Relation
        var status: Int
        var testDescription: String { "\(relation.region)-\(role.rawValue) \(endpoint) on \(relation.name) (\(relation.firm)): \(status)" }
    }

    static let cases: [Case] = Endpoint.allCases.flatMap { endpoint in
        AccountRole.allCases.flatMap { role in
            relations.map { relation in
                Case(endpoint: endpoint, role: role, relation: relation,
                     status: role == .viewer || !relation.inScope ? 403 : 201)
            }
        }
    }

    @Test(arguments: cases)
    func whoMayWrite(_ c: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write(c.endpoint.uri(c.relation.firm), c.endpoint.body(c.relation.firm),
                                                  as: "\(c.relation.region)-\(c.role.rawValue)")
            #expect(response.status.code == c.status, "\(response.text)")
            if c.status == 403 {
                let message = response.json["error"] as? String ?? ""
                #expect(message.contains(c.role == .viewer ? "is a viewer, who reads only" : "outside"), "\(message)")
            }
        }
    }

    /// The 403 says where the firm is, on which day, and whose region it is outside.
    @Test(arguments: ServerEngine.kinds)
    func aRefusalOutsideTheRegionSaysWhy(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let response = try await client.write(Endpoint.rename.uri(.nankang), Endpoint.rename.body(.nankang),
                                                  as: "zhanggong-editor")
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String == "9136060006346630XD 企业nankang is in 南康区 on 2024-06-01, "
                + "outside 章贡区, the region of account 'zhanggong-editor'; ask a bureau whose region includes it")
        }
    }
}
