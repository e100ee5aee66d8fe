import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// 目标 and 日志: the rows the library gives for the same question, in the account's scope, worked
/// out by hand from the fixture (five 高企 certified on 2023-11-22 by "tester" on 2024-01-02); the
/// set-target form for admins, its refusals naming the field, and its CSRF check.
@Suite struct PageRecordsTests {
    /// The fixture with two targets set on 2024-06-01: 10 高企 in the province by 2025-12-31 and
    /// 4 in 赣州 by 2024-12-31.
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        let set = WriteContext(operatorName: "planner", at: Moment(parsing: "2024-06-01T02:00:00Z", defaultOffsetSeconds: 0)!,
                               command: "test")
        try fixture.registry.setTarget(tier: .hnte, count: 10, due: Day(iso: "2025-12-31")!, region: .province, context: set)
        try fixture.registry.setTarget(tier: .hnte, count: 4, due: Day(iso: "2024-12-31")!, region: try Region(parsing: "360700"),
                                       context: set)
        return fixture
    }

    struct TargetCase: CustomTestStringConvertible, Sendable {
        let account: String
        let rows: [[String]]
        var testDescription: String { account }
    }

    /// On 2024-06-30 (a year before: 2023-06-30, 366 days back, when no firm held 高企):
    /// province 5 of 10, projected 5 + 5 × 549 ÷ 366 = 12 (rounded down) → on track;
    /// 赣州 3 of 4, projected 3 + 3 × 184 ÷ 366 = 4 → on track.
    static let province = ["高企", "江西省（360000）", "10", "2025-12-31", "5", "0", "12", "50% 50%", "按期可完成", "planner",
                           "2024-06-01 10:00"]
    static let ganzhou = ["高企", "赣州市（360700）", "4", "2024-12-31", "3", "0", "4", "75% 75%", "按期可完成", "planner",
                          "2024-06-01 10:00"]

    @Test(arguments: [
        TargetCase(account: "sheng-viewer", rows: [province, ganzhou]),
        TargetCase(account: "ganzhou-viewer", rows: [ganzhou]),
        TargetCase(account: "zhanggong-viewer", rows: []),
    ])
    func theTargetsOfTheRegionWithTheirProgress(_ c: TargetCase) async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let page = try await client.get("/targets?as_of=2024-06-30", session)
            #expect(page.status == .ok)
            #expect(page.text.tableRows("targets") == c.rows)
            #expect(page.text.contains("<li><a href=\"/targets\" aria-current=\"page\">目标</a></li>"))
            #expect(c.rows.isEmpty == page.text.contains("本地区还没有执行中的目标。"))
            // A viewer reads; only an admin sees the form.
            #expect(!page.text.contains("id=\"set-target\""))
        }
    }

    @Test func theTargetsAreTheCLIs() async throws {
        let fixture = try PageRecordsTests.fixture()
        let cli = try LadderCLI.run(["targets", "--format", "json", "--as-of", "2024-06-30"], db: fixture.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { "\($0["code"]!) \($0["current"]!) \($0["projection"]!) \($0["status"]!)" }
            == ["360000 5 12 on-track", "360700 3 4 on-track"])
    }

    @Test func anAdminSetsATargetOfItsRegionThroughTheForm() async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let page = try await client.get("/targets?as_of=2024-06-30", session)
            let csrf = try #require(page.text.formToken)
            #expect(page.text.contains("id=\"set-target\""))
            let set = try await client.postForm("/targets", [("csrf_token", csrf), ("tier", "hnte"), ("count", "2"),
                                                             ("due", "2025-12-31"), ("region", "360702")], headers: session)
            #expect(set.status == .seeOther)
            #expect(set.headers[.location] == "/targets?recorded=3")
            let shown = try await client.get("/targets?recorded=3&as_of=2024-06-30", session)
            #expect(shown.text.contains("已记录目标 #3：章贡区在2025年12月31日前有 2 家高新技术企业"))
            // 章贡区 holds one firm: 1 of 2, projected 1 + 1 × 549 ÷ 366 = 2 → on track.
            #expect(shown.text.tableRows("targets").last
                == ["高企", "章贡区（360702）", "2", "2025-12-31", "1", "0", "2", "50% 50%", "按期可完成", "ganzhou-admin",
                    "2025-01-01 08:00"])
            let again = try await client.postForm("/targets", [("csrf_token", csrf), ("tier", "hnte"), ("count", "2"),
                                                               ("due", "2025-12-31"), ("region", "360702")], headers: session)
            #expect(again.status == .conflict)
            #expect(again.text.contains("目标数（家）：这一目标已在执行（目标 #3），未重复记录。"))
        }
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let account: String
        let fields: [(String, String)]
        let status: HTTPResponse.Status
        let message: String
        var testDescription: String { "\(account) \(fields.map(\.1))" }
    }

    @Test(arguments: [
        Refusal(account: "ganzhou-admin", fields: [("tier", "hnte"), ("count", "5"), ("due", "2025-12-31"), ("region", "360100")],
                status: .forbidden, message: "地区代码：地区 360100（南昌市）不在账号“ganzhou-admin”的管辖地区赣州市内"),
        Refusal(account: "ganzhou-admin", fields: [("tier", "hnte"), ("count", "0"), ("due", "2025-12-31"), ("region", "360700")],
                status: .badRequest, message: "目标数（家）：“0”不是正整数；请填写至少为 1 的整数，例如 1200。"),
        Refusal(account: "ganzhou-admin", fields: [("tier", "hnte"), ("count", "5"), ("due", "明年"), ("region", "360700")],
                status: .badRequest, message: "完成期限：“明年”不是日期；请写成 2025-12-31 这样的日期。"),
        Refusal(account: "ganzhou-admin", fields: [("tier", "gold"), ("count", "5"), ("due", "2025-12-31"), ("region", "360700")],
                status: .badRequest, message: "层级：“gold”不是层级；请从列表中选择。"),
        Refusal(account: "ganzhou-editor", fields: [("tier", "hnte"), ("count", "5"), ("due", "2025-12-31"), ("region", "360700")],
                status: .forbidden, message: "账号“ganzhou-editor”是录入员；只有管理员能设定目标，请联系赣州市的管理员。"),
    ])
    func aRefusedTargetComesBackNamingTheFieldWithWhatWasTyped(_ c: Refusal) async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let csrf = try #require(try await client.get("/targets", session).text.formToken)
            let refused = try await client.postForm("/targets", [("csrf_token", csrf)] + c.fields, headers: session)
            #expect(refused.status == c.status)
            #expect(refused.text.contains(c.message))
            for (name, value) in c.fields where name != "tier" {
                #expect(c.account != "ganzhou-admin" || refused.text.contains("name=\"\(name)\" value=\"\(value)\""), "\(name)")
            }
            #expect(try fixture.registry.targets(asOf: Day(iso: "2024-06-30")!).rows.count == 2)
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let forged = try await client.postForm("/targets", [("tier", "hnte"), ("count", "5"), ("due", "2025-12-31")],
                                                   headers: session)
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("页面已过期，请重新填写并提交。"))
            #expect(try fixture.registry.targets(asOf: Day(iso: "2024-06-30")!).rows.count == 2)
        }
    }

    /// 赣州's log on 2024-06-30: its three firms, each registered and certified by "tester", newest
    /// first (at one moment, the later kind and id first); four to a page.
    @Test func theLogNewestFirstPagedWithNextPage() async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let first = try await client.get("/log?as_of=2024-06-30&limit=4", session)
            #expect(first.status == .ok)
            let at = "2024-01-02 08:00"
            let certified = { (id: Int, code: String, number: Int) in
                [at, "tester", "事件", code, "#\(id) 认定：高企 GR20233600010\(number)", "test", "本机"]
            }
            #expect(first.text.tableRows("log") == [
                certified(3, ServerFixture.Firm.ganzhou.rawValue, 3), certified(2, ServerFixture.Firm.nankang.rawValue, 2),
                certified(1, ServerFixture.Firm.zhanggong.rawValue, 1),
                [at, "tester", "企业登记", ServerFixture.Firm.ganzhou.rawValue, "登记 企业ganzhou", "手工登记", "本机"],
            ])
            #expect(first.text.contains("本页第 1–4 条，最新的在前"))
            #expect(first.text.contains("<a href=\"/firms/\(ServerFixture.Firm.nankang.rawValue)?as_of=2024-06-30\">"))
            let next = try #require(first.text.firstMatch(#"id="next-page" href="([^"]+)""#))
            #expect(next == "/log?as_of=2024-06-30&amp;limit=4&amp;offset=4")
            let second = try await client.get(next.replacingOccurrences(of: "&amp;", with: "&"), session)
            #expect(second.text.tableRows("log").map { $0[3] }
                == [ServerFixture.Firm.nankang.rawValue, ServerFixture.Firm.zhanggong.rawValue])
            #expect(second.text.contains("本页第 5–6 条，最新的在前"))
            #expect(!second.text.contains("id=\"next-page\""))
            #expect(second.text.contains("id=\"first-page\" href=\"/log?as_of=2024-06-30&amp;limit=4\""))
        }
    }

    @Test func theLogIsTheAPIsLogInTheSameScope() async throws {
        let fixture = try PageRecordsTests.fixture()
        try await fixture.test { client async throws in
            for account in ["sheng-viewer", "ganzhou-viewer", "zhanggong-viewer", "xinqu-viewer"] {
                let session = try await client.pageSession(account)
                let page = try await client.get("/log?as_of=2024-06-30&limit=200", session)
                let (api, _) = try await client.session(account)
                let entries = try #require(try JSONSerialization.jsonObject(
                    with: Data(try await client.get("/api/v1/log?as_of=2024-06-30", api).text.utf8)) as? [[String: Any]])
                #expect(page.text.tableRows("log").map { $0[3] } == entries.reversed().map { $0["credit_code"] as? String ?? "" },
                        "\(account)")
            }
            let session = try await client.pageSession("ganzhou-viewer")
            #expect(try await client.get("/log?region=360100", session).status == .forbidden)
            let operatorOnly = try await client.get("/log?as_of=2024-06-30&operator=nobody", session)
            #expect(operatorOnly.text.contains("没有符合条件的记录。"))
            let badLimit = try await client.get("/log?limit=0", session)
            #expect(badLimit.status == .badRequest)
            #expect(badLimit.text.contains("limit “0”不是 1 到 200 之间的整数（单位：条）。"))
        }
    }

    /// A firm named like an attack shows as text in the log; the Chinese pages hold no English words
    /// beyond the data (account and firm names, the fixture's command) and the switch to English.
    static let attack = "91360702MA3XJJ0088"

    @Test func namesAreEscapedAndThePagesAreChinese() async throws {
        let fixture = try PageRecordsTests.fixture()
        let written = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-02-01T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        _ = try fixture.registry.add(try CreditCode(PageRecordsTests.attack), name: "<script>alert(1)</script>",
                                     location: ServerFixture.Firm.ganzhou.location, context: written)
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-admin")
            let log = try await client.get("/log?as_of=2024-06-30", session).text
            #expect(log.contains("登记 &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!log.contains("<script>"))
            for path in ["/targets?as_of=2024-06-30", "/log?as_of=2024-06-30", "/accounts", "/accounts/zhanggong-viewer"] {
                let text = try await client.get(path, session).text.visibleText
                    .replacingOccurrences(of: #"(ganzhou|zhanggong|sheng|xinqu)-(admin|editor|viewer)|tester|planner|企业[a-z]+|<script>alert\(1\)</script>|\btest\b|English"#,
                                          with: "", options: .regularExpression)
                #expect(EnglishWords.find(in: text) == [], "\(path)")
            }
        }
    }
}

extension String {
    /// The cells of each body row of table `id`, as a reader sees them (tags gone, entities read).
    func tableRows(_ id: String) -> [[String]] {
        guard let start = range(of: "<table id=\"\(id)\">"), let end = self[start.upperBound...].range(of: "</table>"),
              let body = self[start.upperBound..<end.lowerBound].range(of: "<tbody>") else { return [] }
        let table = String(self[body.upperBound..<end.lowerBound])
        return table.matches(#"<tr[^>]*>(.*?)</tr>"#).map { row in
            row.matches(#"<td[^>]*>(.*?)</td>"#).map { $0.visibleText.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The text without its tags, entities read, runs of space made one.
    var visibleText: String {
        replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// The first group of each match of `pattern` (across lines).
    func matches(_ pattern: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { match in
            Range(match.range(at: 1), in: self).map { String(self[$0]) }
        }
    }
}
