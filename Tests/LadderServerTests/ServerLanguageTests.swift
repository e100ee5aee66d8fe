import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
@testable import LadderServer
import Testing

/// Each request is answered in its reader's language — `lang`, else the `ladder_lang` cookie, else
/// `Accept-Language`, else the server's (English in these tests) — in its messages only: the JSON
/// keys and values are the same bytes in both languages.
@Suite struct ServerLanguageTests {
    struct Asking: CustomTestStringConvertible, Sendable {
        let name: String
        let query: String
        let cookie: String?
        let acceptLanguage: String?
        let expected: Language
        var testDescription: String { name }
    }

    static let askings = [
        Asking(name: "no preference: the server's", query: "", cookie: nil, acceptLanguage: nil, expected: .en),
        Asking(name: "Accept-Language zh-CN", query: "", cookie: nil, acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8", expected: .zh),
        Asking(name: "Accept-Language en-US", query: "", cookie: nil, acceptLanguage: "en-US,en;q=0.9", expected: .en),
        Asking(name: "Accept-Language fr: English", query: "", cookie: nil, acceptLanguage: "fr-FR", expected: .en),
        Asking(name: "Accept-Language by weight", query: "", cookie: nil, acceptLanguage: "en;q=0.5, zh-Hans;q=0.8", expected: .zh),
        Asking(name: "Accept-Language zh refused with q=0", query: "", cookie: nil, acceptLanguage: "zh;q=0, en", expected: .en),
        Asking(name: "cookie over Accept-Language", query: "", cookie: "ladder_lang=zh", acceptLanguage: "en", expected: .zh),
        Asking(name: "lang over cookie", query: "&lang=en", cookie: "ladder_lang=zh", acceptLanguage: "zh-CN", expected: .en),
        Asking(name: "lang=zh", query: "&lang=zh", cookie: nil, acceptLanguage: nil, expected: .zh),
        Asking(name: "an unknown lang passed over", query: "&lang=klingon", cookie: nil, acceptLanguage: "zh-TW", expected: .zh),
    ]

    static let refusal: [Language: String] = [
        .zh: "地区 360700（赣州市）不在账号“zhanggong-viewer”的管辖地区章贡区内；请查询 360702 或其下属地区。",
        .en: "region 360700 (赣州市) is outside 章贡区, the region of account 'zhanggong-viewer'; ask for 360702 or a "
            + "region within it",
    ]

    @Test(arguments: askings)
    func theSame403InTheReadersLanguage(_ asking: Asking) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            var (headers, _) = try await client.session("zhanggong-viewer")
            if let cookie = asking.cookie { headers[.cookie] = (headers[.cookie] ?? "") + "; " + cookie }
            if let accept = asking.acceptLanguage { headers[.acceptLanguage] = accept }
            let response = try await client.get(ScopeTests.stats("360700") + asking.query, headers)
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String == ServerLanguageTests.refusal[asking.expected])
        }
    }

    @Test func aFirmOutsideTheRegionIsRefusedInChinese() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            var (headers, _) = try await client.session("zhanggong-viewer")
            headers[.acceptLanguage] = "zh-CN"
            let response = try await client.get(ScopeTests.firm(.nankang), headers)
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String == "9136060006346630XD 企业nankang 在 2024年6月30日 位于南康区，"
                + "不在账号“zhanggong-viewer”的管辖地区章贡区内；请联系管辖该地区的科技局。")
        }
    }

    @Test func refusalsBeforeSigningInFollowTheLanguageToo() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let anonymous = try await client.get(ScopeTests.stats(nil), [.acceptLanguage: "zh"])
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.json["error"] as? String == "请先登录：POST /api/v1/session，或发送 Authorization: Bearer TOKEN。")
            let wrong = try await client.login("sheng-viewer", password: "not-the-password", headers: [.acceptLanguage: "zh"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.json["error"] as? String == "用户名或密码错误（或账号已停用）；请核对后重试。")
            let nowhere = try await client.get("/api/v1/nowhere?lang=zh")
            #expect(nowhere.status == .notFound)
            #expect(nowhere.json["error"] as? String == "没有这个接口：GET /api/v1/nowhere；接口都在 /api/v1 下。")
        }
    }

    @Test func aBadParameterIsNamedInChineseAndLangIsNoUnknownParameter() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("sheng-viewer")
            let badDay = try await client.get("/api/v1/stats?as_of=2024-13-01&lang=zh", headers)
            #expect(badDay.status == .badRequest)
            #expect(badDay.json["error"] as? String == "as_of “2024-13-01”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。")
            let typo = try await client.get("/api/v1/targets?regoin=3607&lang=zh", headers)
            #expect(typo.json["error"] as? String == "未知参数“regoin”；/api/v1/targets 接受的参数：region, as_of, known_at。")
        }
    }

    struct Read: CustomTestStringConvertible, Sendable {
        let uri: String
        var testDescription: String { uri }
    }

    @Test(arguments: [
        Read(uri: "/api/v1/stats?tier=hnte&by=county&as_of=2024-06-30&known_at=2025-01-01"),
        Read(uri: "/api/v1/enterprises/914403001922038216?as_of=2024-06-30&known_at=2025-01-01"),
        Read(uri: "/api/v1/expiring?within=900&as_of=2024-06-30&known_at=2025-01-01"),
        Read(uri: "/api/v1/me"),
    ])
    func theJSONIsTheSameInBothLanguages(_ read: Read) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            var (headers, _) = try await client.session("sheng-viewer")
            headers[.acceptLanguage] = "zh-CN"
            let chinese = try await client.get(read.uri, headers)
            headers[.acceptLanguage] = "en"
            let english = try await client.get(read.uri, headers)
            #expect(chinese.status == .ok, "\(chinese.text)")
            #expect(chinese.text == english.text)
            #expect(!chinese.text.isEmpty)
        }
    }

    struct Header: CustomTestStringConvertible, Sendable {
        let value: String
        let expected: Language?
        var testDescription: String { value.isEmpty ? "(empty)" : value }
    }

    @Test(arguments: [
        Header(value: "zh", expected: .zh), Header(value: "ZH-cn", expected: .zh), Header(value: "en-GB", expected: .en),
        Header(value: "*", expected: .en), Header(value: "de;q=0.9, zh;q=0.9", expected: .en),
        Header(value: "de;q=0.9, zh;q=1.0", expected: .zh), Header(value: "", expected: nil),
        Header(value: "zh;q=0", expected: nil),
    ])
    func acceptLanguageReadsTheMostPreferredRange(_ header: Header) {
        #expect(RequestLanguage.preferred(header.value) == header.expected)
    }
}
