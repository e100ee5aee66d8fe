import Foundation
import Testing

/// The names staff type: tiers and categories in Chinese and short forms, and a mistyped command
/// answered with the nearest one (ArgumentParser already does this for options).
@Suite struct CommandNameTests {
    struct NameCase: CustomTestStringConvertible, Sendable {
        let args: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { args.joined(separator: " ") }
    }

    @Test(arguments: [
        NameCase(args: ["improt", "x.csv"], status: 64,
                 stderr: "ladder: unknown command 'improt'; did you mean 'import'? (see 'ladder --help')\n"),
        NameCase(args: ["stast"], status: 64,
                 stderr: "ladder: unknown command 'stast'; did you mean 'stats'? (see 'ladder --help')\n"),
        NameCase(args: ["facts", "sho", "x"], status: 64,
                 stderr: "ladder: unknown command 'sho'; did you mean 'show'? (see 'ladder facts --help')\n"),
        NameCase(args: ["policy", "exprot"], status: 64,
                 stderr: "ladder: unknown command 'exprot'; did you mean 'export'? (see 'ladder policy --help')\n"),
        NameCase(args: ["frobnicate"], status: 64, stderr: "ladder: unknown command 'frobnicate' (see 'ladder --help')\n"),
    ])
    func aMistypedCommandSuggestsTheNearest(_ c: NameCase) throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(c.args, db: dir.path("r.sqlite"))
        #expect(run.status == c.status)
        #expect(run.stderr == c.stderr)
        #expect(run.stdout == "")
    }

    struct TierCase: CustomTestStringConvertible, Sendable {
        let spelled: String
        let slug: String
        var testDescription: String { "\(spelled) → \(slug)" }
    }

    @Test(arguments: [
        TierCase(spelled: "hnte", slug: "hnte"), TierCase(spelled: "HNTE", slug: "hnte"),
        TierCase(spelled: "高企", slug: "hnte"), TierCase(spelled: "高新技术企业", slug: "hnte"),
        TierCase(spelled: "科小", slug: "tsme"), TierCase(spelled: "科技型中小企业", slug: "tsme"),
        TierCase(spelled: "高成长", slug: "growth"), TierCase(spelled: "领军", slug: "leader"),
        TierCase(spelled: "科技领军企业", slug: "leader"),
    ])
    func aTierIsAcceptedByItsChineseAndShortNames(_ c: TierCase) throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let run = try LadderRun.run(["stats", "--tier", c.spelled, "--as-of", "2025-01-01", "--format", "json"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("{\"code\": \"\(c.slug)\""), "\(run.stdout)")
    }

    @Test func anUnknownTierIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(["stats", "--tier", "高新"], db: dir.path("r.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.contains("'高新'"))
    }

    @Test(arguments: [("瞪羚", "gazelle 瞪羚"), ("潜在独角兽", "potential-unicorn 潜在独角兽"), ("独角兽", "unicorn 独角兽"),
                      ("领军企业", "leader 领军企业"), ("gazelle", "gazelle 瞪羚")])
    func aCategoryIsAcceptedByItsChineseName(spelled: String, shown: String) throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        #expect(try LadderRun.run(["add", "91360722MA35G1YK7R", "--name", "甲公司"], db: db).status == 0)
        let tier = shown.hasPrefix("leader") ? "领军" : "高成长"
        let run = try LadderRun.run(["select", "91360722MA35G1YK7R", "--tier", tier, "--category", spelled, "--year", "2025",
                                     "--effective", "2025-07-01", "--override", "省名单"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("2025 \(shown), effective 2025-07-01\n"), "\(run.stdout)")
    }
}
