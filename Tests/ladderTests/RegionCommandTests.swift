import ArgumentParser
import Foundation
import LadderKit
import Testing
@testable import ladder

/// `--region` on every read that counts or lists firms: one shared option, parsed into the
/// library's `Region`, refused with the accepted forms when unknown, and end to end.
@Suite struct RegionCommandTests {
    struct Reading: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        var testDescription: String { arguments.first! }
    }

    @Test(arguments: [
        Reading(arguments: ["stats"]),
        Reading(arguments: ["series", "--tier", "hnte", "--from", "2024-01"]),
        Reading(arguments: ["cohort"]),
        Reading(arguments: ["funnel"]),
        Reading(arguments: ["expiring"]),
        Reading(arguments: ["lapsed"]),
        Reading(arguments: ["candidates", "--tier", "hnte"]),
        Reading(arguments: ["export", "--tier", "hnte"]),
        Reading(arguments: ["report", "--out", "r.html"]),
        Reading(arguments: ["targets"]),
        Reading(arguments: ["targets", "list"]),
    ])
    func everyReadTakesTheRegion(_ c: Reading) throws {
        for (text, region) in [("3607", Region.city(RegionCode(trusted: "360700"))),
                               ("章贡", .county(RegionCode(trusted: "360702"))), ("赣江新区", .zone(.ganjiang)),
                               ("江西", .province)] {
            let command = try Ladder.parseAsRoot(c.arguments + ["--region", text])
            let option = Mirror(reflecting: command).children.lazy.compactMap { $0.value as? OptionGroup<RegionOption> }
                .first
            #expect(option?.wrappedValue.region == region, "\(c.arguments.first!) --region \(text)")
        }
    }

    @Test(arguments: [["stats", "--region", "深圳"], ["export", "--tier", "hnte", "--region", "3612"],
                      ["targets", "set", "hnte", "10", "--due", "2025-12-31", "--region", "赣洲"]])
    func anUnknownRegionIsAUsageErrorNamingTheAcceptedForms(_ arguments: [String]) {
        do {
            _ = try Ladder.parseAsRoot(arguments)
            Issue.record("parsed \(arguments)")
        } catch {
            #expect(Ladder.exitCode(for: error) == .validationFailure)
            #expect(Ladder.message(for: error).contains("'\(arguments.last!)' is not a Jiangxi region this tool knows; "
                + "give a 设区市 (3607, 360700, 赣州 or 赣州市), a 县区 (360702, 章贡区 or 章贡), ganjiang (赣江新区), "
                + "or the province (360000, 江西省)"))
        }
    }

    /// `StatisticsCommandTests.registryFile`: 甲 in 南昌 (valid on 2024-07-01), 乙 in 南昌 (revoked
    /// 2024-06-01), 丙 in 赣州 章贡区.
    @Test func statsOfACityEndToEnd() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        let days = ["--as-of", "2024-07-01", "--known-at", "2024-12-31"]
        let city = try LadderRun.run(["stats", "--tier", "hnte", "--region", "赣州", "--by", "county", "--format", "csv"]
                                     + days, db: db)
        #expect(city.status == 0, "\(city.stderr)")
        #expect(city.stdout == "code,name,count\n360702,章贡区,1\n")
        let table = try LadderRun.run(["stats", "--tier", "hnte", "--region", "360100"] + days, db: db)
        #expect(table.stdout.hasPrefix("Valid qualifications by tier in 南昌市\n"))
        #expect(table.stdout.contains("total: 1 firm, each counted once"))
        let refused = try LadderRun.run(["cohort", "--by", "city", "--region", "3607"] + days, db: db)
        #expect(refused.status == 1)
        #expect(refused.stderr == "ladder: --by city splits the province into its cities, and 赣州市 is one region of "
            + "its own; leave out --by city, or count its counties with stats --by county\n")
    }

    @Test func targetsAndTheReportOfACityEndToEnd() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        #expect(try LadderRun.run(["targets", "set", "hnte", "2", "--due", "2025-12-31"], db: db).status == 0)
        let set = try LadderRun.run(["targets", "set", "hnte", "1", "--due", "2025-12-31", "--region", "3607"], db: db)
        #expect(set.stdout == "recorded target #2: 1 hnte (高新技术企业) in 赣州市 by 2025-12-31\n")
        let list = try LadderRun.run(["targets", "--region", "赣州市", "--as-of", "2024-07-01", "--format", "csv"], db: db)
        #expect(list.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(32)) } == ["hnte,360700,赣州市,1,2025-12-31,1,0"])
        let page = directory.path("r.html")
        let report = try LadderRun.run(["report", "--region", "3607", "--as-of", "2024-07-01", "--out", page, "--lang", "zh"], db: db)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<title>赣州市科技企业梯次培育报告</title>"))
        #expect(html.contains("二、各县区有效高新技术企业"))
        #expect(html.contains("章贡区"))
    }
}
