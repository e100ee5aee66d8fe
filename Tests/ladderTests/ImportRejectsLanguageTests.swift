import Foundation
import LadderKit
import Testing

/// A rejects file written in Chinese and one written in English, fixed as a clerk would and
/// imported back under either language: the file's own columns (原行号, 问题列, 问题说明) are the
/// same in both, so it reads back whatever language wrote its 问题说明.
@Suite struct ImportRejectsLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let written: String
        let imported: String
        /// Row 5's 问题说明 as first written, kept by the second rejects file.
        let reason: String
        /// What the second import says of row 5, still holding it.
        let again: String
        var testDescription: String { "written in \(written), imported in \(imported)" }
    }

    static let zhReason = "该行第 6 列有值，但表头只有 5 列：多余的逗号或制表符使各值错位；请改正该行，使每个值位于其表头之下。（超出最后一列的值：多余）"
    static let enReason = "the row has a value in column 6 but the header has only 5 columns: a stray comma or tab shifted "
        + "its values; fix the row so each value is under its header (values past the last column: 多余)"
    static let zhAgain = "该行此前已被拒收，“问题说明”仍保留原因（%@）；请改正该行，清空其“问题说明”（或删除该行）后重新导入本文件。"
    static let enAgain = "this row was rejected before and 问题说明 still holds that reason (%@); fix the row, clear its 问题说明 "
        + "(or delete the row), and import the file again"
    /// The first 30 characters of each reason, as the message quotes them.
    static let zhExcerpt = "该行第 6 列有值，但表头只有 5 列：多余的逗号或制表符使…"
    static let enExcerpt = "the row has a value in column …"

    @Test(arguments: [
        Case(written: "zh", imported: "zh", reason: zhReason, again: zhAgain.replacingOccurrences(of: "%@", with: zhExcerpt)),
        Case(written: "en", imported: "en", reason: enReason, again: enAgain.replacingOccurrences(of: "%@", with: enExcerpt)),
        Case(written: "zh", imported: "en", reason: zhReason, again: enAgain.replacingOccurrences(of: "%@", with: zhExcerpt)),
        Case(written: "en", imported: "zh", reason: enReason, again: zhAgain.replacingOccurrences(of: "%@", with: enExcerpt)),
    ])
    func aRejectsFileFixedImportsBack(_ c: Case) throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        let first = try LadderRun.run(["import", file, "--silent", "--format", "json"], db: db, environment: ["LADDER_LANG": c.written])
        #expect(first.status == 0, "\(first.stderr)")
        let rejects = dir.path("roster.rejects.csv")
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: rejects)), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 5)
        #expect(lines[0] == "\u{FEFF}原行号,统一社会信用代码,企业名称,所属地区,成立日期,职工总数,问题列,问题说明")
        #expect(lines[3].hasPrefix("5,91360800911770268T,吉安达汉医疗器械股份有限公司,吉安市,2020-01-01,30,,"))
        #expect(lines[3].hasSuffix(c.reason) || lines[3].hasSuffix("\"" + c.reason + "\""), "\(lines[3])")

        // Rows 3 and 4 fixed, their 问题列 and 问题说明 cleared; row 5 left as it was.
        func fields(_ line: String) -> [String] { Array(line.split(separator: ",", omittingEmptySubsequences: false).prefix(6).map(String.init)) }
        var row3 = fields(lines[1]), row4 = fields(lines[2])
        #expect(row3 == ["3", "91360300MA3AY9DJXY", "萍乡天聚汽车零部件有限公司", "火星市", "2019-13-45", "约100"])
        #expect(row4 == ["4", "9136011115790039X0", "", "南昌市", "2020-01-01", "50"])
        row3[3] = "萍乡市"; row3[4] = "2019-03-15"; row3[5] = "100"
        row4[2] = "南昌聚江工业设计有限公司"
        let fixed = [lines[0], row3.joined(separator: ",") + ",,", row4.joined(separator: ",") + ",,", lines[3], ""]
        try Data(fixed.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: rejects))

        let again = try LadderRun.run(["import", rejects, "--silent", "--format", "json"], db: db,
                                      environment: ["LADDER_LANG": c.imported])
        #expect(again.status == 0, "\(again.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(ImportCommandTests.counts(json) == ["rows": 3, "new_enterprises": 2, "updated_enterprises": 0,
                                                    "new_events": 0, "new_facts": 0, "unchanged": 0, "rejected": 1])
        let problems = json["problems"] as? [[String: Any]] ?? []
        #expect(problems.count == 1)
        #expect(problems.first?["message"] as? String == c.again)
        #expect(problems.first?["original_rows"] as? [Int] == [5])
        // The row still unfixed keeps its first reason, in the language that wrote it.
        let second = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("roster.rejects.rejects.csv"))), as: UTF8.self)
            .components(separatedBy: "\r\n")
        #expect(second.count == 3)
        #expect(second[1].hasPrefix("5,91360800911770268T,"))
        #expect(second[1].hasSuffix(c.reason) || second[1].hasSuffix("\"" + c.reason + "\""), "\(second[1])")
        // Both firms fixed are in the registry now.
        let registry = try Registry.open(path: db)
        #expect(try registry.enterpriseOnFile(CreditCode("91360300MA3AY9DJXY"))?.registeredName == "萍乡天聚汽车零部件有限公司")
        #expect(try registry.enterpriseOnFile(CreditCode("9136011115790039X0"))?.registeredName == "南昌聚江工业设计有限公司")
        #expect(try registry.profile(of: "91360300MA3AY9DJXY", asOf: Day(iso: "2025-03-01")!).enterprise.profile.founded?.iso
            == "2019-03-15")
    }
}
