import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LadderKit
import LadderServer
import Logging
import NIOCore
import Testing

/// `POST /api/v1/imports` and the downloads of a batch: a dry run, then the same file applied, then
/// its rejects, by a city editor whose import changes only the city's firms.
@Suite struct ImportRoutesTests {
    /// One new firm of 章贡区, one of 东湖区 (南昌: outside 赣州), one with a damaged code.
    static let mixed = "统一社会信用代码,企业名称,所属地区,高新技术企业证书编号,发证日期\n"
        + "\(ImportRoster.code(1, division: "360702")),章贡测试企业1有限公司,章贡区,GR202336000001,2023-11-22\n"
        + "\(ImportRoster.code(2, division: "360102")),东湖测试企业2有限公司,东湖区,GR202336000002,2023-11-22\n"
        + "91350100M000100Y4Z,错误代码企业有限公司,章贡区,GR202336000003,2023-11-22\n"

    @Test func aDryRunThenTheSameFileAppliedThenItsRejects() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let dry = try await client.upload(ImportRoutesTests.mixed, name: "赣州名单.csv", query: "dry_run=true", as: "ganzhou-editor")
            #expect(dry.status == .ok, "\(dry.text)")
            #expect(dry.json["file"] as? String == "赣州名单.csv")
            #expect(dry.json["dry_run"] as? Bool == true)
            #expect(dry.json["rows"] as? Int == 3)
            #expect(dry.json["new_enterprises"] as? Int == 1)
            #expect(dry.json["new_events"] as? Int == 1)
            #expect(dry.json["rejected"] as? Int == 2)
            #expect(dry.json["batch"] is NSNull)
            #expect(dry.json["rejects_path"] is NSNull)
            let issues = try #require(dry.json["issues"] as? [[String: Any]])
            #expect(issues.map { $0["row"] as? Int } == [3, 4])
            #expect(issues.first?["column"] as? String == "所属地区")
            #expect(issues.first?["message"] as? String == "'91360102000000027A 东湖测试企业2有限公司' is in '360102 东湖区', "
                + "outside 赣州市 (360700), the region this import may change; leave the row to a bureau whose region "
                + "includes it (or the province)")
            // Grouped as one kind, however many firms and places.
            let kinds = (dry.json["problems"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(kinds.first == "所属地区: '…' is in '…', outside … (#), the region this import may change; leave the row "
                + "to a bureau whose region includes it (or the province)")
            let (viewer, _) = try await client.session("ganzhou-viewer")
            let firm = "/api/v1/enterprises/\(ImportRoster.code(1, division: "360702"))?as_of=2024-06-30"
            #expect(try await client.get(firm, viewer).status == .notFound)  // the dry run wrote nothing

            let applied = try await client.upload(ImportRoutesTests.mixed, name: "赣州名单.csv", as: "ganzhou-editor")
            #expect(applied.status == .created, "\(applied.text)")
            #expect(applied.json["batch"] as? Int == 1)
            #expect(applied.json["new_enterprises"] as? Int == 1)
            #expect(applied.json["rejected"] as? Int == 2)
            #expect(applied.json["rejects_path"] as? String == "/api/v1/imports/1/rejects")
            #expect(applied.json["problems_path"] as? String == "/api/v1/imports/1/problems")
            let shown = try await client.get(firm, viewer)
            #expect(shown.status == .ok)
            let event = try #require((shown.json["events"] as? [[String: Any]])?.first)
            #expect(event["operator"] as? String == "ganzhou-editor")

            let rejects = try await client.get("/api/v1/imports/1/rejects", viewer)
            #expect(rejects.status == .ok)
            #expect(rejects.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(rejects.headers[.contentDisposition] == "attachment; filename=\"batch-1.rejects.csv\"")
            let lines = rejects.text.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
            #expect(lines.count == 3)
            #expect(lines.first == "\u{FEFF}原行号,统一社会信用代码,企业名称,所属地区,高新技术企业证书编号,发证日期,问题列,问题说明")
            #expect(lines.dropFirst().first == "3,91360102000000027A,东湖测试企业2有限公司,东湖区,GR202336000002,2023-11-22,所属地区,"
                + "\"'91360102000000027A 东湖测试企业2有限公司' is in '360102 东湖区', outside 赣州市 (360700), the region this import "
                + "may change; leave the row to a bureau whose region includes it (or the province)\"")
            #expect(lines.last == "4,91350100M000100Y4Z,错误代码企业有限公司,章贡区,GR202336000003,2023-11-22,统一社会信用代码,"
                + "\"'91350100M000100Y4Z' has check character 'Z', expected '3'\"")
            let problems = try await client.get("/api/v1/imports/1/problems", viewer)
            #expect(problems.status == .ok)
            #expect(problems.text.contains("91360102000000027A"))
        }
        // The batch, and the rows it wrote, name the account and where the upload came from (a
        // router test has no peer: "unknown").
        let imported = try fixture.registry.log().filter { $0.operatorName == "ganzhou-editor" }
        #expect(!imported.isEmpty)
        #expect(imported.allSatisfy { $0.clientAddress == "unknown" })
    }

    /// The province's editor imports as `ladder import` does (no region to keep to): the same JSON,
    /// byte for byte, in a dry run; applied, the same but for where the rejects and problems are.
    @Test(arguments: [true, false])
    func theSummaryIsTheCLIsJSON(dryRun: Bool) async throws {
        let viaAPI = try ServerFixture(), viaCLI = try ServerFixture()
        let file = viaCLI.folder.appendingPathComponent("名单.csv")
        try Data(ImportRoutesTests.mixed.utf8).write(to: file)
        let cli = try LadderCLI.run(["import", file.path, "--format", "json", "--silent"] + (dryRun ? ["--dry-run"] : []),
                                    db: viaCLI.path)
        #expect(cli.stdout.contains("\"rows\": 3"), "\(cli.stderr)")
        try await viaAPI.test { client async throws in
            let api = try await client.upload(ImportRoutesTests.mixed, name: "名单.csv", query: "dry_run=\(dryRun)", as: "sheng-editor")
            #expect(api.status == (dryRun ? .ok : .created))
            if dryRun {
                #expect(api.text == cli.stdout)
            } else {
                let folder = viaCLI.folder.path
                let expected = cli.stdout
                    .replacingOccurrences(of: "\"\(folder)/名单.rejects.csv\"", with: "\"/api/v1/imports/1/rejects\"")
                    .replacingOccurrences(of: "\"\(folder)/名单.problems.csv\"", with: "\"/api/v1/imports/1/problems\"")
                #expect(expected != cli.stdout)
                #expect(api.text == expected)
            }
        }
    }

    /// `--max-upload`: exactly the limit is read (here refused as binary, past the size check);
    /// one byte more is 413, saying the limit.
    @Test func anUploadOverTheLimitIs413NamingIt() async throws {
        let fixture = try ServerFixture()
        var logger = Logger(label: "ladder.test")
        logger.logLevel = .critical
        let settings = ServerSettings(bcryptCost: 4, maxUploadBytes: 1024, clock: { [clock = fixture.clock] in clock.now })
        let app = Application(router: LadderServer.router(registry: fixture.registry, settings: settings, logger: logger),
                              logger: logger)
        try await app.test(.router) { client in
            let atLimit = try await client.upload(bytes: [UInt8](repeating: 0, count: 1024), name: "a.csv", as: "ganzhou-editor")
            #expect(atLimit.status == .badRequest)
            let over = try await client.upload(bytes: [UInt8](repeating: 0, count: 1025), name: "a.csv", as: "ganzhou-editor")
            #expect(over.status == .contentTooLarge)
            #expect(over.json["error"] as? String == "the upload is larger than 1 KB, the most this server accepts; split the "
                + "file, or ask whoever runs the server to raise it (ladder serve --max-upload)")
        }
    }

    @Test func theLimitIsSaidInTheUnitItWasGivenIn() {
        #expect(ServerSettings.uploadLimit(parsing: "200MB") == 209_715_200)
        #expect(ServerSettings.uploadLimit(parsing: "200") == 209_715_200)
        #expect(ServerSettings.uploadLimit(parsing: "1gb") == 1_073_741_824)
        #expect(ServerSettings.uploadLimit(parsing: "512K") == 524_288)
        #expect(ServerSettings.uploadLimit(parsing: "0MB") == nil)
        #expect(ServerSettings.uploadLimit(parsing: "lots") == nil)
    }

    /// A multipart/form-data upload (a browser form): the `file` field, named by its filename.
    @Test func aMultipartFormUploadReadsItsFileField() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let boundary = "----ladder7MA4YWxkTrZu0gW"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"章贡名单.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(ImportRoster.zhanggong(2))\r\n--\(boundary)--\r\n"
            let response = try await client.upload(bytes: Array(body.utf8), name: nil, as: "zhanggong-editor",
                                                   contentType: "multipart/form-data; boundary=\(boundary)")
            #expect(response.status == .created, "\(response.text)")
            #expect(response.json["file"] as? String == "章贡名单.csv")
            #expect(response.json["new_enterprises"] as? Int == 2)
            #expect(response.json["rejected"] as? Int == 0)
            let cut = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n统一社会信用代码"
            let malformed = try await client.upload(bytes: Array(cut.utf8), name: nil, as: "zhanggong-editor",
                                                    contentType: "multipart/form-data; boundary=\(boundary)")
            #expect(malformed.status == .badRequest)
            #expect(malformed.json["error"] as? String == "the multipart/form-data body is not well formed (a part or its "
                + "boundary is cut off); send the file again, in a field named file")
        }
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var account: String
        var query: String = ""
        var fileName: String? = "名单.csv"
        var status: Int
        var message: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "a viewer", account: "ganzhou-viewer", status: 403, message: "account 'ganzhou-viewer' is a viewer, who "
            + "reads only; ask an editor of 赣州市 to record this"),
        Refusal(name: "no file name", account: "ganzhou-editor", fileName: nil, status: 400, message: "the file has no name: "
            + "send it in an X-Filename header (percent-encoded UTF-8, e.g. X-Filename: %E5%90%8D%E5%8D%95.csv for 名单.csv), "
            + "or as multipart/form-data in a field named file"),
        Refusal(name: "dry_run not a flag", account: "ganzhou-editor", query: "dry_run=maybe", status: 400,
                message: "dry_run 'maybe' is not true or false; dry_run=true reads and reports without writing"),
        Refusal(name: "an unknown kind", account: "ganzhou-editor", query: "as=hnte", status: 400, message: "as 'hnte' is not "
            + "a kind of file; use one of roster, hnte-list, tsme-list, selection-list, rename-list, revocation-list, facts, "
            + "or leave it out to detect it from the headers"),
        Refusal(name: "a year of two digits", account: "ganzhou-editor", query: "year=24", status: 400,
                message: "year '24' is not a fiscal year; write a year from 1949 to 2100, e.g. 2024"),
        Refusal(name: "an effective day that is not one", account: "ganzhou-editor", query: "effective=2024-02-30", status: 400,
                message: "effective '2024-02-30' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22"),
    ]

    @Test(arguments: refusals)
    func aBadRequestIsRefusedNamingTheField(_ refusal: Refusal) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.upload(bytes: Array(ImportRoster.zhanggong(1).utf8), name: refusal.fileName,
                                                   query: refusal.query, as: refusal.account)
            #expect(response.status.code == refusal.status)
            #expect(response.json["error"] as? String == refusal.message)
        }
    }

    @Test func withoutSigningInAnUploadIs401() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.execute(uri: "/api/v1/imports", method: .post,
                                                    headers: [HTTPField.Name("X-Filename")!: "a.csv"],
                                                    body: ByteBuffer(string: ImportRoster.zhanggong(1)))
            #expect(response.status == .unauthorized)
        }
    }

    @Test func aBatchNotImportedHereOrWithoutRejectsIs404() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let clean = try await client.upload(ImportRoster.zhanggong(1), as: "ganzhou-editor")
            #expect(clean.json["batch"] as? Int == 1)
            #expect(clean.json["rejects_path"] is NSNull)
            let (viewer, _) = try await client.session("ganzhou-viewer")
            let none = try await client.get("/api/v1/imports/1/rejects", viewer)
            #expect(none.status == .notFound)
            #expect(none.json["error"] as? String == "batch 1 rejected no rows, so it has no rejects file")
            let elsewhere = try await client.get("/api/v1/imports/7/rejects", viewer)
            #expect(elsewhere.status == .notFound)
            #expect(elsewhere.json["error"] as? String == "batch 7 was not imported through this server, so it has no rejects "
                + "file here (`ladder import` writes NAME.rejects.csv beside the file it imported)")
            let word = try await client.get("/api/v1/imports/first/problems", viewer)
            #expect(word.status == .badRequest)
        }
    }

    /// The name is only recorded (the upload lies under a random name): it keeps its last path part.
    @Test func aFileNameKeepsOnlyItsLastPart() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            for (given, kept) in [("../../etc/名单.csv", "名单.csv"), ("C:\\Users\\科员\\章贡.csv", "章贡.csv"), ("..", "upload")] {
                let response = try await client.upload(ImportRoster.zhanggong(1), name: given, query: "dry_run=true",
                                                       as: "zhanggong-editor")
                #expect(response.json["file"] as? String == kept, "\(given)")
            }
        }
    }
}
