import Foundation
import Testing
@testable import LadderKit

/// One fixture per defect of real input (DOMAIN.md §7): what lands, normalised, and what is
/// rejected, with the exact reason and row (header = row 1). Every expectation is worked out
/// by hand from the fixture's text.
@Suite struct ImportDefectTests {
    struct DefectCase: CustomTestStringConvertible, Sendable {
        let fixture: String
        var year: Int? = nil
        var effective: String? = nil
        var encoding = "utf-8"
        let rows: Int
        var unchanged = 0
        /// Rejections and warnings, in row order.
        var issues: [ImportIssue] = []
        var notes: [String] = []
        let firms: [StoredFirm]
        var testDescription: String {
            fixture + (year.map { " --year \($0)" } ?? "") + (effective.map { " --effective \($0)" } ?? "")
        }
    }

    typealias Firm = StoredFirm
    static let a = ImportCodes.a, b = ImportCodes.b, c = ImportCodes.c, d = ImportCodes.d, e = ImportCodes.e
    static let f = ImportCodes.f, g = ImportCodes.g, h = ImportCodes.h, i = ImportCodes.i
    static let 瑞恒 = "南昌瑞恒电子科技有限公司"
    static let creditCode = "统一社会信用代码"

    static let cases: [DefectCase] = [
        // The BOM is not part of the first header, so 统一社会信用代码 is still recognised.
        DefectCase(fixture: "bom-utf8.csv", encoding: "utf-8 (BOM)", rows: 1,
                   firms: [Firm(code: a, name: "信丰众城矿业有限公司", founded: "2015-12-01", division: "360722")]),
        DefectCase(fixture: "gb18030.csv", encoding: "gb18030", rows: 1,
                   firms: [Firm(code: b, name: "鹰潭市信江海融小额贷款股份有限公司", founded: "2012-03-01",
                                division: "360600")]),
        // No CR left on the last field: the days parse; the quoted name loses its quotes.
        DefectCase(fixture: "crlf.csv", rows: 2,
                   firms: [Firm(code: c, name: 瑞恒, founded: "2019-04-08", division: "360102"),
                           Firm(code: d, name: "南昌嘉创软件有限公司", founded: "2020-07-15", division: "360111")]),
        // ９１３６０７０２ＭＡ３Ｅ６Ｆ７Ｇ４Ｔ, ２０１８－０３－１５, ２０２４, １２０, １２３４．５６ (万元).
        DefectCase(fixture: "fullwidth-digits.csv", rows: 1,
                   firms: [Firm(code: e, name: "赣州章贡智能装备有限公司", founded: "2018-03-15", division: "360702",
                                facts: [2024: AnnualFacts(employees: 120, revenue: 12_345_600)])]),
        // U+3000 before the code and after the name and day, a space after the code, NBSP before 85.
        DefectCase(fixture: "ideographic-space.csv", rows: 1,
                   firms: [Firm(code: f, name: "宜春袁州新材料有限公司", founded: "2016-09-30", division: "360902",
                                facts: [2024: AnnualFacts(employees: 85)])]),
        // Six spellings of 2023-05-06 land; the Excel serial 45052 (2023-01-01 is 44927, plus 125
        // days) lands with a warning; 2023年5月 (no day) is rejected.
        DefectCase(fixture: "date-spellings.csv", rows: 7,
                   issues: [warned(7, "成立日期", "45052", "'45052' read as the Excel serial number of 2023-05-06; check the day"),
                            rejected(8, "成立日期", "2023年5月", "'2023年5月' is not a day; write it as 2023-05-06 "
                                + "(2023/5/6 and 2023年5月6日 are read too)")],
                   firms: [Firm(code: c, name: 瑞恒, founded: "2023-05-06"),
                           Firm(code: d, name: "南昌嘉创软件有限公司", founded: "2023-05-06"),
                           Firm(code: e, name: "赣州章贡智能装备有限公司", founded: "2023-05-06"),
                           Firm(code: f, name: "宜春袁州新材料有限公司", founded: "2023-05-06"),
                           Firm(code: g, name: "抚州临川生物科技有限公司", founded: "2023-05-06"),
                           Firm(code: h, name: "九江濂溪环保科技有限公司", founded: "2023-05-06")]),
        // 2015 is a year, not the serial of 1905-07-07: rejected. 18264 is 1950-01-01 (1900-01-01 is
        // 50 × 365 + 12 leap days = 18262 days before, plus 1899-12-30 and -31): lands with a warning;
        // 18263 (1949-12-31) is before any registry day: rejected.
        DefectCase(fixture: "year-only-date.csv", rows: 3,
                   issues: [rejected(2, "成立日期", "2015", "'2015' is not a day; write it as 2023-05-06 "
                                + "(2023/5/6 and 2023年5月6日 are read too)"),
                            warned(3, "成立日期", "18264", "'18264' read as the Excel serial number of 1950-01-01; check the day"),
                            rejected(4, "成立日期", "18263", "'18263' is not a day; write it as 2023-05-06 "
                                + "(2023/5/6 and 2023年5月6日 are read too)")],
                   firms: [Firm(code: d, name: "南昌嘉创软件有限公司", founded: "1950-01-01")]),
        // In a (万元) column: 1,234.56 → 12,345,600 元; 123.45万元 → 1,234,500 元; 500元 → 500 元.
        DefectCase(fixture: "money-spellings.csv", rows: 5,
                   issues: [rejected(4, "年销售收入(万元)", "约500",
                                     "'约500' is approximate; enter the exact amount from the financial statement"),
                            rejected(5, "年销售收入(万元)", "500左右",
                                     "'500左右' is approximate; enter the exact amount from the financial statement")],
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(revenue: 12_345_600)]),
                           Firm(code: d, name: "南昌嘉创软件有限公司", facts: [2024: AnnualFacts(revenue: 1_234_500)]),
                           Firm(code: g, name: "抚州临川生物科技有限公司", facts: [2024: AnnualFacts(revenue: 500)])]),
        // 2 亿元 = 200,000,000; 1500 千元 = 1,500,000; 3 万元 = 30,000; 900000 元. 0.5 亿元 = 50,000,000;
        // 1.5 千元 = 1,500; 0.25 万元 = 2,500; 500 元. 1.2345 千元 = 1234.5 元: rejected.
        DefectCase(fixture: "money-units.csv", rows: 3,
                   issues: [rejected(4, "年销售收入(千元)", "1.2345", "'1.2345' is 1234.5 元, a fraction of a yuan; amounts are "
                                + "stored in whole yuan, round it first")],
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(revenue: 1_500_000, totalAssets: 200_000_000,
                                                                           rdExpense: 30_000, highTechIncome: 900_000)]),
                           Firm(code: d, name: "南昌嘉创软件有限公司",
                                facts: [2024: AnnualFacts(revenue: 1_500, totalAssets: 50_000_000, rdExpense: 2_500,
                                                          highTechIncome: 500)])]),
        DefectCase(fixture: "money-unit-unsupported.csv", rows: 1,
                   issues: [rejected(2, "年销售收入(百万元)", "15", "the column's unit '百万元' is not one ladder reads; convert "
                                + "the column to 元, 千元, 万元 or 亿元 and say which in its header, e.g. 年销售收入(万元)")],
                   firms: []),
        // Ⅰ类/Ⅱ类 written with U+2160/U+2161, and with Latin I/II: both are ip1/ip2, nothing ignored.
        DefectCase(fixture: "roman-numeral-headers.csv", rows: 1,
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(ip1: 3, ip2: 12)])]),
        DefectCase(fixture: "latin-i-headers.csv", rows: 1,
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(ip1: 2, ip2: 7)])]),
        // 年销售收入（万元） 1500 → 15,000,000; 资产总额（元） 8000000 → 8,000,000; 研发费用(万元) 75.5 →
        // 755,000; 高新技术产品收入 without a unit: 万元 with a note, 900 → 9,000,000. The name keeps
        // its full-width brackets as registered.
        DefectCase(fixture: "fullwidth-brackets.csv", rows: 1,
                   notes: ["money column(s) without a unit read as 万元: 高新技术产品收入 (write (元) in the header for yuan)"],
                   firms: [Firm(code: c, name: "南昌瑞恒（集团）有限公司",
                                facts: [2024: AnnualFacts(revenue: 15_000_000, totalAssets: 8_000_000, rdExpense: 755_000,
                                                          highTechIncome: 9_000_000)])]),
        // The row of spaces is one blank row, said once; the row of empty cells is no row at all.
        // A row of spaces is skipped like an empty row: not counted, not rejected.
        DefectCase(fixture: "blank-row.csv", rows: 1, issues: [],
                   firms: [Firm(code: c, name: 瑞恒, founded: "2019-04-08")]),
        // The county wins over the city; a city that does not contain it is a warning.
        DefectCase(fixture: "region-contradiction.csv", rows: 2,
                   issues: [warned(2, "所属地区", "赣州市", "'赣州市' does not contain 青山湖区 (360111), which is in 南昌市; "
                                + "the firm is placed in 360111")],
                   firms: [Firm(code: d, name: "南昌嘉创软件有限公司", division: "360111"),
                           Firm(code: a, name: "信丰众城矿业有限公司", division: "360722")]),
        DefectCase(fixture: "shifted-row.csv", rows: 2,
                   issues: [rejected(3, "", "2012-03-01", "the row has a value in column 4 but the header has only 3 "
                                + "columns: a stray comma or tab shifted its values; fix the row so each value is under its header")],
                   firms: [Firm(code: c, name: 瑞恒, founded: "2019-04-08")]),
        DefectCase(fixture: "mojibake.csv", rows: 2,
                   issues: [rejected(3, "企业名称", "南昌\u{FFFD}\u{FFFD}软件有限公司", "'南昌\u{FFFD}\u{FFFD}软件有限公司' holds � "
                                + "(mojibake): the file's encoding was misread; re-save it as UTF-8 or give --encoding gb18030")],
                   firms: [Firm(code: c, name: 瑞恒, founded: "2019-04-08")]),
        // 91350100M000100Y4Z: Σ of values × weights over 17 characters = 1640, 1640 mod 31 = 28,
        // check = 31 − 28 = 3. 914403001922038000: the check of 91440300192203800 is 1, not 0.
        DefectCase(fixture: "damaged-credit-code.csv", rows: 4,
                   issues: [rejected(2, creditCode, "9.13601E+17", "'9.13601E+17' is a number in scientific notation, "
                                + "not a credit code: the column was stored as a number; re-export it as text"),
                            rejected(3, creditCode, "914403001922038000", "'914403001922038000' ends in 000 and fails the "
                                + "check: Excel dropped its last digits (the column was stored as a number; re-export it as text)"),
                            rejected(4, creditCode, "91350100M000100Y4Z",
                                     "'91350100M000100Y4Z' has check character 'Z', expected '3'")],
                   firms: [Firm(code: c, name: 瑞恒, founded: "2019-04-08")]),
        // Row 4 repeats row 2 exactly (unchanged); row 5 gives A another 成立日期 (rejected, naming row 2).
        DefectCase(fixture: "duplicate-code.csv", rows: 4, unchanged: 1,
                   issues: [rejected(5, "", a, "the same firm is on row 2 with different values; keep one row per firm "
                                + "(this row was not recorded)")],
                   firms: [Firm(code: a, name: "信丰众城矿业有限公司", founded: "2015-12-01"),
                           Firm(code: b, name: "鹰潭市信江海融小额贷款股份有限公司", founded: "2012-03-01")]),
        DefectCase(fixture: "hnte-number-without-day.csv", rows: 1,
                   issues: [rejected(2, "证书编号", "GR202336000123", "GR202336000123 has no issue day, so it cannot be "
                                + "dated: add a 发证日期 column or give --effective DAY (the day of the list's notice)")],
                   firms: []),
        // With the notice's day: issued 2023-11-22, valid through 2026-11-22 (Civil Code counting).
        DefectCase(fixture: "hnte-number-without-day.csv", effective: "2023-11-22", rows: 1,
                   firms: [Firm(code: c, name: 瑞恒, held: [.init(tier: .hnte, number: "GR202336000123", start: "2023-11-22",
                                                                  end: "2026-11-22")])]),
        DefectCase(fixture: "tsme-number-without-day.csv", rows: 1,
                   notes: ["科小 numbers without an admission day were dated 1 January of the number's year "
                       + "(give --effective DAY for the notice's day)"],
                   firms: [Firm(code: c, name: 瑞恒, held: [.init(tier: .tsme, number: "2024360102A0000001",
                                                                  start: "2024-01-01", end: "2024-12-31")])]),
        DefectCase(fixture: "facts-without-year.csv", rows: 1,
                   notes: ["annual figures were not stored: the file has no 年度 column and no --year was given"],
                   firms: [Firm(code: c, name: 瑞恒)]),
        DefectCase(fixture: "facts-without-year.csv", year: 2024, rows: 1,
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(employees: 120)])]),
        // 净资产 -50 万元 → −500,000 元, (12.5) 万元 → −125,000 元; 资产总额 -300 is refused.
        DefectCase(fixture: "negative-net-assets.csv", rows: 3,
                   issues: [rejected(4, "资产总额(万元)", "-300", "'-300' is negative; this amount cannot be below zero")],
                   firms: [Firm(code: c, name: 瑞恒, facts: [2024: AnnualFacts(totalAssets: 3_000_000, netAssets: -500_000)]),
                           Firm(code: d, name: "南昌嘉创软件有限公司",
                                facts: [2024: AnnualFacts(totalAssets: 800_000, netAssets: -125_000)])]),
        // Each part larger than its whole is refused, as `facts set` refuses it; equal is fine
        // (100 万元 = 1,000,000 元; 800 万元 = 8,000,000 元).
        DefectCase(fixture: "facts-contradiction.csv", rows: 4,
                   issues: [rejected(2, "科技人员数", "20", "科技人员数 '20' is more than 职工总数 '10'; check both figures"),
                            rejected(3, "境内研发费用(万元)", "120",
                                     "境内研发费用(万元) '120' is more than 研发费用(万元) '100'; check both figures"),
                            rejected(4, "高新技术产品收入(万元)", "900",
                                     "高新技术产品收入(万元) '900' is more than 总收入(万元) '800'; check both figures")],
                   firms: [Firm(code: g, name: "抚州临川生物科技有限公司",
                                facts: [2024: AnnualFacts(employees: 10, techStaff: 10, rdExpense: 1_000_000,
                                                          rdExpenseInChina: 1_000_000, highTechIncome: 8_000_000,
                                                          totalIncome: 8_000_000)])]),
        // 社会信用代码, 单位名称, 地区 (a county: 信丰县 360722), 注册日期.
        DefectCase(fixture: "header-spellings.csv", rows: 1,
                   firms: [Firm(code: a, name: "信丰众城矿业有限公司", founded: "2015-12-01", division: "360722")]),
    ]

    @Test(arguments: cases, EngineUnderTest.kinds)
    func eachDefectLandsNormalisedOrIsRejectedWithItsReason(_ c: DefectCase, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy(c.fixture)
        let registry = try FreshRegistry.on(kind)
        let report = try importFile(path, into: registry) { options in
            options.year = c.year
            options.effective = c.effective.map(day)
        }
        let rejectedCount = c.issues.filter { $0.severity == .error }.count
        #expect(report.encoding == c.encoding)
        #expect(report.rows == c.rows)
        #expect(report.rejected == rejectedCount)
        #expect(report.unchanged == c.unchanged)
        #expect(report.newEnterprises == c.firms.count)
        #expect(report.warnings == c.issues.count - rejectedCount)
        #expect(report.issues == c.issues)
        #expect(report.notes == c.notes)
        #expect(try registry.count("enterprise") == c.firms.count)
        for firm in c.firms { try firm.verify(in: registry) }
        let rejects = URL(fileURLWithPath: path).deletingPathExtension().path + ".rejects.csv"
        #expect(report.rejectsPath == (rejectedCount > 0 ? rejects : nil))
        #expect(FileManager.default.fileExists(atPath: rejects) == (rejectedCount > 0))
    }

    /// The rejects file: a BOM, 原行号, every original column as written, 问题列, 问题说明; CRLF;
    /// a field is quoted only when it holds a comma, quote or line break.
    /// A GB18030 file read as UTF-8 because --encoding said so: the headers do not decode, and
    /// the message says which encoding to give.
    @Test(arguments: EngineUnderTest.kinds) func aGB18030FileForcedToUTF8SaysToGiveGB18030(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("gb18030.csv")
        #expect {
            try importFile(path, into: try FreshRegistry.on(kind)) { $0.encoding = .utf8 }
        } throws: { error in
            let text = (error as? ImportError)?.description ?? ""
            return text.hasPrefix("the headers are not valid text in the encoding read (") && text.hasSuffix(
                "the file is probably GB18030 from Chinese Excel or WPS; read it as GB18030, or let the encoding be "
                    + "detected")
        }
    }

    @Test(arguments: EngineUnderTest.kinds) func rejectsFileHoldsTheRowAsWrittenAndTheReason(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("damaged-credit-code.csv")
        try importFile(path, into: try FreshRegistry.on(kind))
        let text = try scratch.read("damaged-credit-code.rejects.csv")
        #expect(text == "\u{FEFF}原行号,统一社会信用代码,企业名称,成立日期,问题列,问题说明\r\n"
            + "2,9.13601E+17,江西甲科技有限公司,2019-04-08,统一社会信用代码,\"'9.13601E+17' is a number in scientific "
            + "notation, not a credit code: the column was stored as a number; re-export it as text\"\r\n"
            + "3,914403001922038000,江西乙科技有限公司,2019-04-08,统一社会信用代码,'914403001922038000' ends in 000 "
            + "and fails the check: Excel dropped its last digits (the column was stored as a number; re-export it as text)\r\n"
            + "4,91350100M000100Y4Z,江西丙科技有限公司,2019-04-08,统一社会信用代码,"
            + "\"'91350100M000100Y4Z' has check character 'Z', expected '3'\"\r\n")
    }

    /// A shifted row keeps its extra cell in the rejects file, in the reason (the columns stay aligned).
    @Test(arguments: EngineUnderTest.kinds) func rejectsFileKeepsTheShiftedRowsExtraCell(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy("shifted-row.csv")
        try importFile(path, into: try FreshRegistry.on(kind))
        let lines = try scratch.read("shifted-row.rejects.csv").components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "3,9136060006346630XD,鹰潭市信江海融,小额贷款股份有限公司,,the row has a value in "
            + "column 4 but the header has only 3 columns: a stray comma or tab shifted its values; fix the row so "
            + "each value is under its header (values past the last column: 2012-03-01)")
    }
}

extension ImportDefectTests {
    /// A firm registered by hand as 南昌瑞恒（集团）有限公司 is the same firm, same name, when a
    /// roster spells it so: no rename event, nothing updated.
    @Test(arguments: EngineUnderTest.kinds) func fullWidthBracketsInANameAreNoRename(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(code(ImportCodes.c), name: "南昌瑞恒（集团）有限公司", context: context("2025-01-01T00:00:00Z"))
        let scratch = try ImportScratch()
        let report = try importFile(try scratch.copy("fullwidth-brackets.csv"), into: registry)
        #expect(report.updatedEnterprises == 0)
        #expect(report.newEvents == 0)
        #expect(report.newFacts == 1)
        #expect(try registry.count("event") == 0)
    }
}
