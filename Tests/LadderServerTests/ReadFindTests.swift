import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// `GET /api/v1/find`: only the firms of the account's region are listed; how many matched outside
/// it is said in a header and a note; a code of a firm outside is 403 saying where the firm is.
@Suite struct ReadFindTests {
    static let asOf = "as_of=2024-06-30&known_at=2025-01-01"

    static func notes(_ response: TestResponse) -> [String] {
        response.headers[values: HTTPField.Name("X-Ladder-Note")!].compactMap { $0.removingPercentEncoding }
    }

    static func codes(_ response: TestResponse) -> [String] {
        let rows = (try? JSONSerialization.jsonObject(with: Data(response.text.utf8))) as? [[String: Any]] ?? []
        return rows.compactMap { $0["credit_code"] as? String }
    }

    /// All five fixture firms are named 企业…; 章贡区 holds one of them.
    @Test(arguments: ServerEngine.kinds)
    func aCountySeesItsOwnFirmAndIsToldHowManyAreOutside(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-viewer")
            let found = try await client.get("/api/v1/find?q=%E4%BC%81%E4%B8%9A&\(ReadFindTests.asOf)", headers)
            #expect(found.status == .ok)
            #expect(ReadFindTests.codes(found) == ["91360722MA35G1YK7R"])
            #expect(found.headers[HTTPField.Name("X-Ladder-Outside-Region")!] == "4")
            #expect(ReadFindTests.notes(found) == ["1 firm found in 章贡区; 4 more outside 章贡区, not listed"])
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theProvinceSeesEveryFirmWithoutAnOutsideCount(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("sheng-viewer")
            let found = try await client.get("/api/v1/find?q=%E4%BC%81%E4%B8%9A&limit=2&\(ReadFindTests.asOf)", headers)
            #expect(ReadFindTests.codes(found).count == 2)
            #expect(found.headers[HTTPField.Name("X-Ladder-Outside-Region")!] == nil)
            #expect(ReadFindTests.notes(found) == ["5 firms found; the best 2 are shown (give --limit 5 to see all)"])
        }
    }

    /// A name matching only outside: an empty list, and the note says where the matches are.
    @Test(arguments: ServerEngine.kinds)
    func aNameFoundOnlyOutsideSaysSo(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-viewer")
            let found = try await client.get("/api/v1/find?q=%E4%BC%81%E4%B8%9Adonghu&\(ReadFindTests.asOf)", headers)
            #expect(found.status == .ok)
            #expect(found.text == "[\n]\n")  // the CLI's empty list
            #expect(found.headers[HTTPField.Name("X-Ladder-Outside-Region")!] == "1")
            #expect(ReadFindTests.notes(found) == ["no firm in 章贡区 matches '企业donghu'; 1 firm outside 章贡区 does"])
        }
    }

    /// A code names one firm: outside the region it is refused as `enterprises/{code}` refuses it.
    @Test(arguments: ServerEngine.kinds)
    func aCodeOutsideTheRegionIsRefusedSayingWhere(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-viewer")
            let refused = try await client.get("/api/v1/find?q=9136060006346630XD&\(ReadFindTests.asOf)", headers)
            #expect(refused.status == .forbidden)
            #expect(refused.json["error"] as? String == "9136060006346630XD 企业nankang is in 南康区 on 2024-06-30, outside 章贡区, "
                + "the region of account 'zhanggong-viewer'; ask a bureau whose region includes it")
            let own = try await client.get("/api/v1/find?q=91360722ma35g1yk7r&\(ReadFindTests.asOf)", headers)
            #expect(ReadFindTests.codes(own) == ["91360722MA35G1YK7R"])
        }
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        var uri: String
        var error: String
        var testDescription: String { uri }
    }

    static let badInputs: [BadInput] = [
        BadInput(uri: "/api/v1/find", error: "q is missing; give it, e.g. q=众城"),
        BadInput(uri: "/api/v1/find?q=%E4%BC%81",
                 error: "q: '企' is a single character, which too many names contain; give two or more characters of the name, or the credit code"),
        BadInput(uri: "/api/v1/find?q=91360222MA20000007",
                 error: "'91360222MA20000007' has check character '7', expected '6'"),
        BadInput(uri: "/api/v1/find?q=ab&limit=0", error: "limit '0' is not a whole number of firms from 1 to 1000"),
        BadInput(uri: "/api/v1/find?q=ab&text=ab", error: "unknown parameter 'text'; /api/v1/find takes q, limit, region, as_of, known_at"),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedNamingTheParameter(_ bad: BadInput) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("sheng-viewer")
            let response = try await client.get(bad.uri, headers)
            #expect(response.status == .badRequest)
            #expect(response.json["error"] as? String == bad.error)
        }
    }
}
