import Testing
@testable import LadderKit

/// Headers as rosters spell them, matched to fields: NFKC, spaces and units in brackets of
/// either width taken off, the unit remembered for money columns.
@Suite struct HeaderMatcherTests {
    struct HeaderCase: CustomTestStringConvertible, Sendable {
        let headers: [String]
        /// (column index, field, 万元?) for each matched column.
        let columns: [Matched]
        var ignored: [String] = []
        var duplicates: [String] = []
        var testDescription: String { headers.joined(separator: ",") }
    }

    struct Matched: Equatable, Sendable, CustomStringConvertible {
        let index: Int
        let field: ImportField
        var unit: HeaderMatcher.MoneyUnit? = nil
        var description: String { "\(index) \(field.rawValue) \(unit.map { "\($0)" } ?? "-")" }
    }

    @Test(arguments: [
        HeaderCase(headers: ["\u{2160}类知识产权数", "\u{2161}类知识产权数"],
                   columns: [Matched(index: 0, field: .ip1), Matched(index: 1, field: .ip2)]),
        HeaderCase(headers: ["I类知识产权数", "II类知识产权数"],
                   columns: [Matched(index: 0, field: .ip1), Matched(index: 1, field: .ip2)]),
        HeaderCase(headers: ["年销售收入（万元）", "资产总额（元）", "研发费用(万元)", "高新技术产品收入"],
                   columns: [Matched(index: 0, field: .revenue, unit: .wan), Matched(index: 1, field: .totalAssets, unit: .yuan),
                             Matched(index: 2, field: .rdExpense, unit: .wan), Matched(index: 3, field: .highTechIncome)]),
        HeaderCase(headers: ["资产总额(亿元)", "年销售收入（千元）", "研发费用（单位：万元）", "高新技术产品收入(人民币元)", "净资产(万)"],
                   columns: [Matched(index: 0, field: .totalAssets, unit: .yi), Matched(index: 1, field: .revenue, unit: .thousand),
                             Matched(index: 2, field: .rdExpense, unit: .wan), Matched(index: 3, field: .highTechIncome, unit: .yuan),
                             Matched(index: 4, field: .netAssets, unit: .wan)]),
        // The bracket naming 元 is the unit; a bracket without one names none (万元 is assumed, with a note).
        HeaderCase(headers: ["年销售收入(含税)(万元)", "总收入(含税)", "资产总额(百万元)", "研发费用(美元)", "职工总数(人)"],
                   columns: [Matched(index: 0, field: .revenue, unit: .wan), Matched(index: 1, field: .totalIncome),
                             Matched(index: 2, field: .totalAssets, unit: .unsupported("百万元")),
                             Matched(index: 3, field: .rdExpense, unit: .unsupported("美元")),
                             Matched(index: 4, field: .employees)]),
        HeaderCase(headers: ["\u{FEFF}社会信用代码", " 单位 名称 ", "设区市", "注册日期", "*职工总数"],
                   columns: [Matched(index: 0, field: .creditCode), Matched(index: 1, field: .name),
                             Matched(index: 2, field: .region), Matched(index: 3, field: .founded),
                             Matched(index: 4, field: .employees)]),
        HeaderCase(headers: ["信用代码", "统一社会信用代码", "法人代表", ""],
                   columns: [Matched(index: 0, field: .creditCode)], ignored: ["法人代表"], duplicates: ["统一社会信用代码"]),
        // A rejects file imported again: its own columns are neither fields, duplicates nor ignored.
        HeaderCase(headers: ["原行号", "统一社会信用代码", "企业名称", "问题列", "问题说明"],
                   columns: [Matched(index: 1, field: .creditCode), Matched(index: 2, field: .name)]),
    ])
    func matches(_ c: HeaderCase) {
        let result = HeaderMatcher.match(c.headers)
        #expect(result.columns.map { Matched(index: $0.index, field: $0.field, unit: $0.unit) } == c.columns)
        #expect(result.ignored == c.ignored)
        #expect(result.duplicates.map(\.header) == c.duplicates)
    }
}
