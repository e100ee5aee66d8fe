import Foundation
import Testing

/// Every read command's table in Chinese and in English, on `ReadTablesRegistry` with the day
/// counted and the moment known fixed; the expected texts are `Fixtures/tables/NAME.LANG.txt`
/// (re-record with LADDER_RECORD_GOLDENS=1, then read every line).
@Suite struct ReadTablesGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { "\(name): ladder \(arguments.joined(separator: " "))" }
    }

    static let known = ["--known-at", "2024-12-31"]
    static let midYear = ["--as-of", "2024-07-01"] + known

    static let cases: [Case] = [
        Case(name: "find", arguments: ["find", "公司"] + midYear),
        Case(name: "find-region", arguments: ["find", "公司", "--region", "南昌市"] + midYear),
        Case(name: "find-none", arguments: ["find", "丁公", "--region", "赣州市"] + midYear),
        Case(name: "series", arguments: ["series", "--tier", "hnte", "--from", "2024-01", "--to", "2024-09",
                                         "--every", "quarter"] + known),
        Case(name: "series-city", arguments: ["series", "--tier", "hnte", "--from", "2024-01", "--to", "2024-06",
                                              "--every", "quarter", "--by", "city"] + known),
        Case(name: "cohort", arguments: ["cohort", "--tier", "hnte", "--as-of", "2028-06-01"] + known),
        Case(name: "funnel", arguments: ["funnel", "--from", "tsme", "--to", "hnte", "--within", "3"] + midYear),
        Case(name: "expiring", arguments: ["expiring", "--as-of", "2026-10-01", "--within", "90"] + known),
        Case(name: "lapsed", arguments: ["lapsed", "--as-of", "2028-06-01", "--since", "2026-01-01"] + known),
        Case(name: "lapsed-pending", arguments: ["lapsed", "--pending", "--as-of", "2027-01-01"] + known),
        Case(name: "candidates", arguments: ["candidates", "--tier", "tsme"] + midYear),
        Case(name: "candidates-city", arguments: ["candidates", "--tier", "tsme", "--by", "city"] + midYear),
        Case(name: "targets", arguments: ["targets"] + midYear),
        Case(name: "batches", arguments: ["batches"]),
        Case(name: "imports", arguments: ["imports"]),
        Case(name: "log", arguments: ["log", "--as-of", "2024-07-01"]),
        Case(name: "check-hnte", arguments: ["check", "甲公司", "--tier", "hnte", "--year", "2023"] + midYear),
        Case(name: "check-tsme", arguments: ["check", "乙公司", "--tier", "tsme", "--year", "2023"] + midYear),
        Case(name: "check-growth", arguments: ["check", "丙公司", "--tier", "growth", "--year", "2023"] + midYear),
        Case(name: "check-wide", arguments: ["check", "乙公司", "--tier", "tsme", "--year", "2023", "--wide"] + midYear),
        Case(name: "facts-show", arguments: ["facts", "show", "甲公司"] + midYear),
        Case(name: "policy-show", arguments: ["policy", "show"]),
        Case(name: "policy-history", arguments: ["policy", "history"]),
    ]

    @Test(arguments: cases)
    func tableInBothLanguages(_ c: Case) throws {
        let directory = try TemporaryDirectory()
        let db = try ReadTablesRegistry.file(in: directory)
        for language in ["zh", "en"] {
            let run = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": language])
            #expect(run.status == 0, "\(language): \(run.stderr)")
            #expect(run.stderr == "", "\(language)")
            let golden = Self.fixture("\(c.name).\(language).txt")
            if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
                try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
            }
            #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)), "\(language)")
        }
    }

    struct JSONCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// What programs read does not change with the language.
    @Test(arguments: [
        JSONCase(arguments: ["find", "公司", "--format", "json"] + midYear),
        JSONCase(arguments: ["find", "公司", "--format", "csv"] + midYear),
        JSONCase(arguments: ["expiring", "--as-of", "2026-10-01", "--format", "json"] + known),
        JSONCase(arguments: ["lapsed", "--as-of", "2028-06-01", "--since", "2026-01-01", "--format", "csv"] + known),
        JSONCase(arguments: ["check", "甲公司", "--tier", "hnte", "--year", "2023", "--format", "json"] + midYear),
        JSONCase(arguments: ["check", "乙公司", "--tier", "tsme", "--year", "2023", "--format", "json"] + midYear),
        JSONCase(arguments: ["check", "丙公司", "--tier", "growth", "--year", "2023", "--format", "json"] + midYear),
        JSONCase(arguments: ["candidates", "--tier", "tsme", "--format", "json"] + midYear),
        JSONCase(arguments: ["targets", "--format", "json"] + midYear),
        JSONCase(arguments: ["batches", "--format", "json"]),
        JSONCase(arguments: ["log", "--format", "csv", "--as-of", "2024-07-01"]),
        JSONCase(arguments: ["facts", "show", "甲公司", "--format", "json"] + midYear),
        JSONCase(arguments: ["series", "--tier", "hnte", "--from", "2024-01", "--to", "2024-06", "--by", "city",
                             "--format", "ndjson"] + known),
        JSONCase(arguments: ["cohort", "--format", "json", "--as-of", "2028-06-01"] + known),
    ])
    func machineOutputIsTheSameInBothLanguages(_ c: JSONCase) throws {
        let directory = try TemporaryDirectory()
        let db = try ReadTablesRegistry.file(in: directory)
        let english = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": "en"])
        let chinese = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(!english.stdout.isEmpty)
        #expect(chinese.stdout == english.stdout)
    }

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tables/\(name)")
    }
}
