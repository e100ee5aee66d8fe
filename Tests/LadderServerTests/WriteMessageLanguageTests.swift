import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// The `message` of a write's answer — the sentence `ladder` prints for the same write — in the
/// reader's language; the JSON keys and values around it stay as they are.
@Suite struct WriteMessageLanguageTests {
    static let zhanggong = "/api/v1/enterprises/\(ServerFixture.Firm.zhanggong.rawValue)"
    static let relocation = "{\"region\":\"东湖区\",\"effective\":\"2024-07-01\",\"document\":\"赣科发〔2024〕9号\"}"

    struct Write: CustomTestStringConvertible, Sendable {
        let name: String
        let uri: String
        let body: String
        let account: String
        let status: Int
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Write(name: "relocate", uri: zhanggong + "/relocate", body: relocation, account: "ganzhou-editor", status: 201,
              zh: "已记录事件 #6：迁移 → 360102 东湖区，生效日期 2024年7月1日",
              en: "recorded event #6: relocate → 360102 东湖区, effective 2024-07-01"),
        Write(name: "void", uri: "/api/v1/events/1/void", body: "{\"reason\":\"录入错误\"}", account: "zhanggong-editor",
              status: 201, zh: "已记录事件 #6：作废事件 #1", en: "recorded event #6: voided event #1"),
        Write(name: "facts", uri: zhanggong + "/facts", body: "{\"year\":2023,\"employees\":120}", account: "zhanggong-editor",
              status: 201, zh: "已记录 91360722MA35G1YK7R 2023年度数据", en: "recorded facts of 91360722MA35G1YK7R for 2023"),
    ])
    func theMessageFollowsTheReader(_ w: Write) async throws {
        for (language, header, expected) in [(Language.zh, "zh-CN", w.zh), (.en, "en", w.en)] {
            let fixture = try ServerFixture()
            try await fixture.test { client async throws in
                let response = try await client.write(w.uri, w.body, as: w.account, headers: [.acceptLanguage: header])
                #expect(response.status.code == w.status, "\(response.text)")
                #expect(response.json["message"] as? String == expected, "\(language)")
                #expect(response.json["recorded"] as? Bool == true)
            }
        }
    }

    @Test func factsAlreadyOnFileInBothLanguages() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let body = "{\"year\":2023,\"employees\":120}"
            let first = try await client.write(Self.zhanggong + "/facts", body, as: "zhanggong-editor")
            #expect(first.status == .created)
            let chinese = try await client.write(Self.zhanggong + "/facts", body, as: "zhanggong-editor",
                                                 headers: [.acceptLanguage: "zh-CN"])
            #expect(chinese.status == .ok)
            #expect(chinese.json["message"] as? String == "已有记录：91360722MA35G1YK7R 2023年度的相同数据已在库中，未写入")
            let english = try await client.write(Self.zhanggong + "/facts", body, as: "zhanggong-editor")
            #expect(english.json["message"] as? String
                == "already recorded: the same facts of 91360722MA35G1YK7R for 2023 are on file; nothing written")
            // Only the message differs: the keys and values are the same bytes.
            var a = chinese.json, b = english.json
            a["message"] = nil
            b["message"] = nil
            #expect(NSDictionary(dictionary: a) == NSDictionary(dictionary: b))
        }
    }

    @Test func aRepeatedCertificateIsAlreadyRecordedInChinese() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let again = try await client.write(Self.zhanggong + "/certify",
                                               "{\"number\":\"GR202336000101\",\"issued\":\"2023-11-22\",\"override\":\"x\"}",
                                               as: "ganzhou-editor", headers: [.acceptLanguage: "zh-CN"])
            #expect(again.status == .ok, "\(again.text)")
            #expect(again.json["message"] as? String == "已有记录，即事件 #1（认定，生效日期 2023年11月22日），未写入")
            #expect(again.json["kind"] as? String == "certify")
            #expect(again.json["effective"] as? String == "2023-11-22")
        }
    }
}
