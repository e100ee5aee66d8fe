import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// 即将到期, 已失效, 培育对象: the rows are the API's for the same query, in the account's region,
/// sorted by a column on request, and the export buttons give `ladder`'s files.
///
/// The fixture: five 高企 issued 2023-11-22, so (the issue day not counted) ending on 2026-11-22,
/// 875 days after 2024-06-30; three of them in 赣州 (章贡区, 南康区, 市本级).
@Suite struct PageListTests {
    static let day = PageFirmTests.day
    static let times = CLIJSONTests.times
    static let ganzhouByCode = ["9136060006346630XD", "91360722MA35G1YK7R", "914403001922038216"]

    struct Case: CustomTestStringConvertible, Sendable {
        let account: String
        let filters: String
        let api: String
        let rows: Int
        var testDescription: String { "\(account) \(filters)" }
    }

    @Test(arguments: [
        Case(account: "sheng-viewer", filters: "days=900", api: "within=900", rows: 5),
        Case(account: "sheng-viewer", filters: "days=875", api: "within=875", rows: 5),
        Case(account: "sheng-viewer", filters: "days=874", api: "within=874", rows: 0),
        Case(account: "sheng-viewer", filters: "region=360700&days=875", api: "region=360700&within=875", rows: 3),
        Case(account: "sheng-viewer", filters: "tier=hnte&region=360702&days=900", api: "tier=hnte&region=360702&within=900", rows: 1),
        Case(account: "ganzhou-viewer", filters: "days=900", api: "within=900", rows: 3),
    ])
    func theExpiringRowsAreTheAPIs(_ c: Case) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let api = try await client.get("/api/v1/expiring?\(c.api)&\(PageListTests.day)", try await client.session(c.account).headers)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [[String: Any]])
            let page = try await client.get("/expiring?\(c.filters)&\(PageListTests.day)", try await client.pageSession(c.account))
            #expect(page.status == .ok)
            let rows = PageListTests.rows(page.text)
            #expect(rows.count == c.rows)
            #expect(json.count == c.rows)
            #expect(page.text.dataCount(id: "row-count") == c.rows)
            let keys = PageListTests.keys(page.text)
            #expect(c.rows == 0 ? page.text.contains("id=\"list-empty\"") : keys == ["credit_code", "name", "city", "tier", "number", "last_valid_day", "days_left", "contact", "phone"])
            for (row, object) in zip(rows, json) {
                #expect(row.code == object["credit_code"] as? String)
                for (key, cell) in zip(keys, row.cells) where key != "tier" {
                    #expect(cell == PageListTests.plain(object[key]), "\(row.code) \(key)")
                }
                #expect(row.cells[3] == "高企" && row.html.contains("<span class=\"badge tier-hnte\">"))
                #expect(row.cells[5] == "2026-11-22" && row.cells[6] == "875")
                #expect(row.html.contains("<a href=\"/firms/\(row.code)?as_of=2024-06-30&amp;known_at=2025-01-01\">\(row.code)</a>"))
            }
        }
    }

    @Test func aCityAccountSeesOnlyItsRowsAndARegionOutsideIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/expiring?days=900&\(PageListTests.day)", session)
            #expect(Set(PageListTests.rows(page.text).map(\.code)) == Set(PageListTests.ganzhouByCode))
            #expect(page.text.contains("<h1 id=\"list-title\">赣州市 · 即将到期</h1>"))
            for uri in ["/expiring?region=360100&\(PageListTests.day)", "/lapsed?region=360100", "/candidates?region=360100",
                        "/expiring.xlsx?region=360100", "/candidates.csv?region=360100"] {
                let refused = try await client.get(uri, session)
                #expect(refused.status == .forbidden, "\(uri)")
                #expect(refused.text.contains("地区 360100（南昌市）不在账号“ganzhou-viewer”的管辖地区赣州市内；请查询 360700 或其下属地区。"), "\(uri)")
            }
            let county = try await client.get("/expiring?region=360702&days=900&\(PageListTests.day)", session)
            #expect(PageListTests.rows(county.text).map(\.code) == ["91360722MA35G1YK7R"])
        }
    }

    @Test func sortingByAColumnReversesTheOrder() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let base = "/expiring?days=900&\(PageListTests.day)"
            let ascending = try await client.get(base + "&sort=credit_code&order=asc", session).text
            let descending = try await client.get(base + "&sort=credit_code&order=desc", session).text
            #expect(PageListTests.rows(ascending).map(\.code) == PageListTests.ganzhouByCode)
            #expect(PageListTests.rows(descending).map(\.code) == PageListTests.ganzhouByCode.reversed())
            let today = try await client.get("/expiring?days=900&sort=name&order=desc", session).text
            let link = try #require(today.firstMatch("id=\"permalink\" href=\"([^\"]+)\""))
            #expect(link.hasPrefix("/expiring?days=900&amp;as_of=") && link.contains("&amp;known_at=")
                && link.hasSuffix("&amp;sort=name&amp;order=desc"), "\(link)")
            // The sorted column's header turns the order round; another column's starts ascending.
            #expect(ascending.contains("aria-sort=\"ascending\" data-key=\"credit_code\"><a href=\"/expiring?days=900&amp;as_of=2024-06-30&amp;known_at=2025-01-01&amp;sort=credit_code&amp;order=desc\""))
            #expect(descending.contains("aria-sort=\"none\" data-key=\"name\"><a href=\"/expiring?days=900&amp;as_of=2024-06-30&amp;known_at=2025-01-01&amp;sort=name&amp;order=asc\""))
            let unknown = try await client.get(base + "&sort=salary", session)
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("无法按「salary」排序；可排序的列：credit_code, name, city, tier, number, last_valid_day, days_left, contact, phone。"))
            #expect(try await client.get(base + "&sort=name&order=up", session).status == .badRequest)
        }
    }

    @Test func theExcelExportIsAWorkbookWithTheCodesAsText() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/expiring?tier=hnte&days=900&\(PageListTests.day)", session).text
            let href = try #require(page.firstMatch("id=\"export-xlsx\" href=\"([^\"]+)\""))
            #expect(href == "/expiring.xlsx?tier=hnte&amp;days=900&amp;as_of=2024-06-30&amp;known_at=2025-01-01")
            let file = try await client.get(href.replacingOccurrences(of: "&amp;", with: "&"), session)
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"expiring-hnte-360700-2024-06-30.xlsx\"; "
                + "filename*=UTF-8''%E5%8D%B3%E5%B0%86%E5%88%B0%E6%9C%9F-%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BC%81%E4%B8%9A-"
                + "%E8%B5%A3%E5%B7%9E%E5%B8%82-2024-06-30.xlsx")
            let workbook = try ExportedWorkbook(Data(buffer: file.body))
            #expect(workbook.parts.keys.contains("xl/workbook.xml"))
            let codes = workbook.cells.filter { $0.reference.hasPrefix("A") && $0.reference != "A1" }
            #expect(Set(codes.map(\.value)) == Set(PageListTests.ganzhouByCode))
            for cell in codes { #expect(cell.type == "inlineStr" || cell.type == "s", "\(cell.reference) is a \(cell.type ?? "number")") }
            #expect(workbook.cells.first { $0.reference == "A1" }?.value == "统一社会信用代码")
        }
    }

    struct ExportCase: CustomTestStringConvertible, Sendable {
        let uri: String
        let cli: [String]
        let rows: Int
        var testDescription: String { uri }
    }

    /// The CSV button gives the CLI's CSV for the same filters, after the byte order mark that
    /// makes Excel read it as UTF-8. On 2028-06-30 the five 高企 that ended 2026-11-22 have lapsed (their renewal window closed).
    @Test(arguments: [
        ExportCase(uri: "/expiring.csv?days=900&region=360700&\(day)",
                   cli: ["expiring", "--within", "900", "--region", "360700"] + times, rows: 3),
        ExportCase(uri: "/expiring.csv?tier=tsme&\(day)", cli: ["expiring", "--tier", "tsme"] + times, rows: 0),
        ExportCase(uri: "/lapsed.csv?days=900&as_of=2028-06-30&known_at=2025-01-01",
                   cli: ["lapsed", "--since", "2026-01-12", "--as-of", "2028-06-30", "--known-at", "2025-01-01"], rows: 5),
        // 586 days before 2028-06-30 is 2026-11-22, their end: still listed; 585, a day later: not.
        ExportCase(uri: "/lapsed.csv?days=586&as_of=2028-06-30&known_at=2025-01-01",
                   cli: ["lapsed", "--since", "2026-11-22", "--as-of", "2028-06-30", "--known-at", "2025-01-01"], rows: 5),
        ExportCase(uri: "/lapsed.csv?days=585&as_of=2028-06-30&known_at=2025-01-01",
                   cli: ["lapsed", "--since", "2026-11-23", "--as-of", "2028-06-30", "--known-at", "2025-01-01"], rows: 0),
        ExportCase(uri: "/candidates.csv?tier=hnte&\(day)", cli: ["candidates", "--tier", "hnte"] + times, rows: 0),
    ])
    func theCSVExportIsTheCLIs(_ c: ExportCase) async throws {
        let fixture = try ServerFixture()
        let cli = try LadderCLI.run(c.cli + ["--format", "csv"], db: fixture.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(cli.stdout.split(separator: "\n").count == c.rows + 1)
        try await fixture.test { client async throws in
            let file = try await client.get(c.uri, try await client.pageSession("sheng-viewer"))
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(file.text == "\u{FEFF}" + cli.stdout)
        }
    }

    @Test func aHostileNameShowsAsTextInTheList() async throws {
        let fixture = try ServerFixture()
        let hostile = "<script>alert(1)</script>"
        let written = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-01-02T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        _ = try fixture.registry.rename(try CreditCode(ServerFixture.Firm.nankang.rawValue), to: hostile,
                                        effective: Day(iso: "2024-01-01")!, context: written)
        try await fixture.test { client async throws in
            let page = try await client.get("/expiring?days=900&\(PageListTests.day)", try await client.pageSession("ganzhou-viewer"))
            #expect(page.text.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
            #expect(!page.text.contains(hostile))
        }
    }

    @Test func theListsAreInTheMenuInBothLanguages() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let chinese = try await client.get("/lapsed", session).text
            #expect(chinese.contains("<li><a href=\"/expiring\">即将到期</a></li>"))
            #expect(chinese.contains("<li><a href=\"/lapsed\" aria-current=\"page\">已失效</a></li>"))
            #expect(chinese.contains("<li><a href=\"/candidates\">培育对象</a></li>"))
            let english = try await client.get("/candidates?lang=en", session).text
            #expect(english.contains("<li><a href=\"/candidates\" aria-current=\"page\">Candidates</a></li>"))
            #expect(english.contains(">Export Excel</a>"))
            #expect(!english.contains("name=\"days\""))
        }
    }

    // MARK: reading the page

    struct Row {
        let code: String
        let cells: [String]
        let html: String
    }

    static func rows(_ html: String) -> [Row] {
        matches(#"<tr data-code="([^"]*)">(.*?)</tr>"#, in: html).map { groups in
            Row(code: groups[0], cells: matches(#"<td[^>]*>(.*?)</td>"#, in: groups[1]).map { text($0[0]) }, html: groups[1])
        }
    }

    static func keys(_ html: String) -> [String] { matches(#"<th[^>]* data-key="([^"]+)""#, in: html).map { $0[0] } }

    /// A cell's text as a reader sees it: tags dropped, entities read.
    static func text(_ html: String) -> String {
        let bare = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
            .reduce(bare) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    static func plain(_ value: Any?) -> String {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        default: ""
        }
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}
