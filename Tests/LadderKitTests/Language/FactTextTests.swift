import LadderKit
import Testing

/// The facts the rules ask for, as the JSON names them and as a Chinese reader reads them.
@Suite struct FactTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let named: String
        let zh: String
        var testDescription: String { named }
    }

    @Test(arguments: [
        Case(named: "revenue (2024)", zh: "营业收入（2024年）"),
        Case(named: "rd_expense (2021)", zh: "研发费用（2021年）"),
        Case(named: "high_tech_income (2023)", zh: "高新技术产品（服务）收入（2023年）"),
        Case(named: "innovation_parts.growth (2023)", zh: "企业成长性得分（2023年）"),
        Case(named: "innovation_score (2023)", zh: "创新能力评价（2023年）"),
        Case(named: "founded", zh: "成立日期"),
        Case(named: "some_new_fact (2023)", zh: "some_new_fact（2023年）"),
    ])
    func aMissingFactReadsInChinese(_ c: Case) {
        #expect(FactText.missing(c.named, in: .zh) == c.zh)
        #expect(FactText.missing(c.named, in: .en) == c.named)
    }
}
