import Foundation
import Testing
@testable import LadderKit

/// Yes/no facts and scores as rosters write them: each accepted spelling stored as its value,
/// anything else rejected naming the value and what is accepted.
@Suite struct ImportFactsSpellingTests {
    static let code = "91360722MA35G1YK7R"

    /// Imports one roster row for 2024 with `columns` holding `cells`; the year's facts, and the report.
    static func importRow(_ columns: String, _ cells: String) throws -> (AnnualFacts?, ImportReport) {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let path = try scratch.write("row.csv", "统一社会信用代码,企业名称,年度,\(columns)\n\(code),信丰众城矿业有限公司,2024,\(cells)\n")
        let report = try importFile(path, into: registry)
        let facts = report.rejected == 0 ? try registry.facts(of: code).byYear[2024] : nil
        return (facts, report)
    }

    struct Flag: CustomTestStringConvertible, Sendable {
        let text: String
        let value: Bool
        var testDescription: String { "'\(text)' → \(value)" }
    }

    @Test(arguments: [
        Flag(text: "是", value: true), Flag(text: "否", value: false), Flag(text: "有", value: true),
        Flag(text: "无", value: false), Flag(text: "√", value: true), Flag(text: "×", value: false),
        Flag(text: "✓", value: true), Flag(text: "✗", value: false), Flag(text: "Y", value: true),
        Flag(text: "n", value: false), Flag(text: "Yes", value: true), Flag(text: "NO", value: false),
        Flag(text: "true", value: true), Flag(text: "FALSE", value: false), Flag(text: "1", value: true),
        Flag(text: "0", value: false), Flag(text: "１", value: true), Flag(text: "０", value: false),
        Flag(text: "Ｙ", value: true), Flag(text: "ｎｏ", value: false), Flag(text: "\u{3000}是 ", value: true),
    ])
    func yesNoSpellings(_ c: Flag) throws {
        let (facts, report) = try ImportFactsSpellingTests.importRow("拥有核心自主知识产权", c.text)
        #expect(report.rejected == 0)
        #expect(facts?.ownsCoreIP == c.value)
    }

    struct Column: CustomTestStringConvertible, Sendable {
        let header: String
        let path: KeyPath<AnnualFacts, Bool?> & Sendable
        var testDescription: String { header }
    }

    /// Every yes/no fact a roster can carry, under one of its headers, lands in its field.
    @Test(arguments: [
        Column(header: "核心知识产权", path: \AnnualFacts.ownsCoreIP),
        Column(header: "经营异常名录", path: \AnnualFacts.abnormalOperationList),
        Column(header: "严重失信", path: \AnnualFacts.seriousDishonestyList),
        Column(header: "国家级奖励", path: \AnnualFacts.nationalAwardInLast5Years),
        Column(header: "国家科技奖励", path: \AnnualFacts.nationalAwardInLast5Years),
        Column(header: "省级研发机构", path: \AnnualFacts.provincialRDInstitution),
        Column(header: "主导制定标准", path: \AnnualFacts.ledStandardInLast5Years),
        Column(header: "是否上市", path: \AnnualFacts.listed),
        Column(header: "在赣注册纳税统计", path: \AnnualFacts.registeredTaxedCountedInJiangxi),
        Column(header: "近三年违法失信", path: \AnnualFacts.violationOrBadCreditIn3Years),
        Column(header: "重大安全质量事故或严重环境违法", path: \AnnualFacts.majorAccident),
    ])
    func everyYesNoColumn(_ c: Column) throws {
        let (facts, _) = try ImportFactsSpellingTests.importRow(c.header, "是")
        #expect(facts?[keyPath: c.path] == true)
    }

    @Test(arguments: ["可能", "是的", "2", "不详", "yes/no"])
    func otherYesNoSpellingsAreRejected(_ text: String) throws {
        let (_, report) = try ImportFactsSpellingTests.importRow("核心知识产权", text)
        #expect(report.rejected == 1)
        #expect(report.issues.map(\.column) == ["核心知识产权"])
        #expect(report.issues.map(\.value) == [text])
        #expect(report.issues.map(\.message) == ["'\(text)' is not yes or no; write 是 or 否 (有/无, √/×, Y/N, yes/no, "
            + "true/false, 1/0 are read too)"])
    }

    struct Accident: CustomTestStringConvertible, Sendable {
        let name: String
        let columns: String
        let cells: String
        let value: Bool?
        var testDescription: String { name }
    }

    /// Several accident columns combine: any 是 → true; 否 only when it covers all three kinds;
    /// otherwise unknown.
    @Test(arguments: [
        Accident(name: "all three 否", columns: "重大安全事故,重大质量事故,严重环境违法", cells: "否,否,否", value: false),
        Accident(name: "one 是", columns: "重大安全事故,重大质量事故,严重环境违法", cells: "否,是,否", value: true),
        Accident(name: "one 是, others empty", columns: "重大安全事故,重大质量事故,严重环境违法", cells: ",,是", value: true),
        Accident(name: "one 否 missing", columns: "重大安全事故,重大质量事故,严重环境违法", cells: "否,,否", value: nil),
        Accident(name: "safety alone 否", columns: "重大安全事故", cells: "否", value: nil),
        Accident(name: "safety alone 是", columns: "重大安全事故", cells: "是", value: true),
        Accident(name: "combined 否", columns: "重大安全质量事故或严重环境违法", cells: "否", value: false),
        Accident(name: "combined 否, quality 是", columns: "重大安全质量事故或严重环境违法,重大质量事故", cells: "否,是",
                 value: true),
    ])
    func accidentColumnsCombine(_ c: Accident) throws {
        let (facts, report) = try ImportFactsSpellingTests.importRow("职工总数," + c.columns, "100," + c.cells)
        #expect(report.rejected == 0)
        #expect(facts?.majorAccident == c.value)
    }

    struct Score: CustomTestStringConvertible, Sendable {
        let header: String
        let text: String
        let hundredths: Int64
        var testDescription: String { "\(header) '\(text)'" }
    }

    @Test(arguments: [
        Score(header: "创新能力评价得分", text: "70.5", hundredths: 7050),
        Score(header: "创新能力评价得分", text: "７０．５", hundredths: 7050),
        Score(header: "创新能力评价得分", text: "70.01", hundredths: 7001),
        Score(header: "创新能力评价得分", text: "70.5分", hundredths: 7050),
        Score(header: "创新能力评价得分", text: "100", hundredths: 10_000),
        Score(header: "创新能力评价得分", text: "0", hundredths: 0),
        Score(header: "知识产权", text: "30", hundredths: 3000),
        Score(header: "科技成果转化能力", text: "22.5", hundredths: 2250),
        Score(header: "研究开发组织管理水平", text: "20", hundredths: 2000),
        Score(header: "企业成长性", text: "12.25", hundredths: 1225),
    ])
    func scoreSpellings(_ c: Score) throws {
        let (facts, report) = try ImportFactsSpellingTests.importRow(c.header, c.text)
        #expect(report.rejected == 0)
        let stored: Points? = switch c.header {
        case "知识产权": facts?.innovationParts?.ip
        case "科技成果转化能力": facts?.innovationParts?.conversion
        case "研究开发组织管理水平": facts?.innovationParts?.rdManagement
        case "企业成长性": facts?.innovationParts?.growth
        default: facts?.innovationScore
        }
        #expect(stored == Points(hundredths: c.hundredths))
    }

    struct BadScore: CustomTestStringConvertible, Sendable {
        let header: String
        let text: String
        let message: String
        var testDescription: String { "\(header) '\(text)'" }
    }

    @Test(arguments: [
        BadScore(header: "创新能力评价得分", text: "100.01",
                 message: "'100.01' is outside 0–100, the range of this score; check the figure"),
        BadScore(header: "创新能力评价得分", text: "-1", message: "'-1' is outside 0–100, the range of this score; check the figure"),
        BadScore(header: "创新能力评价得分", text: "约70", message: "'约70' is approximate ('约'); enter the exact figure"),
        BadScore(header: "创新能力评价得分", text: "七十",
                 message: "'七十' is not a score; write a number from 0 to 100 with at most two decimals, e.g. 70.5"),
        BadScore(header: "创新能力评价得分", text: "70.125",
                 message: "'70.125' is not a score; write a number from 0 to 100 with at most two decimals, e.g. 70.5"),
        BadScore(header: "知识产权", text: "30.5",
                 message: "'30.5' is above 30, the most 知识产权 can score (policy jiangxi-2023 v1); check the figure"),
        BadScore(header: "企业成长性", text: "21",
                 message: "'21' is above 20, the most 企业成长性 can score (policy jiangxi-2023 v1); check the figure"),
    ])
    func badScoresAreRejected(_ c: BadScore) throws {
        let (_, report) = try ImportFactsSpellingTests.importRow(c.header, c.text)
        #expect(report.rejected == 1)
        #expect(report.issues.map(\.column) == [c.header])
        #expect(report.issues.map(\.message) == [c.message])
    }

    struct Mark: CustomTestStringConvertible, Sendable {
        let text: String
        let verdict: CriterionVerdict
        var testDescription: String { "\(text) → \(verdict)" }
    }

    /// "70分以上（不含70分）": 70 fails, 70.01, 70.5 and 71 pass.
    @Test(arguments: [
        Mark(text: "70", verdict: .fail), Mark(text: "70.01", verdict: .pass), Mark(text: "70.5", verdict: .pass),
        Mark(text: "71", verdict: .pass), Mark(text: "69.99", verdict: .fail),
    ])
    func importedScoreAgainstTheMark(_ c: Mark) throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let path = try scratch.write("score.csv", "统一社会信用代码,企业名称,年度,创新能力评价得分\n"
            + "\(ImportFactsSpellingTests.code),信丰众城矿业有限公司,2024,\(c.text)\n")
        try importFile(path, into: registry)
        let result = try registry.check(ImportFactsSpellingTests.code, tier: .hnte, asOf: day("2025-06-01"))
        #expect(result.criterion("hnte.innovation_score")?.verdict == c.verdict)
        #expect(result.criterion("hnte.innovation_score")?.value == "\(c.text) (entered, 2024)")
    }

    /// 融资 is money: in the header's unit (万元 when it names none).
    @Test func fundingIsMoney() throws {
        let (facts, _) = try ImportFactsSpellingTests.importRow("融资额(万元)", "1500.5")
        #expect(facts?.fundingCNY == 15_005_000)
    }

    struct Valuation: CustomTestStringConvertible, Sendable {
        let header: String
        let text: String
        let dollars: Int64
        var testDescription: String { "\(header) '\(text)'" }
    }

    /// 估值 is in US dollars, scaled by the header's unit; without one it is read in 美元 and said.
    @Test(arguments: [
        Valuation(header: "估值(亿美元)", text: "1.5", dollars: 150_000_000),
        Valuation(header: "企业估值（万美元）", text: "12000", dollars: 120_000_000),
        Valuation(header: "估值(美元)", text: "1000000000", dollars: 1_000_000_000),
        Valuation(header: "估值", text: "2000000", dollars: 2_000_000),
    ])
    func valuationIsInDollars(_ c: Valuation) throws {
        let (facts, report) = try ImportFactsSpellingTests.importRow(c.header, c.text)
        #expect(facts?.valuationUSD == c.dollars)
        #expect(report.notes.contains("估值 has no unit and is read in 美元 (write (万美元) or (亿美元) in the header otherwise)")
                == (c.header == "估值"))
    }

    @Test func aValuationInYuanIsRefused() throws {
        let (_, report) = try ImportFactsSpellingTests.importRow("估值(亿元)", "10")
        #expect(report.issues.map(\.message) == ["the column's unit '亿元' is not one ladder reads for a valuation; "
            + "write (美元), (万美元) or (亿美元) in its header"])
    }
}
