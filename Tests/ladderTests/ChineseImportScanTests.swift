import Foundation
import Testing

/// The Chinese output of imports holds no English words (`EnglishWords`): a roster with faults
/// (its summary, notes, warning, rejects and problems files), a dry run, a second import of the
/// same file and a rejects file imported unfixed.
@Suite struct ChineseImportScanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "an import with faults", arguments: []),
        Case(name: "a dry run", arguments: ["--dry-run"]),
        Case(name: "a strict import", arguments: ["--strict"]),
        Case(name: "a kind that needs a missing column", arguments: ["--as", "hnte-list"]),
        Case(name: "a header row past the end", arguments: ["--header-row", "9"]),
    ])
    func chineseOutputOfAnImportHasNoEnglishWords(_ c: Case) throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        let zh = ["LADDER_LANG": "zh"]
        let run = try LadderRun.run(["import", file, "--silent"] + c.arguments, db: db, environment: zh)
        #expect(!run.stderr.isEmpty || !run.stdout.isEmpty)
        #expect(EnglishWords.find(in: run.stdout + run.stderr) == [], "\(run.stdout)\(run.stderr)")
        for written in ["roster.rejects.csv", "roster.problems.csv"] {
            guard let text = try? String(contentsOfFile: dir.path(written), encoding: .utf8) else { continue }
            #expect(EnglishWords.find(in: text) == [], "\(written)")
        }
    }

    @Test func importingAgainAndAnUnfixedRejectsFileHaveNoEnglishWords() throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        let zh = ["LADDER_LANG": "zh"]
        _ = try LadderRun.run(["import", file, "--silent"], db: db, environment: zh)
        let again = try LadderRun.run(["import", file, "--silent"], db: db, environment: zh)
        #expect(again.stdout.contains("该文件此前已导入过（导入批次 1）；本次没有新增任何内容\n"), "\(again.stdout)")
        let rejects = try LadderRun.run(["import", dir.path("roster.rejects.csv"), "--silent"], db: db, environment: zh)
        #expect(rejects.stdout.contains("  拒收  1 行  “问题说明”：该行此前已被拒收"), "\(rejects.stdout)")
        for run in [again, rejects] {
            #expect(EnglishWords.find(in: run.stdout + run.stderr) == [], "\(run.stdout)\(run.stderr)")
        }
    }
}
