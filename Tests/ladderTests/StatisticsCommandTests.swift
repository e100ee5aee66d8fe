import ArgumentParser
import Foundation
import LadderKit
import Testing
@testable import ladder

/// Parsing of the statistics commands, and end-to-end runs of the built binary on a small registry.
@Suite struct StatisticsCommandTests {
    @Test func rootListsTheStatisticsCommands() {
        let help = Ladder.helpMessage()
        for name in ["stats", "series", "cohort", "funnel", "expiring", "lapsed", "targets", "export"] {
            #expect(help.contains("  \(name)"), "help lists \(name)")
        }
    }

    @Test func statsParsesTierGroupingAndTimes() throws {
        let command = try #require(try Ladder.parseAsRoot(["stats", "--tier", "hnte", "--by", "city", "--as-of",
                                                           "2025年6月30日", "--known-at", "2025-07-01"]) as? StatsCommand)
        #expect(command.tier == .hnte)
        #expect(command.by == .city)
        #expect(command.read.day == Day(iso: "2025-06-30"))
        #expect(command.read.moment == Moment(parsing: "2025-07-01T23:59:59.999999+08:00", defaultOffsetSeconds: 0))
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        RefusalCase(arguments: ["expiring", "--within", "30", "--year", "2025"], message: "give --within or --year, not both"),
        RefusalCase(arguments: ["funnel", "--from", "hnte", "--to", "hnte"], message: "--from and --to are both hnte"),
        RefusalCase(arguments: ["series", "--tier", "hnte", "--from", "2024-13", "--to", "2025-01"], message: "is not a month"),
        RefusalCase(arguments: ["stats", "--by", "province"], message: "province"),
        RefusalCase(arguments: ["stats", "--by", "city", "--print-sql"], message: "--print-sql needs --tier"),
        RefusalCase(arguments: ["targets", "set", "hnte", "0", "--due", "2025-12-31"], message: "COUNT must be at least 1"),
        RefusalCase(arguments: ["targets", "set", "hnte", "10", "--due", "2025-12-31", "--region", "440300"],
                    message: "not a Jiangxi region"),
        RefusalCase(arguments: ["targets", "set", "hnte", "10", "--due", "2025-12-31", "--region", "360199"],
                    message: "'360199' is not a Jiangxi region this tool knows"),
        // A command that prints one document lists only the formats it produces.
        RefusalCase(arguments: ["show", "91360722MA35G1YK7R", "--format", "csv"],
                    message: "Please provide one of 'table', 'json' or 'ndjson'"),
        RefusalCase(arguments: ["check", "91360722MA35G1YK7R", "--tier", "hnte", "--format", "csv"],
                    message: "Please provide one of 'table', 'json' or 'ndjson'"),
        RefusalCase(arguments: ["import", "x.csv", "--format", "csv"], message: "Please provide one of 'table', 'json' or 'ndjson'"),
        RefusalCase(arguments: ["policy", "show", "--format", "ndjson"], message: "Please provide one of 'table' and 'json'"),
        RefusalCase(arguments: ["funnel", "--from", "hnte", "--to", "tsme"],
                    message: "--from hnte is above --to tsme on the ladder"),
    ])
    func badArgumentsAreUsageErrors(_ c: RefusalCase) {
        do {
            _ = try Ladder.parseAsRoot(c.arguments)
            Issue.record("parsed \(c.arguments)")
        } catch {
            #expect(Ladder.exitCode(for: error) == .validationFailure)
            #expect(Ladder.message(for: error).contains(c.message), "\(Ladder.message(for: error))")
        }
    }

    @Test func targetsWithoutSubcommandLists() throws {
        #expect(try Ladder.parseAsRoot(["targets", "--region", "ganjiang"]) is TargetsListCommand)
        let set = try #require(try Ladder.parseAsRoot(["targets", "set", "tsme", "17000", "--due", "2025-12-31",
                                                       "--region", "南昌市"]) as? TargetsSetCommand)
        #expect(set.region == .city(RegionCode(trusted: "360100")))
        #expect(set.count == 17000)
    }

    // MARK: end to end

    /// A registry file with two certificates in 南昌 and one in 赣州, one of them revoked.
    static func registryFile(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("ladder.sqlite")
        let registry = try Registry.open(path: path)
        let at = WriteContext(operatorName: "测试员", at: Moment(parsing: "2024-01-10T00:00:00Z", defaultOffsetSeconds: 0)!,
                              command: "test", override: "名单已公布")
        for (code, name, number) in [("914403001922038216", "甲公司", "GR202336000001"),
                                     ("91440300708461136T", "乙公司", "GR202336000002"),
                                     ("91360722MA35G1YK7R", "丙公司", "GR202336000003")] {
            let credit = try CreditCode(code)
            let division = code == "91360722MA35G1YK7R" ? "360702" : "360111"
            _ = try registry.add(credit, name: name, location: Location(division: RegionCode(division)), context: at)
            _ = try registry.certify(credit, number: CertificateNumber(number), issued: Day(iso: "2023-11-22")!, context: at)
        }
        _ = try registry.revoke(CreditCode("91440300708461136T"), tier: .hnte, effective: Day(iso: "2024-06-01")!,
                                ground: .fraud, reason: "弄虚作假", context: at)
        return path
    }

    @Test func statsJSONEndToEnd() throws {
        let directory = try TemporaryDirectory()
        let db = try Self.registryFile(in: directory)
        let result = try LadderRun.run(["stats", "--tier", "hnte", "--by", "city", "--as-of", "2024-07-01",
                                        "--known-at", "2024-12-31", "--format", "ndjson"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines.first == #"{"code": "360100", "name": "南昌市", "count": 1}"#)
        #expect(lines.contains(#"{"code": "360700", "name": "赣州市", "count": 1}"#))
        #expect(result.stderr.isEmpty)
    }

    struct LanguageCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let environment: [String: String]
        let expected: String
        var testDescription: String { "\(arguments) \(environment)" }
    }

    static let statsInChinese = """
        各层级有效资格数
        统计日 2024-07-01 · 数据截至北京时间 2024-12-31 23:59:59 · 认定政策 jiangxi-2023 v1

        代码    名称                持有  位于该层级
        ──────  ──────────────────  ────  ──────────
        tsme    科技型中小企业         0           0
        hnte    高新技术企业           2           2
        growth  高成长性科技型企业     0           0
        leader  科技领军企业           0           0

        合计：2 家，每家企业只计一次
        同时持有多个层级的企业，在每个“持有”数中各计一次，在“位于该层级”中只计一次

        """

    static let statsInEnglish = """
        Valid qualifications by tier
        as of 2024-07-01 · known at 2024-12-31 23:59:59 Beijing time · policy jiangxi-2023 v1

        code    name                holding  at position
        ──────  ──────────────────  ───────  ───────────
        tsme    科技型中小企业            0            0
        hnte    高新技术企业              2            2
        growth  高成长性科技型企业        0            0
        leader  科技领军企业              0            0

        total: 2 firms, each counted once
        a firm holding several tiers is in each 'holding' count, and in one 'at position' count

        """

    /// The language follows --lang, else LADDER_LANG, else the locale; the JSON never changes.
    @Test(arguments: [
        LanguageCase(arguments: ["--lang", "zh"], environment: [:], expected: statsInChinese),
        LanguageCase(arguments: ["--lang=en"], environment: ["LADDER_LANG": "zh"], expected: statsInEnglish),
        LanguageCase(arguments: [], environment: ["LADDER_LANG": "zh"], expected: statsInChinese),
        LanguageCase(arguments: [], environment: ["LADDER_LANG": "", "LANG": "zh_CN.UTF-8"], expected: statsInChinese),
        LanguageCase(arguments: [], environment: ["LADDER_LANG": "", "LANG": "en_US.UTF-8"], expected: statsInEnglish),
    ])
    func statsTableInEitherLanguage(_ c: LanguageCase) throws {
        let directory = try TemporaryDirectory()
        let db = try Self.registryFile(in: directory)
        let times = ["--as-of", "2024-07-01", "--known-at", "2024-12-31"]
        let run = try LadderRun.run(["stats"] + times + c.arguments, db: db, environment: c.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == c.expected)
        let json = ["stats"] + times + ["--format", "json"]
        let english = try LadderRun.run(json, db: db, environment: ["LADDER_LANG": "en"])
        let chinese = try LadderRun.run(json, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(chinese.stdout == english.stdout)
    }

    @Test func theParsersOwnWordsFollowTheLanguage() throws {
        let directory = try TemporaryDirectory()
        let run = try LadderRun.run(["stats", "--tir", "hnte", "--lang", "zh"], db: directory.path("none.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("错误：没有选项 '--tir'。是否要用 '--tier'？\n用法：ladder stats [--tier <层级>]"))
        #expect(run.stderr.hasSuffix("\n  更多信息：ladder stats --help\n"))
        let help = try LadderRun.run(["stats", "--help", "--lang", "zh"], db: directory.path("none.sqlite"))
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("概述："))
        #expect(help.stdout.contains("\n选项：\n"))
        #expect(help.stdout.contains("显示帮助信息。"))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        let run = try LadderRun.run(["stats", "--lang", "fr"], db: directory.path("none.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("ladder: --lang 'fr' 不是可用的语言"))
    }

    /// Known at a moment before the first record, every figure is zero: said on stderr.
    @Test func knownAtBeforeTheFirstRecordSaysSo() throws {
        let directory = try TemporaryDirectory()
        let db = try Self.registryFile(in: directory)
        let before = try LadderRun.run(["stats", "--known-at", "2020-01-01"], db: db)
        #expect(before.status == 0)
        #expect(before.stderr == "note: nothing had been recorded by 2020-01-01T15:59:59.999999Z (the first record is "
            + "2024-01-10T00:00:00.000000Z); known then, the registry was empty\n")
        #expect(try LadderRun.run(["stats"], db: db).stderr == "")
    }

    @Test func targetsAndExportEndToEnd() throws {
        let directory = try TemporaryDirectory()
        let db = try Self.registryFile(in: directory)
        let set = try LadderRun.run(["targets", "set", "hnte", "3", "--due", "2025-12-31"], db: db)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("3 hnte (高新技术企业) in 江西省 by 2025-12-31"))
        let list = try LadderRun.run(["targets", "--as-of", "2024-07-01", "--format", "csv"], db: db)
        #expect(list.stdout.split(separator: "\n").last?.hasPrefix("hnte,360000,江西省,3,2025-12-31,2,0,") == true)
        let file = directory.path("export.csv")
        let export = try LadderRun.run(["export", "--tier", "hnte", "--as-of", "2024-07-01", "--out", file], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote 2 firms"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])  // UTF-8 byte order mark, for Excel
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
            .hasPrefix("credit_code,name,city,county,number,start,end\n"))
        // The format follows the file's name when --format is not given, and must agree with it when it is.
        let workbook = directory.path("export.xlsx")
        #expect(try LadderRun.run(["export", "--tier", "hnte", "--out", workbook], db: db).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: workbook)).prefix(2)) == [0x50, 0x4B])  // a zip
        let clash = try LadderRun.run(["export", "--tier", "hnte", "--format", "csv", "--out", workbook], db: db)
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("--out \(workbook) is named .xlsx but --format is csv"))
    }
}
