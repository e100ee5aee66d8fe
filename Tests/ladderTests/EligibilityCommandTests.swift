import Foundation
import Testing

/// End-to-end runs of facts, check, policy, candidates and the promotion guard.
@Suite struct EligibilityCommandTests {
    static let a = "91360722MA35G1YK7R"

    static func prepared() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        for args in [["init"], ["add", a, "--name", "甲公司", "--founded", "2015-12-01", "--field", "新材料"]] {
            #expect(try LadderRun.run(args, db: db).status == 0)
        }
        return (dir, db)
    }

    @Test func factsSetSaysWhatItStored() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        // As on a roster: a bare figure is 万元, counts take full-width digits and separators.
        let run = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024", "--employees", "１２０",
                                     "--tech-staff", "1,2", "--ip2", "3件", "--revenue", "4,800", "--rd-expense", "2400000元",
                                     "--owns-core-ip", "√"], db: db)
        #expect(run.stderr.contains("'1,2' is not a whole number"), "\(run.stderr)")
        #expect(run.status == 64)
        let fixed = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024", "--employees", "１２０",
                                       "--tech-staff", "12", "--ip2", "3件", "--revenue", "4,800", "--rd-expense", "2400000元",
                                       "--owns-core-ip", "√"], db: db)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout == """
            recorded facts of 91360722MA35G1YK7R for 2024
              revenue 48,000,000 元 (bare number read as 万元)
              rd-expense 2,400,000 元 (given in 元)

            """)
        let json = try LadderRun.run(["facts", "show", EligibilityCommandTests.a, "--format", "json"], db: db)
        #expect(json.stdout == "[\n  {\"year\": 2024, \"employees\": 120, \"tech_staff\": 12, \"revenue\": 48000000, "
            + "\"rd_expense\": 2400000, \"ip2\": 3, \"owns_core_ip\": \"yes\"}\n]\n")
    }

    /// Values refused while a command runs: one `ladder:` line each, no usage text.
    @Test func refusedValuesAreOneLine() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        let approximate = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024",
                                             "--revenue", "约500万"], db: db)
        #expect(approximate.status == 64)
        #expect(approximate.stderr == "ladder: --revenue '约500万': '约500万' is approximate; enter the exact amount from "
            + "the financial statement\n")
        let missing = try LadderRun.run(["policy", "import", dir.path("none.json")], db: db)
        #expect(missing.status == 65)
        #expect(missing.stderr == "ladder: cannot read \(dir.path("none.json")): no such file\n")
    }

    struct Mark: CustomTestStringConvertible, Sendable {
        let score: String
        let verdict: String
        var testDescription: String { "\(score) → \(verdict)" }
    }

    /// "70分以上（不含70分）": entered with `facts set`, 70 fails and 70.01, 70.5, 71 pass; `check`
    /// and `facts show` print the score as entered.
    @Test(arguments: [Mark(score: "70", verdict: "fail"), Mark(score: "70.01", verdict: "pass"),
                      Mark(score: "70.5", verdict: "pass"), Mark(score: "71", verdict: "pass")])
    func innovationScoreFromFactsSet(_ c: Mark) throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let set = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024",
                                     "--innovation-score", c.score], db: db)
        #expect(set.status == 0, "\(set.stderr)")
        let check = try LadderRun.run(["check", EligibilityCommandTests.a, "--for", "hnte", "--as-of", "2025-06-01"], db: db)
        #expect(check.stdout.contains("\nscore: \(c.score) (pass mark: above 70, 70 itself fails)\n"))
        // The criterion's block: its verdict and id, then its value on the next line.
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("hnte.innovation_score —") })
        #expect(lines[at].hasPrefix(c.verdict + " "))
        #expect(lines[at + 1].trimmingCharacters(in: .whitespaces).hasPrefix("value  \(c.score) (entered, 2024)"))
        let json = try LadderRun.run(["facts", "show", EligibilityCommandTests.a, "--format", "json"], db: db)
        #expect(json.stdout == "[\n  {\"year\": 2024, \"innovation_score\": \(c.score)}\n]\n")
    }

    @Test func aScoreOutOfRangeOrNotANumberIsRefused() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let above = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024",
                                       "--innovation-score", "100.5"], db: db)
        #expect(above.status == 1)
        #expect(above.stderr == "ladder: facts for 91360722MA35G1YK7R in 2024 refused: innovation_score: 100.5 is outside 0–100\n")
        let words = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024",
                                       "--innovation-score", "七十"], db: db)
        #expect(words.status == 64)
        #expect(words.stderr.contains("'七十' is not a score; write a number with at most two decimals, e.g. 70.5"))
        let part = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024",
                                      "--innovation-ip", "30.5"], db: db)
        #expect(part.stderr == "ladder: facts for 91360722MA35G1YK7R in 2024 refused: innovation_parts.ip: 30.5 is outside 0–30\n")
    }

    @Test func checkPrintsCriteriaAsJSON() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        _ = try LadderRun.run(["facts", "set", EligibilityCommandTests.a, "--year", "2024", "--employees", "100",
                               "--tech-staff", "9"], db: db)
        let run = try LadderRun.run(["check", EligibilityCommandTests.a, "--tier", "hnte", "--as-of", "2025-06-01",
                                     "--format", "json"], db: db)
        #expect(run.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "not-eligible")
        #expect((json["policy"] as? [String: Any])?["id"] as? String == "jiangxi-2023")
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        let tech = try #require(criteria.first { $0["id"] as? String == "hnte.tech_staff_ratio" })
        #expect(tech["verdict"] as? String == "fail")
        #expect(tech["value"] as? String == "9.00% (9 / 100 人, 2024)")
        #expect(Set(tech.keys) == ["id", "verdict", "value", "threshold", "explanation"])
    }

    @Test func certifyWithoutFactsIsRefusedUnlessOverridden() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let refused = try LadderRun.run(["certify", EligibilityCommandTests.a, "--number", "GR202536000001",
                                         "--issued", "2025-11-20"], db: db)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("ladder: 91360722MA35G1YK7R does not meet the hnte rules (insufficient-data); enter first: "))
        #expect(refused.stderr.hasSuffix("Nothing was recorded; to record it anyway, give the reason for overriding the rules "
            + "(enter facts with `ladder facts set`; --override \"reason\")\n"))
        let forced = try LadderRun.run(["certify", EligibilityCommandTests.a, "--number", "GR202536000001",
                                        "--issued", "2025-11-20", "--override", "省认定名单已公布"], db: db)
        #expect(forced.status == 0)
        let show = try LadderRun.run(["show", EligibilityCommandTests.a, "--format", "json"], db: db)
        #expect(show.stdout.contains("\"override\": \"省认定名单已公布\""))
    }

    @Test func policyExportEditImport() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let file = dir.path("policy.json")
        #expect(try LadderRun.run(["policy", "export", file], db: db).status == 0)
        let edited = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "\"end\": \"civil-code\",\n      \"years\": 3", with: "\"end\": \"minus-one-day\",\n      \"years\": 3")
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try LadderRun.run(["policy", "import", file], db: db)
        #expect(imported.stdout == "policy jiangxi-2023 v2 is in force from now on\n")
        let shown = try LadderRun.run(["policy", "show"], db: db)
        #expect(shown.stdout.contains("hnte certificate   3 years, end counted minus-one-day"))
        try edited.replacingOccurrences(of: "\"pass_score\": 60", with: "\"pass_score\": \"sixty\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try LadderRun.run(["policy", "import", file], db: db)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("$.eligibility.tsme.pass_score"))
    }

    /// A document in the old words (`innovation_score_min: 71`) imports, says how it was read,
    /// and the built-in v1 in those words is the built-in; `policy show` states the exclusive mark.
    @Test func anOldScoreKeyImportsWithANote() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let file = dir.path("policy.json")
        #expect(try LadderRun.run(["policy", "export", file], db: db).status == 0)
        let old = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "\"innovation_score_above\": 70", with: "\"innovation_score_min\": 71")
        try old.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try LadderRun.run(["policy", "import", file], db: db)
        #expect(imported.status == 0)
        #expect(imported.stdout == "already recorded: policy jiangxi-2023 v1 is in force; nothing written\n")
        #expect(imported.stderr == "note: innovation_score_min 71 is read as innovation_score_above 70: the innovation "
            + "score must be above 70, 70 itself failing, so a fractional score such as 70.5 passes; write "
            + "innovation_score_above in new documents\n")
        let shown = try LadderRun.run(["policy", "show"], db: db)
        #expect(shown.stdout.contains("innovation score above 70 (70 itself fails)"))
    }
}
