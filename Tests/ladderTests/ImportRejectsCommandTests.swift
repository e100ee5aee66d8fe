import Foundation
import LadderKit
import Testing

/// `ladder import` of a workbook: its rejects are a workbook beside it, and that workbook
/// imported again names each row by its 原行号 in the first file.
@Suite struct ImportRejectsCommandTests {
    @Test func aWorkbooksRejectsAreAWorkbookAndNameTheFirstRow() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let roster = try XLSXWriter(columns: [.init(header: "统一社会信用代码"), .init(header: "企业名称"),
                                              .init(header: "成立日期", kind: .date)])
        try roster.append(row: [.text("91360102MA35A1B20A"), .text("南昌瑞恒电子科技有限公司"), .date(Day(iso: "2019-04-08")!)])
        try roster.append(row: [.text("91350100M000100Y4Z"), .text("江西丙科技有限公司"), .date(Day(iso: "2019-04-08")!)])
        try roster.write(to: URL(fileURLWithPath: dir.path("roster.xlsx")))

        let first = try LadderRun.run(["import", dir.path("roster.xlsx"), "--silent"], db: db)
        let rejects = dir.path("roster.rejects.xlsx")
        #expect(first.status == 0)
        #expect(first.stderr == "ladder: warning: 1 row(s) of roster.xlsx rejected; see \(rejects)\n")
        #expect(first.stdout.contains("rejected rows written to \(rejects): fix them there and import that file\n"))
        #expect(first.stdout.contains(
            "  rejected  1 row   统一社会信用代码: '91350100M000100Y4Z' has check character 'Z', expected '3' — row 3\n"))
        #expect(FileManager.default.fileExists(atPath: rejects))

        let again = try LadderRun.run(["import", rejects, "--silent"], db: db)
        #expect(again.status == 0)
        #expect(again.stderr == "ladder: warning: 1 row(s) of roster.rejects.xlsx rejected; see "
            + "\(dir.path("roster.rejects.rejects.xlsx"))\n")
        #expect(again.stdout.contains("  rejected  1 row   问题说明: this row was rejected before and 问题说明 "
            + "still holds that reason ('91350100M000100Y4Z' has check…); fix the row, clear its 问题说明 (or delete "
            + "the row), and import the file again — row 2 (原行号 3)\n"))
        // The problems file names the row of the first file too, in its last column.
        let problems = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("roster.rejects.problems.csv"))),
                              as: UTF8.self).components(separatedBy: "\r\n")
        #expect(problems.first == "\u{FEFF}行号,列,值,级别,说明,原行号")
        #expect(problems.dropFirst().first?.hasPrefix("2,问题说明,") == true)
        #expect(problems.dropFirst().first?.hasSuffix(",3") == true)
    }
}
