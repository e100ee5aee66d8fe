import Foundation
import Testing

/// The Chinese output of every read command, and of representative refusals, has no English
/// words other than flags, codes and the values a clerk types (`EnglishWords`).
@Suite struct ChineseReadScanTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        /// Run on a registry without annual facts.
        var withoutFacts = false
        /// Scan only standard error (standard output is CSV, read by programs).
        var notesOnly = false
        var testDescription: String { "ladder " + arguments.joined(separator: " ") }
    }

    @Test(arguments: ReadTablesGoldenTests.cases)
    func everyTableIsChinese(_ c: ReadTablesGoldenTests.Case) throws {
        let directory = try TemporaryDirectory()
        let db = try ReadTablesRegistry.file(in: directory)
        let run = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(EnglishWords.find(in: run.stdout + run.stderr) == [])
    }

    @Test(arguments: [
        Refusal(arguments: ["find", "甲"] + ReadTablesGoldenTests.midYear, status: 64),
        Refusal(arguments: ["find", " "] + ReadTablesGoldenTests.midYear, status: 64),
        Refusal(arguments: ["find", "公司", "--format", "csv"] + ReadTablesGoldenTests.midYear, status: 0, notesOnly: true),
        Refusal(arguments: ["find", "丁公"] + ReadTablesGoldenTests.midYear, status: 0),
        Refusal(arguments: ["check", "不存在的公司", "--tier", "hnte"] + ReadTablesGoldenTests.midYear, status: 1),
        Refusal(arguments: ["candidates", "--tier", "hnte"] + ReadTablesGoldenTests.midYear, status: 0, withoutFacts: true),
        Refusal(arguments: ["check", "甲公司", "--tier", "leader", "--year", "2023"] + ReadTablesGoldenTests.midYear,
                status: 0),
        Refusal(arguments: ["facts", "show", "丙公司"] + ReadTablesGoldenTests.midYear, status: 0),
    ])
    func refusalsAndNotesAreChinese(_ c: Refusal) throws {
        let directory = try TemporaryDirectory()
        let db = c.withoutFacts ? try StatisticsCommandTests.registryFile(in: directory)
            : try ReadTablesRegistry.file(in: directory)
        let run = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == c.status, "\(run.stderr)")
        let read = c.notesOnly ? run.stderr : run.stdout + run.stderr
        #expect(!read.isEmpty)
        #expect(EnglishWords.find(in: read) == [], "\(read)")
    }
}

extension ChineseReadScanTests {
    /// `targets set` says what it recorded as a sentence: a prose day, the count with 家.
    @Test func aTargetSetReadsAsASentence() throws {
        let directory = try TemporaryDirectory()
        let db = try ReadTablesRegistry.file(in: directory)
        let zh = try LadderRun.run(["targets", "set", "hnte", "6", "--due", "2026-12-31", "--region", "赣州市"], db: db,
                                   environment: ["LADDER_LANG": "zh"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout == "已记录目标 #2：赣州市在2026年12月31日前有 6 家高新技术企业\n")
        let en = try LadderRun.run(["targets", "set", "tsme", "1", "--due", "2026-12-31"], db: db)
        #expect(en.stdout == "recorded target #3: 1 tsme (科技型中小企业) in 江西省 by 2026-12-31\n")
    }
}
