import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import NIOCore
import Testing

/// 导入 through the pages: the upload's dry run with its counts and problems, 确认导入 recording the
/// batch as the API does, 取消 deleting the file, the region's batches with their files, and 作废
/// by an admin only; a viewer, a form without its token, another account or region refused.
///
/// The faulty file, worked out by hand for 赣州市's editor (ServerFixture's firms, all in the
/// registry already): row 2 changes 章贡区's firm's 联系人 (in 赣州: updated), row 3 names 东湖区's
/// firm (南昌, outside 赣州: rejected), row 4 has a credit code whose check character is wrong
/// (rejected), row 5 changes 南康区's firm (in 赣州: updated). So 4 rows, 2 updated, 2 rejected,
/// no new firm, nothing unchanged.
@Suite struct PageImportTests {
    static let faulty = """
        统一社会信用代码,企业名称,联系人
        91360722MA35G1YK7R,企业zhanggong,张三
        91440300708461136T,企业donghu,李四
        91360722MA35G1YK7X,错码企业,王五
        9136060006346630XD,企业nankang,赵六

        """
    static let boundary = "----ladder-page-test"

    @Test func theDryRunShowsTheCountsAndTheProblemsByKindAndWritesNothing() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let id = try await client.stage(PageImportTests.faulty, session: session)
            let page = try await client.get("/imports/new/\(id)", session)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1 id=\"import-title\">试导入：名单.csv</h1>"))
            #expect(page.text.contains("<p class=\"notice info\" id=\"dry-run-line\">试导入：未写入任何数据</p>"))
            #expect(page.text.contains("识别为：企业名册"))
            let counts = ["rows": 4, "new_enterprises": 0, "updated_enterprises": 2, "new_events": 0, "new_facts": 0,
                          "unchanged": 0, "rejected": 2]
            for (key, count) in counts { #expect(page.text.dataCount(id: "count-\(key)") == count, "\(key)") }
            let problems = PageImportTests.problemRows(page.text)
            #expect(problems.count == 2)
            #expect(problems.contains { $0.hasPrefix("拒收|1|统一社会信用代码|") && $0.hasSuffix("|3") && $0.contains("东湖区") })
            #expect(problems.contains { $0.hasPrefix("拒收|1|统一社会信用代码|") && $0.hasSuffix("|4") && $0.contains("91360722MA35G1YK7X") })
            // The first rows as read, header first, row numbers as the spreadsheet shows them.
            #expect(page.text.contains("<tr class=\"header-row\"><th class=\"n\">1</th><td>统一社会信用代码</td><td>企业名称</td><td>联系人</td></tr>"))
            #expect(page.text.contains("<tr><th class=\"n\">5</th><td>9136060006346630XD</td><td>企业nankang</td><td>赵六</td></tr>"))
            #expect(page.text.contains("action=\"/imports/new/\(id)/apply\""))
            #expect(try fixture.registry.importBatches().isEmpty)
            // The same file through the API counts the same.
            let api = try await client.upload(PageImportTests.faulty, query: "dry_run=true", as: "ganzhou-editor")
            #expect(api.json["updated_enterprises"] as? Int == 2 && api.json["rejected"] as? Int == 2 && api.json["rows"] as? Int == 4)
        }
    }

    @Test func applyRecordsTheBatchUnderTheAccountsNameWithItsRejectsToDownload() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let id = try await client.stage(PageImportTests.faulty, session: session)
            let done = try await client.apply(id, session: session)
            #expect(done.text.contains("<p class=\"notice info\" id=\"recorded-line\">已记录为导入批次 1。</p>"))
            #expect(done.text.dataCount(id: "count-updated_enterprises") == 2 && done.text.dataCount(id: "count-rejected") == 2)
            #expect(done.text.contains("<a class=\"button\" id=\"download-rejects\" href=\"/api/v1/imports/1/rejects\" download>下载拒收行（2 行）</a>"))
            let batch = try #require(try fixture.registry.importBatches().first)
            #expect(batch.operatorName == "ganzhou-editor" && batch.fileName == "名单.csv")
            #expect(batch.updatedEnterprises == 2 && batch.rejected == 2 && batch.rows == 4)
            let rejects = try await client.get("/api/v1/imports/1/rejects", session)
            #expect(rejects.status == .ok)
            let lines = rejects.text.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.count == 3)
            #expect(lines.first == "\u{FEFF}原行号,统一社会信用代码,企业名称,联系人,问题列,问题说明")
            #expect(lines.dropFirst().map { String($0.split(separator: ",").prefix(3).joined(separator: ",")) }
                    == ["3,91440300708461136T,企业donghu", "4,91360722MA35G1YK7X,错码企业"])
            // Applied once: the same address shows the result, and a second 确认导入 records nothing more.
            _ = try await client.postForm("/imports/new/\(id)/apply", [("csrf_token", try #require(done.text.formToken))], headers: session)
            #expect(try fixture.registry.importBatches().count == 1)
        }
    }

    @Test func cancelDeletesTheUploadedFile() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let id = try await client.stage(PageImportTests.faulty, session: session)
            #expect(try PageImportTests.uploads(fixture).count == 1)
            let page = try await client.get("/imports/new/\(id)", session)
            let cancelled = try await client.postForm("/imports/new/\(id)/cancel", [("csrf_token", try #require(page.text.formToken))],
                                                      headers: session)
            #expect(cancelled.status == .seeOther)
            #expect(cancelled.headers[.location] == "/imports/new?cancelled=1")
            #expect(try PageImportTests.uploads(fixture).isEmpty)
            let form = try await client.get("/imports/new?cancelled=1", session)
            #expect(form.text.contains("已取消导入，上传的文件已从服务器删除。"))
            let gone = try await client.get("/imports/new/\(id)", session)
            #expect(gone.status == .notFound)
            #expect(gone.text.contains("没有这个待导入的文件：它可能已导入、已取消或已超过 1 小时被删除；请重新上传。"))
            #expect(try fixture.registry.importBatches().isEmpty)
        }
    }

    /// One waiting upload per account: a second file replaces the first, whose file is deleted.
    @Test func aSecondUploadReplacesTheFirstWaitingOne() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let first = try await client.stage(PageImportTests.faulty, session: session)
            let second = try await client.stage(PageImportTests.faulty, name: "第二份.csv", session: session)
            #expect(try PageImportTests.uploads(fixture).count == 1)
            #expect(try await client.get("/imports/new/\(first)", session).status == .notFound)
            #expect(try await client.get("/imports/new/\(second)", session).status == .ok)
        }
    }

    @Test func anotherAccountCannotSeeOrApplyTheUpload() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let owner = try await client.pageSession("ganzhou-editor")
            let id = try await client.stage(PageImportTests.faulty, session: owner)
            let other = try await client.pageSession("ganzhou-admin")
            #expect(try await client.get("/imports/new/\(id)", other).status == .notFound)
            let token = try #require(try await client.get("/imports/new", other).text.formToken)
            #expect(try await client.postForm("/imports/new/\(id)/apply", [("csrf_token", token)], headers: other).status == .notFound)
            #expect(try fixture.registry.importBatches().isEmpty)
        }
    }

    @Test func aViewerIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let form = try await client.get("/imports/new", session)
            #expect(form.status == .forbidden)
            #expect(form.text.contains("账号“ganzhou-viewer”为查阅员，只能查询；请由赣州市的录入员录入。"))
            let token = try #require(try await client.get("/imports", session).text.formToken)
            let posted = try await client.postUpload(PageImportTests.faulty, fields: [("csrf_token", token)], session: session)
            #expect(posted.status == .forbidden)
            #expect(try PageImportTests.uploads(fixture).isEmpty)
            #expect(!(try await client.get("/imports", session)).text.contains("id=\"new-import\""))
        }
    }

    struct CSRFCase: CustomTestStringConvertible, Sendable {
        let name: String
        let token: String?
        var testDescription: String { name }
    }

    @Test(arguments: [CSRFCase(name: "missing", token: nil), CSRFCase(name: "wrong", token: "0123456789abcdef")])
    func anUploadWithoutTheFormsTokenIsRefusedAndNothingKept(_ c: CSRFCase) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let posted = try await client.postUpload(PageImportTests.faulty, fields: c.token.map { [("csrf_token", $0)] } ?? [],
                                                     session: session)
            #expect(posted.status == .forbidden)
            #expect(posted.text.contains("页面已过期，请重新填写并提交。"))
            #expect(try PageImportTests.uploads(fixture).isEmpty)
            #expect(try fixture.registry.importBatches().isEmpty)
        }
    }

    struct BadFieldCase: CustomTestStringConvertible, Sendable {
        let field: String, value: String, english: Bool, message: String
        var testDescription: String { "\(field)=\(value)\(english ? " (en)" : "")" }
    }

    /// A bad value is named by the form's label (年度, 文件日期, 文件类型), never by the API's
    /// parameter (`year`, `effective`, `as`), in the page's language; the form comes back as typed.
    @Test(arguments: [
        BadFieldCase(field: "year", value: "24", english: false, message: "年度 “24”不是年份；请写 1949 到 2100 之间的四位数字，例如 2024，或留空。"),
        BadFieldCase(field: "year", value: "2101", english: false, message: "年度 “2101”不是年份；请写 1949 到 2100 之间的四位数字，例如 2024，或留空。"),
        BadFieldCase(field: "effective", value: "2024-13-01", english: false,
                     message: "文件日期 “2024-13-01”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22，或留空。"),
        BadFieldCase(field: "as", value: "menu", english: false,
                     message: "文件类型 “menu”不是可选的类型；请从列表中选一项，或选“按表头自动识别”。"),
        BadFieldCase(field: "year", value: "24", english: true,
                     message: "Fiscal year &#39;24&#39; is not a year; write a year from 1949 to 2100, e.g. 2024, or leave it empty"),
        BadFieldCase(field: "effective", value: "soon", english: true,
                     message: "Notice day &#39;soon&#39; is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22, or leave it empty"),
    ])
    func aBadFieldIsNamedByItsLabelAndTheFormKeepsWhatWasTyped(_ c: BadFieldCase) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            var session = try await client.pageSession("ganzhou-editor")
            if c.english { session[.acceptLanguage] = "en" }
            let token = try #require(try await client.get("/imports/new", session).text.formToken)
            let fields = [("csrf_token", token), (c.field, c.value)] + (c.field == "as" ? [] : [("as", "roster")])
            let posted = try await client.postUpload(PageImportTests.faulty, fields: fields, session: session)
            #expect(posted.status == .badRequest)
            #expect(posted.text.firstMatch(#"id="import-error" role="alert">([^<]*)</p>"#) == c.message)
            if c.field != "as" {
                #expect(posted.text.contains("name=\"\(c.field)\" value=\"\(c.value)\""))
                #expect(posted.text.contains("<option value=\"roster\" selected>\(c.english ? "roster" : "企业名册")</option>"))
            }
            #expect(try PageImportTests.uploads(fixture).isEmpty)
        }
    }

    @Test func theListShowsTheRegionsBatchesAndAnotherRegionsIsNeitherListedNorDownloadable() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let editor = try await client.pageSession("ganzhou-editor")
            _ = try await client.apply(try await client.stage(PageImportTests.faulty, session: editor), session: editor)
            let list = try await client.get("/imports", editor)
            #expect(list.status == .ok)
            #expect(list.text.contains("<h1 id=\"imports-title\">赣州市 · 导入记录</h1>"))
            #expect(list.text.contains("<tr id=\"batch-1\"><td class=\"n\">1</td><td>名单.csv</td><td>企业名册</td><td>ganzhou-editor</td>"))
            #expect(list.text.contains("<td class=\"n\">4</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">2</td>"))
            #expect(list.text.contains("<a href=\"/api/v1/imports/1/rejects\" download>拒收行</a>"))
            #expect(!list.text.contains("/imports/1/void"))  // an editor does not void
            let sibling = try await client.pageSession("xinqu-admin")
            let theirs = try await client.get("/imports", sibling)
            #expect(theirs.text.contains("id=\"imports-empty\"") && !theirs.text.contains("batch-1"))
            #expect(try await client.get("/api/v1/imports/1/rejects", sibling).status == .forbidden)
            #expect(try await client.get("/api/v1/imports/1/problems", try await client.pageSession("zhanggong-editor")).status == .forbidden)
            #expect(try await client.get("/imports/1/void", sibling).status == .notFound)
        }
    }

    @Test func onlyAnAdminVoidsABatchAndMustGiveAReason() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let editor = try await client.pageSession("ganzhou-editor")
            _ = try await client.apply(try await client.stage(PageImportTests.faulty, session: editor), session: editor)
            let refused = try await client.get("/imports/1/void", editor)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("只有管理员能作废导入批次，请联系赣州市的管理员。"))
            let token = try #require(try await client.get("/imports", editor).text.formToken)
            #expect(try await client.postForm("/imports/1/void", [("csrf_token", token), ("reason", "重复导入")], headers: editor).status == .forbidden)
            #expect(try fixture.registry.importBatches().first?.voidedAt == nil)

            let admin = try await client.pageSession("ganzhou-admin")
            let list = try await client.get("/imports", admin)
            #expect(list.text.contains("<a class=\"danger\" href=\"/imports/1/void\">作废</a>"))
            let form = try await client.get("/imports/1/void", admin)
            #expect(form.status == .ok)
            #expect(form.text.contains("<h1 id=\"import-title\">作废导入批次 1</h1>"))
            let adminToken = try #require(form.text.formToken)
            #expect(try await client.postForm("/imports/1/void", [("reason", "重复导入")], headers: admin).status == .forbidden)
            let empty = try await client.postForm("/imports/1/void", [("csrf_token", adminToken), ("reason", "  ")], headers: admin)
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("请填写作废原因，它会记入日志。"))
            let voided = try await client.postForm("/imports/1/void", [("csrf_token", adminToken), ("reason", "重复导入")], headers: admin)
            #expect(voided.status == .seeOther)
            #expect(voided.headers[.location] == "/imports?voided=1")
            #expect(try fixture.registry.importBatches().first?.voidedAt != nil)
            let after = try await client.get("/imports?voided=1", admin)
            #expect(after.text.contains("<p class=\"notice info\" id=\"import-notice\" role=\"status\">已作废：#1 名单.csv</p>"))
            #expect(after.text.contains("<tr id=\"batch-1\" class=\"voided\">"))
            #expect(after.text.contains("已作废（2025-01-01）"))
            #expect(!after.text.contains("href=\"/imports/1/void\""))
        }
    }

    @Test func theNamesOfTheFileAndItsCellsAreEscaped() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-editor")
            let id = try await client.stage("统一社会信用代码,企业名称,联系人\n91360722MA35G1YK7R,<script>alert(1)</script>,张三\n",
                                            name: "<b>名单</b>.csv", session: session)
            let page = try await client.get("/imports/new/\(id)", session)
            #expect(!page.text.contains("<script>alert(1)</script>") && !page.text.contains("<b>名单</b>"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    /// `level|count|column|message|rows` of each row of the problems table.
    static func problemRows(_ html: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"<tr data-kind="[^"]*"><td><span class="badge [a-z]+">([^<]*)</span></td><td class="n">([0-9]+)</td><td>([^<]*)</td><td>([^<]*)</td><td class="rows">([^<]*)</td></tr>"#) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (1...5).map { String(html[Range(match.range(at: $0), in: html)!]) }.joined(separator: "|")
        }
    }

    /// The uploads the server holds in its import folder.
    static func uploads(_ fixture: ServerFixture) throws -> [String] {
        let folder = fixture.path + ".imports"
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("upload-") }
    }
}

extension TestClientProtocol {
    /// Posts the upload form as a browser does: multipart/form-data, the fields first, then the file.
    func postUpload(_ file: String, name: String = "名单.csv", fields: [(String, String)], session: HTTPFields)
        async throws -> TestResponse {
        let boundary = PageImportTests.boundary
        var body = ""
        for (field, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n"
        body += file + "\r\n--\(boundary)--\r\n"
        var headers = session
        headers[.origin] = Self.pageOrigin
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await execute(uri: "/imports/new", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Uploads `file` through the form and answers the id of its dry run.
    func stage(_ file: String, name: String = "名单.csv", session: HTTPFields) async throws -> String {
        let token = try #require(try await get("/imports/new", session).text.formToken)
        let posted = try await postUpload(file, name: name, fields: [("csrf_token", token)], session: session)
        #expect(posted.status == .seeOther, "\(posted.text)")
        let location = try #require(posted.headers[.location])
        #expect(location.hasPrefix("/imports/new/"))
        return String(location.dropFirst("/imports/new/".count))
    }

    /// 确认导入, then the page as it reloads itself until the result shows.
    func apply(_ id: String, session: HTTPFields) async throws -> TestResponse {
        let token = try #require(try await get("/imports/new/\(id)", session).text.formToken)
        let applied = try await postForm("/imports/new/\(id)/apply", [("csrf_token", token)], headers: session)
        #expect(applied.status == .seeOther)
        for _ in 0..<200 {
            let page = try await get("/imports/new/\(id)", session)
            if !page.text.contains("id=\"import-progress\"") { return page }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        Issue.record("the import did not finish")
        return try await get("/imports/new/\(id)", session)
    }
}
