import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import NIOCore
import Testing

/// 首页's targets, trend and links, 报告 `/report`, the search-as-you-type script and the icon:
/// figures equal the CLI's for the same region and day, worked out by hand from the fixture (five
/// 高企 certified 2023-11-22, three in 赣州; targets: 10 高企 in the province and 4 in 赣州, both
/// by 2025-12-31).
@Suite struct PageOverviewTests {
    struct TargetCase: CustomTestStringConvertible, Sendable {
        let account: String
        let region: String?
        /// `tier code` of each target row, with current, target, projection and status.
        let rows: [String]
        var testDescription: String { account }
    }

    /// On 2024-06-30 a year back is 2023-06-30 (none held); 366 days elapsed, 549 to 2025-12-31:
    /// the province 5 + ⌊5 × 549 / 366⌋ = 12, 赣州 3 + ⌊3 × 549 / 366⌋ = 7 — both on track.
    @Test(arguments: [
        TargetCase(account: "sheng-viewer", region: nil,
                   rows: ["hnte 360000 current=5 target=10 projection=12 on-track", "hnte 360700 current=3 target=4 projection=7 on-track"]),
        TargetCase(account: "ganzhou-viewer", region: nil, rows: ["hnte 360700 current=3 target=4 projection=7 on-track"]),
        TargetCase(account: "sheng-viewer", region: "360700", rows: ["hnte 360700 current=3 target=4 projection=7 on-track"]),
    ])
    func theTargetsAreTheCLIs(_ c: TargetCase) async throws {
        let fixture = try ReadCLIJSONTests.fixture()
        let region = c.region ?? (c.account == "ganzhou-viewer" ? "360700" : nil)
        let cli = try LadderCLI.run(["targets", "list", "--format", "json"] + (region.map { ["--region", $0] } ?? [])
                                    + CLIJSONTests.times, db: fixture.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]])
        let fromCLI = rows.map { row in
            "\(row["tier"]!) \(row["code"]!) current=\(row["current"]!) target=\(row["target"]!) projection=\(row["projection"]!) \(row["status"]!)"
        }
        #expect(fromCLI == c.rows)
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let page = try await client.get("/?\(PageFirmTests.day)" + (c.region.map { "&region=\($0)" } ?? ""), session)
            #expect(page.status == .ok)
            let shown = page.text.allMatches(#"<tr data-target="([a-z]+ [0-9]+)".*?<td class="n" data-count="([0-9]+)">.*?class="n current" data-count="([0-9]+)".*?class="n projection" data-count="([0-9]+)".*?<td class="t-([a-z-]+)">"#)
                .map { "\($0[0]) current=\($0[2]) target=\($0[1]) projection=\($0[3]) \($0[4])" }
            #expect(shown == c.rows)
        }
    }

    @Test func theTargetsShowProgressInChinese() async throws {
        let fixture = try ReadCLIJSONTests.fixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?\(PageFirmTests.day)", session)
            #expect(page.text.contains("<h2>目标进度</h2>"))
            #expect(page.text.contains("<progress max=\"4\" value=\"3\">75%</progress> <span class=\"percent\">75%</span>"))
            #expect(page.text.contains("<td class=\"t-on-track\">按期可完成</td>"))
            #expect(page.text.contains("<th class=\"n\">一年前（2023-06-30）</th>"))
            let none = try await client.get("/?\(PageFirmTests.day)", try await client.pageSession("zhanggong-viewer"))
            #expect(none.text.contains("<p class=\"empty\" id=\"targets-none\">本地区尚未设定目标。</p>"))
        }
    }

    struct TrendCase: CustomTestStringConvertible, Sendable {
        let account: String
        let region: String?
        /// 高企 at each month's end, 2023-07 to 2024-06: none before the certificates of 2023-11-22.
        let hnte: [Int]
        var testDescription: String { account }
    }

    @Test(arguments: [
        TrendCase(account: "sheng-viewer", region: nil, hnte: [0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5]),
        TrendCase(account: "ganzhou-viewer", region: "360700", hnte: [0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3]),
    ])
    func theTrendIsTheCLIsSeries(_ c: TrendCase) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let page = try await client.get("/?\(PageFirmTests.day)", session)
            let months = page.text.allMatches(#"<tr data-month="([0-9-]+)">"#).map { $0[0] }
            #expect(months == ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12",
                               "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"])
            for tier in Tier.allCases {
                let cli = try LadderCLI.run(["series", "--tier", tier.rawValue, "--from", "2023-07", "--to", "2024-06", "--format", "json"]
                                            + (c.region.map { ["--region", $0] } ?? []) + ["--known-at", "2025-01-01"], db: fixture.path)
                #expect(cli.status == 0, "\(cli.stderr)")
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]])
                let counts = page.text.allMatches("data-tier=\"\(tier.rawValue)\" data-count=\"([0-9]+)\"").compactMap { Int($0[0]) }
                #expect(counts == rows.compactMap { $0["count"] as? Int }, "\(tier)")
                #expect(counts == (tier == .hnte ? c.hnte : Array(repeating: 0, count: 12)), "\(tier)")
            }
            // The chart draws the same counts: 8 bars of 高企 with a height, on an axis to 5 (or 3).
            #expect(page.text.allMatches(#"<rect class="bar tier-hnte" [^>]*height="([0-9.]+)""#).filter { $0[0] != "0" }.count == 8)
            #expect(page.text.contains("<title>2024-06 · 高企 · \(c.hnte[11])</title>"))
            #expect(page.text.contains("<title id=\"trend-chart-title\">2023-07 至 2024-06 各月末有效企业数，按层级</title>"))
        }
    }

    /// The day's own month is counted on the day, never at a month's end still to come: on
    /// 2023-11-15 none of the certificates of 2023-11-22 is valid yet (`ladder series` would say 5
    /// at 2023-11-30), and the month before is 0 as well.
    @Test func theDaysMonthIsCountedOnTheDay() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("sheng-viewer")
            let page = try await client.get("/?as_of=2023-11-15&known_at=2025-01-01", session)
            let hnte = page.text.allMatches(#"data-tier="hnte" data-count="([0-9]+)""#).compactMap { Int($0[0]) }
            #expect(hnte == Array(repeating: 0, count: 12))
            #expect(page.text.contains("<tr data-month=\"2023-11\"><td>2023-11<span class=\"hint\"> · 2023-11-15</span></td>"))
            #expect(page.text.contains("<tr data-month=\"2023-10\"><td>2023-10<span class=\"hint\"> · 2023-10-31</span></td>"))
            let later = try await client.get("/?as_of=2023-11-22&known_at=2025-01-01", session)
            #expect(later.text.allMatches(#"data-tier="hnte" data-count="([0-9]+)""#).compactMap { Int($0[0]) }.last == 5)
        }
    }

    /// On 2026-09-01 the five certificates (issued 2023-11-22; under the policy in force the last
    /// valid day is 2026-11-22) end within 90 days: 29 + 31 + 22 = 82 days left.
    @Test func theExpiringAndImportsLinkToTheirLists() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?as_of=2026-09-01&known_at=2025-01-01", session)
            #expect(page.text.contains("id=\"expiring-count\" data-count=\"3\">共 3 条，列出最早到期的 3 条。"))
            #expect(page.text.allMatches(#"<td class="n">2026-11-22</td><td class="n">82</td>"#).count == 3)
            #expect(page.text.contains("<a id=\"expiring-all\" href=\"/expiring?days=90&amp;as_of=2026-09-01&amp;known_at=2025-01-01\">查看全部到期清单</a>"))
            #expect(page.text.contains("<a id=\"imports-all\" href=\"/imports\">查看全部导入记录</a>"))
            #expect(page.text.contains("<a id=\"report-link\" href=\"/report?as_of=2026-09-01&amp;known_at=2025-01-01\">打开可打印的报告</a>"))
            let list = try await client.get("/expiring?days=90&as_of=2026-09-01&known_at=2025-01-01", session)
            #expect(list.text.contains("共 3 条"))
        }
    }

    struct ReportCase: CustomTestStringConvertible, Sendable {
        let account: String
        let region: String?
        let cli: [String]
        let title: String
        var testDescription: String { "\(account) \(region ?? "")" }
    }

    @Test(arguments: [
        ReportCase(account: "sheng-viewer", region: nil, cli: [], title: "江西省科技企业梯次培育报告"),
        ReportCase(account: "ganzhou-viewer", region: nil, cli: ["--region", "360700"], title: "赣州市科技企业梯次培育报告"),
        ReportCase(account: "sheng-viewer", region: "360700", cli: ["--region", "360700"], title: "赣州市科技企业梯次培育报告"),
    ])
    func theReportIsTheCLIs(_ c: ReportCase) async throws {
        let fixture = try ReadCLIJSONTests.fixture()
        let out = fixture.folder.appendingPathComponent("report.html")
        let cli = try LadderCLI.run(["report", "--out", out.path, "--lang", "zh"] + c.cli + CLIJSONTests.times, db: fixture.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        try await fixture.test { client async throws in
            let session = try await client.pageSession(c.account)
            let page = try await client.get("/report?\(PageFirmTests.day)" + (c.region.map { "&region=\($0)" } ?? ""), session)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!])
            // The report's own inline styles by their hashes (ReportPolicyTests), no 'unsafe-inline'.
            #expect(policy.hasPrefix("default-src 'none'; style-src 'unsafe-hashes' 'sha256-") && !policy.contains("unsafe-inline"))
            #expect(!page.text.contains("<script"))
            #expect(page.text.contains("<h1>\(c.title)</h1>"))
            // Everything from the headline to the end is the CLI's file, byte for byte; only the
            // masthead's time of making differs (the CLI's clock, the server's).
            #expect(PageOverviewTests.body(of: page.text) == PageOverviewTests.body(of: written))
            #expect(PageOverviewTests.body(of: page.text).count > 1000)
            #expect(page.text.contains("@page { size: A4; margin: 12mm; }"))
            #expect(page.text.contains("@media print { .report-tools { display: none; } }"))
            #expect(page.text.contains("<nav class=\"report-tools\" aria-label=\"报告的统计日与地区\">"))
            #expect(page.text.contains("<a id=\"report-back\" href=\"/?as_of=2024-06-30&amp;known_at=2025-01-01"))
        }
    }

    static func body(of html: String) -> String {
        guard let start = html.range(of: "<section id=\"headline\"") else { return "" }
        return String(html[start.lowerBound...])
    }

    @Test func aReportOfAnotherRegionIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/report?as_of=2024-06-30&region=360100", session)
            #expect(page.status == .forbidden)
            #expect(page.text.contains("地区 360100（南昌市）不在账号“ganzhou-viewer”的管辖地区赣州市内"))
            #expect(!page.text.contains("report-tools"))
            let away = try await client.get("/report?as_of=2024-06-30")
            #expect(away.status == .seeOther)
            #expect(away.headers[.location] == "/login?next=/report%3Fas_of%3D2024-06-30")
        }
    }

    @Test func theScriptIsAFileAndNoPageRunsAnInlineOne() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let script = try await client.get("/static/find.js")
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("fetch(\"/firms?q=\" + encodeURIComponent(q)"))
            #expect(!script.text.contains("innerHTML"))
            let session = try await client.pageSession("ganzhou-viewer")
            for uri in ["/?as_of=2024-06-30", "/firms?q=企业"] {
                let page = try await client.get(uri, session)
                let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!])
                #expect(policy == "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
                        + "frame-ancestors 'none'; script-src 'self'; connect-src 'self'", "\(uri)")
                #expect(page.text.allMatches("<script([^>]*)>").map { $0[0] } == [" src=\"/static/find.js\" defer"], "\(uri)")
                #expect(page.text.contains("<link rel=\"icon\" href=\"/favicon.ico\">"))
            }
            let found = try await client.get("/firms?q=企业", session)
            #expect(found.text.contains("<div id=\"find-answer\" aria-live=\"polite\">"))
            #expect(found.text.contains("<div id=\"header-results\" class=\"live-results\" role=\"region\" aria-live=\"polite\" aria-label=\"输入时显示的查找结果\" hidden></div>"))
            // Signed out, a page runs no script at all.
            let login = try await client.get("/login")
            #expect(login.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("script-src") == false)
            #expect(!login.text.contains("<script"))
        }
    }

    /// A 32×32 icon of one 32-bit bitmap: 6 + 16 bytes of directory, 40 of header, 32 × 32 × 4 of
    /// pixels and 32 × 32 / 8 of mask.
    @Test func theIconIsAnIcon() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let icon = try await client.get("/favicon.ico")
            #expect(icon.status == .ok)
            #expect(icon.headers[.contentType] == "image/x-icon")
            let bytes = Array(icon.body.readableBytesView)
            #expect(bytes.count == 4286)
            #expect(Array(bytes.prefix(8)) == [0, 0, 1, 0, 1, 0, 32, 32])
            #expect(Array(bytes[22..<26]) == [40, 0, 0, 0])
        }
    }
}

private extension String {
    /// Every match of `pattern` (dot matching newlines off), each as its capture groups.
    func allMatches(_ pattern: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(startIndex..., in: self)
        return regex.matches(in: self, range: whole).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: self).map { String(self[$0]) } ?? ""
            }
        }
    }
}
