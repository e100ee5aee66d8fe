import Foundation
import HummingbirdTesting
import LadderKit
import Testing

/// Every read answers the CLI's `--format json` for the same question, byte for byte: the province
/// as the CLI without `--region`, a city as the CLI with `--region` of the city.
@Suite struct ReadCLIJSONTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var account: String
        var uri: String
        var cli: [String]
        /// Rows the answer must have, so that no case compares two empty lists only.
        var rows: Int
        var testDescription: String { "\(account): \(uri)" }
    }

    static let asOf = "as_of=2024-06-30&known_at=2025-01-01"
    static let times = ["--as-of", "2024-06-30", "--known-at", "2025-01-01"]
    /// On 2027-06-30 the five 高企 certified 2023-11-22 have ended (2026-11-21), their renewal window still open.
    static let later = "as_of=2027-06-30&known_at=2025-01-01"
    static let laterTimes = ["--as-of", "2027-06-30", "--known-at", "2025-01-01"]

    /// Rows worked out from the fixture: five 高企 certified 2023-11-22 (last valid day 2026-11-21),
    /// three of them in 赣州; a by-city answer lists the 12 reporting regions for each period or year.
    static let cases: [Case] = [
        // The province: the CLI without --region.
        Case(account: "sheng-viewer", uri: "/api/v1/find?q=企业&\(asOf)", cli: ["find", "企业"] + times, rows: 5),
        Case(account: "sheng-viewer", uri: "/api/v1/find?q=企业&limit=2&\(asOf)", cli: ["find", "企业", "--limit", "2"] + times, rows: 2),
        Case(account: "sheng-viewer", uri: "/api/v1/series?tier=hnte&from=2024-01&to=2024-06&\(asOf)",
             cli: ["series", "--tier", "hnte", "--from", "2024-01", "--to", "2024-06"] + times, rows: 6),
        Case(account: "sheng-viewer", uri: "/api/v1/series?tier=高企&from=2024-01&every=quarter&by=city&\(asOf)",
             cli: ["series", "--tier", "高企", "--from", "2024-01", "--every", "quarter", "--by", "city"] + times, rows: 24),
        Case(account: "sheng-viewer", uri: "/api/v1/cohort?\(asOf)", cli: ["cohort"] + times, rows: 1),
        Case(account: "sheng-viewer", uri: "/api/v1/cohort?tier=hnte&by=city&\(asOf)", cli: ["cohort", "--tier", "hnte", "--by", "city"] + times,
             rows: 12),
        Case(account: "sheng-viewer", uri: "/api/v1/funnel?from=tsme&to=hnte&within=3&\(asOf)",
             cli: ["funnel", "--from", "tsme", "--to", "hnte", "--within", "3"] + times, rows: 0),
        Case(account: "sheng-viewer", uri: "/api/v1/targets?\(asOf)", cli: ["targets", "list"] + times, rows: 2),
        Case(account: "sheng-viewer", uri: "/api/v1/expiring?tier=hnte&year=2026&\(asOf)",
             cli: ["expiring", "--tier", "hnte", "--year", "2026"] + times, rows: 5),
        Case(account: "sheng-viewer", uri: "/api/v1/lapsed?pending=true&\(later)", cli: ["lapsed", "--pending"] + laterTimes, rows: 5),
        Case(account: "sheng-viewer", uri: "/api/v1/candidates?tier=hnte&\(asOf)", cli: ["candidates", "--tier", "hnte"] + times, rows: 0),
        Case(account: "sheng-viewer", uri: "/api/v1/candidates?tier=hnte&by=city&\(asOf)",
             cli: ["candidates", "--tier", "hnte", "--by", "city"] + times, rows: 12),
        Case(account: "sheng-viewer", uri: "/api/v1/imports", cli: ["batches"], rows: 0),
        Case(account: "sheng-viewer", uri: "/api/v1/log?as_of=2024-06-30", cli: ["log"], rows: 10),
        // A city: the CLI with --region 360700 (赣州 holds 章贡区, 南康区 and 市本级: three firms).
        Case(account: "ganzhou-viewer", uri: "/api/v1/find?q=企业&\(asOf)", cli: ["find", "企业", "--region", "360700"] + times, rows: 3),
        Case(account: "ganzhou-viewer", uri: "/api/v1/series?tier=hnte&from=2024-05&\(asOf)",
             cli: ["series", "--tier", "hnte", "--from", "2024-05", "--region", "360700"] + times, rows: 2),
        Case(account: "ganzhou-viewer", uri: "/api/v1/targets?\(asOf)", cli: ["targets", "list", "--region", "360700"] + times, rows: 1),
        Case(account: "ganzhou-viewer", uri: "/api/v1/expiring?within=900&\(asOf)",
             cli: ["expiring", "--within", "900", "--region", "360700"] + times, rows: 3),
        Case(account: "ganzhou-viewer", uri: "/api/v1/lapsed?tier=hnte&pending=true&\(later)",
             cli: ["lapsed", "--tier", "hnte", "--pending", "--region", "360700"] + laterTimes, rows: 3),
        Case(account: "ganzhou-viewer", uri: "/api/v1/log?as_of=2024-06-30",
             cli: ["log", "--region", "360700", "--as-of", "2024-06-30"], rows: 6),
        Case(account: "zhanggong-viewer", uri: "/api/v1/cohort?region=360702&\(asOf)", cli: ["cohort", "--region", "360702"] + times, rows: 1),
        Case(account: "xinqu-viewer", uri: "/api/v1/funnel?\(asOf)", cli: ["funnel", "--region", "ganjiang"] + times, rows: 0),
        Case(account: "xinqu-viewer", uri: "/api/v1/candidates?tier=hnte&\(asOf)",
             cli: ["candidates", "--tier", "hnte", "--region", "ganjiang"] + times, rows: 0),
        Case(account: "xinqu-viewer", uri: "/api/v1/imports", cli: ["batches", "--region", "ganjiang"], rows: 0),
    ]

    /// The fixture, with a target of the province and one of 赣州 so that `targets` has rows.
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        let context = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-01-03T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test")
        _ = try fixture.registry.setTarget(tier: .hnte, count: 10, due: Day(iso: "2025-12-31")!, context: context)
        _ = try fixture.registry.setTarget(tier: .hnte, count: 4, due: Day(iso: "2025-12-31")!,
                                           region: try Region(parsing: "360700"), context: context)
        return fixture
    }

    @Test(arguments: cases)
    func theAPIAnswersTheCLIsJSON(_ read: Case) async throws {
        let fixture = try ReadCLIJSONTests.fixture()
        let cli = try LadderCLI.run(read.cli + ["--format", "json"], db: fixture.path)
        #expect(cli.status == 0, "\(cli.stderr)")
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session(read.account)
            let api = try await client.get(read.uri.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!, headers)
            #expect(api.status == .ok, "\(api.text)")
            #expect(api.text == cli.stdout)
            let rows = try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [[String: Any]]
            #expect(rows?.count == read.rows)
        }
    }
}
