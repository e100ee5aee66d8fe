import Foundation
import Testing
@testable import LadderKit

@Suite struct AnnualFactsTests {
    @Test func newerFactsWinFieldByField() {
        let older = AnnualFacts(employees: 100, revenue: 5_000_000, innovationParts: InnovationParts(ip: 20, conversion: 15),
                                ownsCoreIP: true)
        let newer = AnnualFacts(employees: 120, techStaff: 30, innovationParts: InnovationParts(conversion: 18),
                                ownsCoreIP: false)
        let merged = older.merging(newer: newer)
        #expect(merged == AnnualFacts(employees: 120, techStaff: 30, revenue: 5_000_000,
                                      innovationParts: InnovationParts(ip: 20, conversion: 18), ownsCoreIP: false))
    }

    @Test func jsonUsesSnakeCaseAndOmitsUnknowns() throws {
        let facts = AnnualFacts(techStaff: 30, rdExpenseInChina: 500_000,
                                innovationParts: InnovationParts(rdManagement: 15), nationalAwardInLast5Years: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(facts), as: UTF8.self)
        #expect(json == #"{"innovation_parts":{"rd_management":15},"national_award_in_last_5_years":true,"#
                + #""rd_expense_in_china":500000,"tech_staff":30}"#)
        #expect(try JSONDecoder().decode(AnnualFacts.self, from: Data(json.utf8)) == facts)
    }
}

extension AnnualFactsTests {
    struct Problem: CustomTestStringConvertible, Sendable {
        let facts: AnnualFacts
        let problems: [String]
        var testDescription: String { problems.first ?? "no problem" }
    }

    @Test(arguments: [
        Problem(facts: AnnualFacts(employees: 100, techStaff: 100, netAssets: -5), problems: []),
        Problem(facts: AnnualFacts(employees: 100, techStaff: 101), problems: ["tech_staff: 101 is more than employees (100)"]),
        Problem(facts: AnnualFacts(revenue: -1), problems: ["revenue: -1 is negative; only net_assets may be"]),
        Problem(facts: AnnualFacts(rdExpense: 10, rdExpenseInChina: 11),
                problems: ["rd_expense_in_china: 11 is more than rd_expense (10)"]),
        Problem(facts: AnnualFacts(highTechIncome: 11, totalIncome: 10),
                problems: ["high_tech_income: 11 is more than total_income (10)"]),
        Problem(facts: AnnualFacts(innovationScore: 101), problems: ["innovation_score: 101 is outside 0–100"]),
        Problem(facts: AnnualFacts(innovationParts: InnovationParts(rdManagement: 21)),
                problems: ["innovation_parts.rd_management: 21 is outside 0–20"]),
    ])
    func problems(_ c: Problem) {
        #expect(c.facts.problems() == c.problems)
    }
}
