import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// `POST /api/v1/enterprises` (ladder add) and `POST /api/v1/enterprises/{code}/facts` (ladder facts set).
@Suite struct WriteEnterpriseTests {
    @Test(arguments: ServerEngine.kinds)
    func aFirmIsAddedInTheCodesDivisionThenFoundAlreadyRegistered(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let body = "{\"code\":\"91360111MA38C4D5XG\",\"name\":\" 南昌新企业 \",\"founded\":\"2019-03-01\",\"document\":\"赣科发〔2024〕1号\"}"
            let added = try await client.write("/api/v1/enterprises", body, as: "sheng-editor")
            #expect(added.status == .created)
            #expect(DocumentedShape.problems(added.text, schema: "AddResult") == [])
            #expect(added.text == """
                {"credit_code":"91360111MA38C4D5XG","location":"360111 青山湖区","message":"added 南昌新企业 \
                (91360111MA38C4D5XG) in 360111 青山湖区 · 南昌市","name":"南昌新企业","recorded":true,"region":"南昌市"}

                """)
            let again = try await client.write("/api/v1/enterprises", body, as: "sheng-editor")
            #expect(again.status == .ok)
            #expect(again.json["recorded"] as? Bool == false)
            #expect(again.json["message"] as? String == "already recorded: 91360111MA38C4D5XG is registered as '南昌新企业'; "
                + "nothing written (a new name or place is recorded as a rename or a relocation)")
            // Already registered, but outside 赣州: not shown to it.
            let elsewhere = try await client.write("/api/v1/enterprises", body, as: "ganzhou-editor")
            #expect(elsewhere.status == .forbidden)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aFirmPlacedOutsideTheAccountsRegionIsRefusedBeforeAnythingIsWritten(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/enterprises", "{\"code\":\"91360111MA38C4D5XG\",\"name\":\"南昌新企业\"}",
                                                  as: "ganzhou-admin")
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String == "91360111MA38C4D5XG 南昌新企业 would be placed in 360111 青山湖区, "
                + "outside 赣州市, the region of account 'ganzhou-admin'; ask a bureau whose region includes it")
        }
        #expect(throws: RegistryError.unknownEnterprise(query: "91360111MA38C4D5XG")) {
            try fixture.registry.profile(of: "91360111MA38C4D5XG", asOf: Day(iso: "2025-01-01")!)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aBadCreditCodeNamesTheFieldAndTheCheckCharacter(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/enterprises", "{\"code\":\"91360111MA38C4D5XA\",\"name\":\"x\"}",
                                                  as: "sheng-editor")
            #expect(response.status == .badRequest)
            let message = response.json["error"] as? String ?? ""
            #expect(message.hasPrefix("code '91360111MA38C4D5XA': "), "\(message)")
        }
    }

    /// Money in 万元 as on rosters, counts as numbers or roster text, yes/no as JSON booleans; what was
    /// stored is said per figure; the same facts again are already recorded.
    @Test(arguments: ServerEngine.kinds)
    func factsAreRecordedAsFactsSetRecordsThem(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let uri = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)/facts"
        try await fixture.test { client async throws in
            let body = "{\"year\":2023,\"employees\":\"1,200\",\"revenue\":1234.5,\"rd_expense\":\"500元\",\"listed\":false,\"innovation_score\":70.5}"
            let set = try await client.write(uri, body, as: "zhanggong-editor")
            #expect(set.status == .created)
            #expect(DocumentedShape.problems(set.text, schema: "FactsResult") == [])
            #expect(set.json["message"] as? String == "recorded facts of 91360722MA35G1YK7R for 2023")
            #expect(set.json["stored"] as? [String] == ["revenue 12,345,000 元 (bare number read as 万元)",
                                                         "rd_expense 500 元 (given in 元)"])
            let again = try await client.write(uri, body, as: "zhanggong-editor")
            #expect(again.status == .ok)
            #expect(again.json["message"] as? String
                == "already recorded: the same facts of 91360722MA35G1YK7R for 2023 are on file; nothing written")
        }
        let facts = try #require(try fixture.registry.facts(of: ServerFixture.Firm.zhanggong.rawValue).byYear[2023])
        #expect(facts.employees == 1200)
        #expect(facts.revenue == 12_345_000)
        #expect(facts.rdExpense == 500)
        #expect(facts.listed == false)
        #expect(facts.innovationScore == Points(entered: "70.5"))
    }

    struct BadFigure: CustomTestStringConvertible, Sendable {
        var body: String
        var error: String
        var testDescription: String { body }
    }

    @Test(arguments: [
        BadFigure(body: "{\"employees\":120}", error: "year is missing; give the fiscal year, e.g. \"year\": 2024"),
        BadFigure(body: "{\"year\":2201}", error: "year 2201 is not a plausible year; give the fiscal year, e.g. 2024"),
        BadFigure(body: "{\"year\":2023,\"employees\":12.5}", error: "employees: 12.5 is not a whole number; write e.g. 120"),
        BadFigure(body: "{\"year\":2023,\"unit\":\"亿\"}", error: "unit '亿' is not a unit; use wan (万元, as on rosters) or yuan"),
        BadFigure(body: "{\"year\":2023,\"innovation_score\":\"70.555\"}",
                  error: "innovation_score '70.555' is not a score; write a number with at most two decimals, e.g. 70.5"),
        BadFigure(body: "{\"year\":2023,\"listed\":\"maybe\"}", error: "listed 'maybe': 'maybe' is not yes or no; write 是 or 否 "
                  + "(有/无, √/×, Y/N, yes/no, true/false, 1/0 are read too)"),
    ])
    func badFiguresAreRefusedNamingTheField(_ c: BadFigure) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write("/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)/facts",
                                                  c.body, as: "zhanggong-editor")
            #expect(response.status == .badRequest)
            #expect(response.json["error"] as? String == c.error)
        }
    }
}
