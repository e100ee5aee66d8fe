import Foundation
import Testing
@testable import LadderKit

/// A rejects file imported again keeps what it knew: each row's 原行号 in the file first
/// imported, and its first reason while the row is rejected again only for still holding it;
/// a row rejected for a new reason gets that reason. Rejects of rejects keep the first 原行号.
@Suite struct ImportRejectsLoopTests {
    static let header = "统一社会信用代码,企业名称,成立日期,年度,年销售收入(万元)"
    /// Rows 2 and 4 land; row 3 has a wrong check character (T is right) and an approximate
    /// amount; row 5 a wrong check character (3 is right).
    static let roster = header + "\n"
        + "\(ImportCodes.c),南昌瑞恒电子科技有限公司,2019-04-08,2024,1500\n"
        + "91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,约300\n"
        + "\(ImportCodes.d),南昌嘉创软件有限公司,2020-07-15,2024,800\n"
        + "91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100\n"
    static let columns = "\u{FEFF}原行号," + header + ",问题列,问题说明\r\n"
    static let approximate = "'约300' is approximate; enter the exact amount from the financial statement"
    static let checkZ = "'91350100M000100Y4Z' has check character 'Z', expected '3'"
    static let checkZExcerpt = "'91350100M000100Y4Z' has check…"
    static let stillHeld = "this row was rejected before and 问题说明 still holds that reason (\(checkZExcerpt)); fix the "
        + "row, clear its 问题说明 (or delete the row), and import the file again"

    @Test func rejectsOfRejectsKeepTheFirstRowNumbersAndReasons() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let first = try importFile(try scratch.write("roster.csv", Self.roster), into: registry)
        #expect((first.rows, first.newEnterprises, first.rejected) == (4, 2, 2))
        let firstRejects = Self.columns
            + "3,91360702MA3E6F7G4X,赣州章贡智能装备有限公司,2018-03-15,2024,约300,统一社会信用代码、年销售收入(万元),"
            + "\"'91360702MA3E6F7G4X' has check character 'X', expected 'T'; \(Self.approximate)\"\r\n"
            + "5,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100,统一社会信用代码,\"\(Self.checkZ)\"\r\n"
        #expect(try scratch.read("roster.rejects.csv") == firstRejects)

        // Half fixed by hand: the code of 原行号 3 corrected and its 问题列 and 问题说明 cleared, but
        // 约300 left; 原行号 5 untouched.
        let halfFixed = Self.columns
            + "3,\(ImportCodes.e),赣州章贡智能装备有限公司,2018-03-15,2024,约300,,\r\n"
            + "5,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100,统一社会信用代码,\"\(Self.checkZ)\"\r\n"
        try Data(halfFixed.utf8).write(to: URL(fileURLWithPath: scratch.path("roster.rejects.csv")))
        let second = try importFile(scratch.path("roster.rejects.csv"), into: registry, at: "2025-03-02T02:00:00Z")
        #expect((second.rows, second.newEnterprises, second.rejected) == (2, 0, 2))
        #expect(second.issues == [
            ImportIssue(row: 2, column: "年销售收入(万元)", value: "约300", message: Self.approximate, originalRow: 3),
            ImportIssue(row: 3, column: "问题说明", value: Self.checkZExcerpt, message: Self.stillHeld,
                        originalRow: 5),
        ])
        #expect(second.issues.map(\.description) == [
            "row 2 (原行号 3), 年销售收入(万元): \(Self.approximate)",
            "row 3 (原行号 5), 问题说明: \(Self.stillHeld)",
        ])
        let secondRejects = Self.columns
            + "3,\(ImportCodes.e),赣州章贡智能装备有限公司,2018-03-15,2024,约300,年销售收入(万元),\(Self.approximate)\r\n"
            + "5,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100,统一社会信用代码,\"\(Self.checkZ)\"\r\n"
        #expect(try scratch.read("roster.rejects.rejects.csv") == secondRejects)

        // Imported again as it is: both rows still hold their reasons, kept as they were.
        let third = try importFile(scratch.path("roster.rejects.rejects.csv"), into: registry, at: "2025-03-03T02:00:00Z")
        #expect((third.rows, third.rejected) == (2, 2))
        #expect(third.issues.map(\.originalRow) == [3, 5])
        #expect(try scratch.read("roster.rejects.rejects.rejects.csv") == secondRejects)

        // Fixed and cleared, 原行号 3 lands.
        let fixed = Self.columns + "3,\(ImportCodes.e),赣州章贡智能装备有限公司,2018-03-15,2024,300,,\r\n"
        let last = try importFile(try scratch.write("fixed.csv", fixed), into: registry, at: "2025-03-04T02:00:00Z")
        #expect((last.rows, last.newEnterprises, last.rejected) == (1, 1, 0))
        try StoredFirm(code: ImportCodes.e, name: "赣州章贡智能装备有限公司", founded: "2018-03-15",
                       facts: [2024: AnnualFacts(revenue: 3_000_000)]).verify(in: registry)
    }

    /// A 原行号 that is not a whole number (typed over by hand) falls back to the row's own number.
    @Test func anUnreadableOriginalRowFallsBackToTheRowItself() throws {
        let scratch = try ImportScratch()
        let text = Self.columns + "第三行,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100,,\r\n"
        let report = try importFile(try scratch.write("typed.csv", text), into: try Registry.inMemory())
        #expect(report.issues == [rejected(2, "统一社会信用代码", "91350100M000100Y4Z", Self.checkZ)])
        #expect(try scratch.read("typed.rejects.csv") == Self.columns
            + "2,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,2024,100,统一社会信用代码,\"\(Self.checkZ)\"\r\n")
    }
}
