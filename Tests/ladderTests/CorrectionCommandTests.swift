import Foundation
import LadderKit
import Testing

/// `ladder correct` and `ladder void --firm` end to end: what they print, their exit status, and
/// counts before and after, known at a moment before the correction.
@Suite struct CorrectionCommandTests {
    static let a = "91360722MA35G1YK7R"

    /// Firm A registered in 青山湖区 (南昌), founded 2024-01-01, certified on 2023-11-22.
    static func prepared() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        for args in [["init"], ["add", a, "--name", "信丰众城矿业有限公司", "--region", "360111", "--founded", "2024-01-01"],
                     ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22", "--override", "省认定名单"]] {
            let run = try LadderRun.run(args, db: db)
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        return (dir, db)
    }

    /// The non-zero rows of `stats --tier hnte --by city --format csv`.
    static func cities(_ db: String, _ extra: [String] = []) throws -> [String] {
        let run = try LadderRun.run(["stats", "--tier", "hnte", "--by", "city", "--as-of", "2024-06-30", "--format", "csv"]
                                    + extra, db: db)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init).filter { !$0.hasSuffix(",0") && !$0.hasPrefix("code") }
    }

    @Test func aPastCorrectionChangesEarlierCountsButNotWhatWasKnownBefore() throws {
        let (dir, db) = try CorrectionCommandTests.prepared()
        defer { _ = dir }
        // Known-at moments are read to the second: one clear second after the certificate, before the correction.
        Thread.sleep(forTimeInterval: 1)
        let before = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 1)
        let correct = try LadderRun.run(["correct", CorrectionCommandTests.a, "--region", "信丰县", "--effective", "2024-01-01",
                                         "--reason", "导入时地区填错", "--document", "赣科办〔2026〕1号"], db: db)
        #expect(correct.status == 0, "\(correct.stderr)")
        #expect(correct.stdout == "recorded correction c1: place → 360722 信丰县 from 2024-01-01\n")
        #expect(try CorrectionCommandTests.cities(db) == ["360700,赣州市,1"])
        #expect(try CorrectionCommandTests.cities(db, ["--known-at", before]) == ["360100,南昌市,1"])
        // The same correction again: already recorded, exit 0.
        let again = try LadderRun.run(["correct", CorrectionCommandTests.a, "--region", "360722", "--effective", "2024-01-01",
                                       "--reason", "导入时地区填错"], db: db)
        #expect(again.status == 0)
        #expect(again.stdout == "already recorded: \(CorrectionCommandTests.a) is in 360722 信丰县 on 2024-01-01; nothing written\n")
        let show = try LadderRun.run(["show", CorrectionCommandTests.a, "--as-of", "2024-06-30"], db: db)
        #expect(show.stdout.contains("region    360722 信丰县 · 赣州市\n"))
        #expect(show.stdout.contains("c1      2024-01-01  corrected  place → 360722 信丰县 from 2024-01-01 · 导入时地区填错\n"))
        let log = try LadderRun.run(["log"], db: db)
        #expect(log.stdout.contains("c1 corrected: place → 360722 信丰县 from 2024-01-01 (导入时地区填错)"))
        #expect(try LadderRun.run(["verify"], db: db).status == 0)
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        RefusalCase(arguments: ["--region", "360702", "--reason", "x"], status: 64,
                    stderr: "Error: give either --from-start or --effective DAY: from when the corrected place holds"),
        RefusalCase(arguments: ["--from-start", "--reason", "x"], status: 64,
                    stderr: "Error: give what is corrected: --region (with --zone if in 赣江新区), --founded, or both"),
        RefusalCase(arguments: ["--founded", "2023-01-01", "--effective", "2024-01-01", "--reason", "x"], status: 1,
                    stderr: "ladder: a founding day is corrected from the start, not from 2024-01-01: correct "
                        + "91360722MA35G1YK7R's founding day on its own, from the start"),
        RefusalCase(arguments: ["--founded", "2023-01-01", "--from-start", "--reason", "营业执照"], status: 0, stderr: ""),
        RefusalCase(arguments: ["--founded", "2023-01-01", "--reason", "营业执照"], status: 0, stderr: ""),
    ])
    func refusals(_ c: RefusalCase) throws {
        let (dir, db) = try CorrectionCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["correct", CorrectionCommandTests.a] + c.arguments, db: db)
        #expect(run.status == c.status)
        #expect(run.stderr.split(separator: "\n").first.map(String.init) ?? "" == c.stderr)
    }

    @Test func aFirmIsSetAsideOnlyWhenNothingElseRefersToIt() throws {
        let (dir, db) = try CorrectionCommandTests.prepared()
        defer { _ = dir }
        let refused = try LadderRun.run(["void", "--firm", CorrectionCommandTests.a, "--reason", "代码录错"], db: db)
        #expect(refused.status == 1)
        #expect(refused.stderr == "ladder: \(CorrectionCommandTests.a) stays registered, since records outside the mistake "
            + "refer to it: event #1 certify 高企 GR202336000123 (ladder certify); void those events first (facts and "
            + "corrections keep it)\n")
        #expect(try LadderRun.run(["void", "1", "--reason", "录入错误"], db: db).status == 0)
        let voided = try LadderRun.run(["show", CorrectionCommandTests.a], db: db)
        #expect(voided.stdout.contains("#1      2023-11-22  certify (voided by #2)  高企 GR202336000123 · override: 省认定名单\n"))
        let aside = try LadderRun.run(["void", "--firm", CorrectionCommandTests.a, "--reason", "代码录错"], db: db)
        #expect(aside.status == 0, "\(aside.stderr)")
        #expect(aside.stdout == "set aside \(CorrectionCommandTests.a) 信丰众城矿业有限公司: as if never registered from now on\n")
        let again = try LadderRun.run(["void", "--firm", CorrectionCommandTests.a, "--reason", "代码录错"], db: db)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("already recorded: \(CorrectionCommandTests.a) was set aside at "))
        let show = try LadderRun.run(["show", CorrectionCommandTests.a], db: db)
        #expect(show.status == 1)
        let add = try LadderRun.run(["add", CorrectionCommandTests.a, "--name", "信丰众城矿业有限公司"], db: db)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try LadderRun.run(["show", CorrectionCommandTests.a], db: db).status == 0)
        #expect(try LadderRun.run(["verify"], db: db).status == 0)
    }
}
