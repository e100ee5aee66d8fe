import Foundation
import Testing
@testable import LadderKit

/// A file with a 年度 column holds one row per firm and year: the three years an hnte check
/// needs are three rows of one firm.
@Suite struct ImportFactsYearsTests {
    static let header = "统一社会信用代码,企业名称,成立日期,技术领域,年度,职工总数,科技人员数,销售收入(万元),研发费用(万元),"
        + "境内研发费用(万元),高新技术产品收入(万元),核心知识产权,重大安全事故,重大质量事故,严重环境违法,创新能力评价得分\n"
    static let rows = [
        "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,新材料,2022,180,18,1000,50,30,600,是,否,否,否,\n",
        "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,新材料,2023,190,19,1500,75,45,900,有,无,无,无,\n",
        "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,新材料,2024,200,20,2000,100,60,1200,√,×,×,×,70.5\n",
    ]

    static func registry(otherFirms: Int, on kind: EngineUnderTest.Kind) throws -> Registry {
        let registry = try FreshRegistry.on(kind)
        for n in 0..<otherFirms {
            _ = try registry.add(ImportCodes.filler(n), name: "填充公司\(n)", context: context("2025-01-01T00:00:00Z"))
        }
        return registry
    }

    /// By hand, 2022–2024: tech staff 20 / 200 = 10% (≥ 10%); latest sales 2000万 ≤ 5000万, so R&D
    /// needs 5%: (50 + 75 + 100) / (1000 + 1500 + 2000) = 225 / 4500 = 5%; in China (30 + 45 + 60)
    /// / 225 = 60% (≥ 60%); high-tech income 1200 / 2000 = 60% (≥ 60%); score 70.5 (above 70);
    /// core IP √; no accident of any of the three kinds (×); founded 2015-12-01, field 新材料.
    /// Every threshold is met exactly, so the firm is eligible. With 0 other firms the first
    /// import starts from an empty registry; with 40 it looks firms up.
    @Test(arguments: [0, 40], EngineUnderTest.kinds)
    func threeRowsOfOneFirmMakeAnEligibleHnte(otherFirms: Int, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try ImportFactsYearsTests.registry(otherFirms: otherFirms, on: kind)
        let report = try importFile(try scratch.copy("facts-three-years.csv"), into: registry)
        #expect((report.rows, report.newEnterprises, report.newFacts, report.rejected) == (3, 1, 3, 0))
        let result = try registry.check("91360722MA35G1YK7R", tier: .hnte, asOf: day("2025-06-01"))
        #expect(result.year == 2024)
        #expect(result.verdict == .eligible)
        #expect(result.criteria.map(\.verdict) == Array(repeating: .pass, count: 9))
        #expect(result.score?.total == Points(hundredths: 7050))
        #expect(result.criterion("hnte.rd_ratio")?.value.hasPrefix("5.00% (R&D 2,250,000 / sales 45,000,000 元, 2022–2024)") == true)
        #expect(result.criterion("hnte.rd_in_china")?.value.hasPrefix("60.00% (1,350,000 / 2,250,000 元, 2022–2024)") == true)
        #expect(result.criterion("hnte.innovation_score")?.value == "70.5 (entered, 2024)")
        #expect(result.criterion("hnte.innovation_score")?.threshold == "above 70 of 100 (70 itself fails)")
        let facts = try registry.facts(of: "91360722MA35G1YK7R").byYear
        #expect(facts[2022]?.majorAccident == false)
        #expect(facts[2023]?.ownsCoreIP == true)
        #expect(facts[2024]?.innovationScore == Points(hundredths: 7050))
    }

    struct Order: CustomTestStringConvertible, Sendable {
        let name: String
        let rows: [Int]
        let otherFirms: Int
        var testDescription: String { "\(name), \(otherFirms) other firms" }
    }

    /// Imported again, as it was or with its rows in another order, the file changes nothing.
    @Test(arguments: [
        Order(name: "same order", rows: [0, 1, 2], otherFirms: 0), Order(name: "same order", rows: [0, 1, 2], otherFirms: 40),
        Order(name: "last year first", rows: [2, 0, 1], otherFirms: 0),
        Order(name: "last year first", rows: [2, 0, 1], otherFirms: 40),
    ], EngineUnderTest.kinds)
    func importedAgainItChangesNothing(_ c: Order, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try ImportFactsYearsTests.registry(otherFirms: c.otherFirms, on: kind)
        let rows = ImportFactsYearsTests.rows
        try importFile(try scratch.write("first.csv", ImportFactsYearsTests.header + rows.joined()), into: registry)
        let before = try registry.tally()
        let again = try importFile(try scratch.write("again.csv", ImportFactsYearsTests.header + c.rows.map { rows[$0] }.joined()),
                                   into: registry)
        #expect((again.rows, again.unchanged, again.rejected, again.newFacts, again.newEvents) == (3, 3, 0, 0, 0))
        #expect(try registry.tally() == Tally(enterprises: before.enterprises, events: before.events, facts: before.facts,
                                              batches: before.batches + 1))
    }

    struct Conflict: CustomTestStringConvertible, Sendable {
        let name: String
        let third: String
        let column: String
        let message: String
        var testDescription: String { name }
    }

    /// The rows of one firm must agree on the firm, and one year must not be given twice with
    /// other figures; the conflicting row is rejected naming the first one, the others land.
    @Test(arguments: [
        Conflict(name: "another name in the 2024 row",
                 third: "91360722MA35G1YK7R,信丰众城新材料有限公司,2015-12-01,新材料,2024,200,20,2000,100,60,1200,√,×,×,×,70.5\n",
                 column: "",
                 message: "the same firm is on row 2 with a different name, place or other firm column; its rows for "
                    + "other years must repeat them as they are there (this row was not recorded)"),
        Conflict(name: "2023 again with another head count",
                 third: "91360722MA35G1YK7R,信丰众城矿业有限公司,2015-12-01,新材料,2023,191,19,1500,75,45,900,有,无,无,无,\n",
                 column: "年度",
                 message: "the same firm and year (2023) is on row 3 with different figures; keep one row per firm and "
                    + "year (this row was not recorded)"),
    ], EngineUnderTest.kinds)
    func conflictingRowsAreRejected(_ c: Conflict, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let rows = ImportFactsYearsTests.rows
        let path = try scratch.write("conflict.csv", ImportFactsYearsTests.header + rows[0] + rows[1] + c.third)
        let report = try importFile(path, into: registry)
        #expect((report.rows, report.rejected, report.newFacts) == (3, 1, 2))
        #expect(report.issues.map(\.row) == [4])
        #expect(report.issues.map(\.column) == [c.column])
        #expect(report.issues.map(\.message) == [c.message])
    }

    /// The same year repeated exactly is one row's worth: unchanged, not a conflict.
    @Test(arguments: EngineUnderTest.kinds) func aYearRepeatedExactlyIsUnchanged(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let rows = ImportFactsYearsTests.rows
        let path = try scratch.write("repeat.csv", ImportFactsYearsTests.header + rows[0] + rows[1] + rows[1])
        let report = try importFile(path, into: registry)
        #expect((report.rows, report.unchanged, report.rejected, report.newFacts) == (3, 1, 0, 2))
    }

    /// After a re-import whose first row of the firm is known unchanged without parsing (the
    /// firm's first row last time), a later row with another name is still the same firm twice.
    @Test(arguments: EngineUnderTest.kinds) func aConflictAfterARowKnownUnchangedIsStillCaught(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try ImportFactsYearsTests.registry(otherFirms: 40, on: kind)
        let rows = ImportFactsYearsTests.rows
        try importFile(try scratch.write("first.csv", ImportFactsYearsTests.header + rows.joined()), into: registry)
        let renamed = rows[2].replacingOccurrences(of: "信丰众城矿业有限公司", with: "信丰众城新材料有限公司")
        let report = try importFile(try scratch.write("again.csv", ImportFactsYearsTests.header + rows[0] + renamed),
                                    into: registry)
        #expect((report.rows, report.unchanged, report.rejected) == (2, 1, 1))
        #expect(report.issues.map(\.message) == ["the same firm is on row 2 with a different name, place or other firm "
            + "column; its rows for other years must repeat them as they are there (this row was not recorded)"])
        #expect(try registry.profile(of: "91360722MA35G1YK7R", asOf: day("2025-06-01")).name == "信丰众城矿业有限公司")
    }
}
