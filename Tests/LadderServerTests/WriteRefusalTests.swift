import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// What a write answers besides 201: already recorded (200, nothing written), refused by the rules
/// (422, the CLI's reasons and missing facts), bad input (400 naming the field), unknown (404).
@Suite struct WriteRefusalTests {
    static let zhanggong = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var uri: String
        var body: String
        var status: Int
        var error: String
        var testDescription: String { name }
    }

    static let badInput: [Case] = [
        Case(name: "not JSON", uri: zhanggong + "/rename", body: "name=x", status: 400,
             error: "the request body is not a JSON object; send the fields as one, e.g. {\"effective\": \"2024-11-22\"}, "
                + "with Content-Type: application/json"),
        Case(name: "a mistyped field", uri: zhanggong + "/rename", body: "{\"name\":\"新名\",\"efective\":\"2024-06-01\"}",
             status: 400, error: "unknown field 'efective'; this write takes name, effective, document, note"),
        Case(name: "a missing day", uri: zhanggong + "/rename", body: "{\"name\":\"新名\"}", status: 400,
             error: "effective is missing; give the day as YYYY-MM-DD, e.g. \"effective\": \"2024-11-22\""),
        Case(name: "a day that is not one", uri: zhanggong + "/rename", body: "{\"name\":\"新名\",\"effective\":\"2024-02-30\"}",
             status: 400, error: "effective '2024-02-30' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22"),
        Case(name: "a number given as a number", uri: zhanggong + "/rename", body: "{\"name\":5,\"effective\":\"2024-06-01\"}",
             status: 400, error: "name: 5 is not text; write it in quotes"),
        Case(name: "a tier that is not a list", uri: zhanggong + "/select",
             body: "{\"tier\":\"hnte\",\"category\":\"gazelle\",\"year\":2024,\"effective\":\"2024-07-01\"}", status: 400,
             error: "tier 'hnte' is not one of growth, leader"),
        Case(name: "a category of the other list", uri: zhanggong + "/select",
             body: "{\"tier\":\"growth\",\"category\":\"reserve\",\"year\":2024,\"effective\":\"2024-07-01\"}", status: 400,
             error: "category 'reserve' belongs to leader, not growth; use one of: unicorn, potential-unicorn, seed-unicorn, "
                + "gazelle, potential-gazelle"),
        Case(name: "the year just before 1990", uri: zhanggong + "/select",
             body: "{\"tier\":\"growth\",\"category\":\"gazelle\",\"year\":1989,\"effective\":\"2024-07-01\"}", status: 400,
             error: "year 1989 is not a plausible year; give the list's year, e.g. 2024"),
        Case(name: "a ground that is not one", uri: zhanggong + "/revoke",
             body: "{\"tier\":\"hnte\",\"effective\":\"2024-06-01\",\"ground\":\"fire\",\"reason\":\"火灾\"}", status: 400,
             error: "ground 'fire' is not a ground; use one of fraud, accident, unreported-change, missed-reports, other"),
        Case(name: "a revocation without a reason", uri: zhanggong + "/revoke",
             body: "{\"tier\":\"hnte\",\"effective\":\"2024-06-01\",\"reason\":\"  \"}", status: 400,
             error: "reason is missing; give it, e.g. \"reason\": \"重大安全事故\""),
        Case(name: "an event number that is not one", uri: "/api/v1/events/abc/void", body: "{\"reason\":\"录入错误\"}",
             status: 400, error: "event 'abc' is not an event number; give the # shown by GET /api/v1/enterprises/{code}"),
        Case(name: "an unknown event", uri: "/api/v1/events/99/void", body: "{\"reason\":\"录入错误\"}", status: 404,
             error: "no event #99; list a firm's events"),
        Case(name: "an unknown firm", uri: "/api/v1/enterprises/91360111MA38C4D5XG/rename",
             body: "{\"name\":\"新名\",\"effective\":\"2024-06-01\"}", status: 404,
             error: "no enterprise '91360111MA38C4D5XG' in the registry; add it first"),
    ]

    @Test(arguments: badInput)
    func badInputIsRefusedNamingTheField(_ c: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write(c.uri, c.body, as: "sheng-editor")
            #expect(response.status.code == c.status)
            #expect(response.json["error"] as? String == c.error)
            #expect(DocumentedShape.problems(response.text, schema: "Error") == [])
        }
    }

    /// A 高新技术企业 certificate the rules refuse: the firm has no facts on file, so the verdict is
    /// insufficient data and the answer lists the facts to enter first, as `ladder certify` says.
    @Test func aPromotionTheRulesRefuseIs422WithTheMissingFacts() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write(WriteRefusalTests.zhanggong + "/certify",
                                                  "{\"number\":\"GR202436000999\",\"issued\":\"2024-12-01\"}", as: "ganzhou-editor")
            #expect(response.status.code == 422)
            #expect(DocumentedShape.problems(response.text, schema: "WriteRefusal") == [])
            #expect(response.json["credit_code"] as? String == "91360722MA35G1YK7R")
            #expect(response.json["tier"] as? String == "hnte")
            #expect(response.json["verdict"] as? String == "insufficient-data")
            #expect(response.json["failed"] as? [String] == [])
            #expect(response.json["missing"] as? [String] == ["founded", "owns_core_ip (2023)", "field", "tech_staff (2023)", "employees (2023)", "rd_expense (2021)",
                "rd_expense (2022)", "rd_expense (2023)", "revenue (2021)", "revenue (2022)", "revenue (2023)",
                "rd_expense_in_china (2021)", "rd_expense_in_china (2022)", "rd_expense_in_china (2023)", "high_tech_income (2023)",
                "total_income (2023)", "innovation_score (2023)", "major_accident (2023)"])
            #expect(response.json["error"] as? String == "91360722MA35G1YK7R does not meet the hnte rules (insufficient-data); "
                + "enter first: founded, owns_core_ip (2023), field, tech_staff (2023), employees (2023), rd_expense (2021), "
                + "rd_expense (2022), rd_expense (2023), revenue (2021), revenue (2022), revenue (2023), rd_expense_in_china (2021), "
                + "rd_expense_in_china (2022), rd_expense_in_china (2023), high_tech_income (2023), total_income (2023), "
                + "innovation_score (2023), major_accident (2023). Nothing was recorded; to record it anyway, give the reason "
                + "for overriding the rules")
            // Nothing was written: the same request with an override is recorded as the next event.
            let overridden = try await client.write(WriteRefusalTests.zhanggong + "/certify",
                                                    "{\"number\":\"GR202436000999\",\"issued\":\"2024-12-01\",\"override\":\"省认定名单\"}",
                                                    as: "ganzhou-editor")
            #expect(overridden.status == .created)
            #expect(overridden.json["event_id"] as? Int == 6)
        }
    }

    /// Another issue day for a certificate already recorded is refused by the rules (void it first).
    @Test func aConflictingCertificateIs422() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write(WriteRefusalTests.zhanggong + "/certify",
                                                  "{\"number\":\"GR202336000101\",\"issued\":\"2023-12-01\",\"override\":\"x\"}",
                                                  as: "ganzhou-editor")
            #expect(response.status.code == 422)
            #expect(response.json["error"] as? String == "91360722MA35G1YK7R already holds GR202336000101 from 2023-11-22 "
                + "(event #1), not 2023-12-01; void that event first to correct the day")
        }
    }

    struct Repeat: CustomTestStringConvertible, Sendable {
        var name: String
        var uri: String
        var body: String
        var message: String
        var eventID: Int?
        var testDescription: String { name }
    }

    static let repeats: [Repeat] = [
        Repeat(name: "the same certificate", uri: zhanggong + "/certify",
               body: "{\"number\":\"GR202336000101\",\"issued\":\"2023-11-22\",\"override\":\"x\"}",
               message: "already recorded as event #1 (certify, effective 2023-11-22); nothing written", eventID: 1),
        Repeat(name: "the same name", uri: zhanggong + "/rename", body: "{\"name\":\"企业zhanggong\",\"effective\":\"2024-06-01\"}",
               message: "already recorded: 91360722MA35G1YK7R is named '企业zhanggong' on that day; nothing written", eventID: nil),
        Repeat(name: "the same place", uri: zhanggong + "/relocate", body: "{\"region\":\"章贡区\",\"effective\":\"2024-06-01\"}",
               message: "already recorded: 91360722MA35G1YK7R is in 360702 章贡区 on that day; nothing written", eventID: nil),
    ]

    /// As the CLI exits 0 for a fact already on file, the API answers 200 with what exists.
    @Test(arguments: repeats)
    func alreadyRecordedIs200(_ r: Repeat) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.write(r.uri, r.body, as: "ganzhou-editor")
            #expect(response.status.code == 200)
            #expect(DocumentedShape.problems(response.text, schema: "WriteResult") == [])
            #expect(response.json["recorded"] as? Bool == false)
            #expect(response.json["message"] as? String == r.message)
            #expect(response.json["event_id"] as? Int == r.eventID)
        }
        #expect(try fixture.registry.profile(of: ServerFixture.Firm.zhanggong.rawValue, asOf: Day(iso: "2025-01-01")!).timeline.count == 1)
    }

    @Test func aVoidIsRecordedOnceThenAlreadyRecorded() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let first = try await client.write("/api/v1/events/1/void", "{\"reason\":\"录入错误\"}", as: "zhanggong-editor")
            #expect(first.status == .created)
            #expect(first.json["message"] as? String == "recorded event #6: voided event #1")
            #expect(first.json["effective"] as? String == "2025-01-01")
            let again = try await client.write("/api/v1/events/1/void", "{\"reason\":\"录入错误\"}", as: "zhanggong-editor")
            #expect(again.status == .ok)
            #expect(again.json["message"] as? String == "already recorded: event #1 was voided by event #6; nothing written")
            #expect(again.json["event_id"] as? Int == 6)
            let void = try await client.write("/api/v1/events/6/void", "{\"reason\":\"录入错误\"}", as: "zhanggong-editor")
            #expect(void.status.code == 422)
            #expect(void.json["error"] as? String
                == "event #6 is itself a void and cannot be voided; record the original event again instead")
        }
    }
}
