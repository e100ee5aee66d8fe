import Testing
@testable import LadderKit

/// The JSON shape `ladder check --format json` prints.
@Suite struct EligibilityResultTests {
    @Test func jsonShape() throws {
        let input = EligibilityInput(founded: nil, asOf: Day(year: 2025, month: 6, day: 1)!,
                                     facts: [2024: AnnualFacts(registeredTaxedCountedInJiangxi: true)], validTiers: [.hnte])
        let json = try JSONOutput.encode(LeaderRule(category: .leader).evaluate(input, policy: .builtIn))
        #expect(json == """
        {
          "as_of": "2025-06-01",
          "category": "leader",
          "criteria": [
            {"explanation": "entering leader needs a valid 高新技术企业 on the listing day", "id": "leader.prerequisite", "threshold": "a valid hnte", "value": "valid on 2025-06-01: hnte", "verdict": "pass"},
            {"explanation": "registered, taxed and counted in statistics in the province", "id": "leader.provincial_registration", "threshold": "yes", "value": "yes (2024)", "verdict": "pass"},
            {"explanation": "no violation of law or bad credit record in the last 3 years", "id": "leader.clean_credit", "threshold": "no", "value": "not entered (2024)", "verdict": "unknown"}
          ],
          "missing": ["violation_or_bad_credit_in_3_years (2024)"],
          "note": "科技领军企业 numeric criteria are set by the province's selection; only the prerequisite and the common conditions are checked (placeholder policy)",
          "policy": {"id": "jiangxi-2023", "version": 1},
          "score": null,
          "tier": "leader",
          "verdict": "insufficient-data",
          "year": 2024
        }
        """)
    }

    /// R&D is 5% of revenue (40) but total cost is unknown (up to 50); Ⅱ类 is unknown (0–24).
    @Test func scoreShape() throws {
        let facts = AnnualFacts(employees: 100, techStaff: 20, revenue: 10_000_000, rdExpense: 500_000, ip1: 0)
        let input = EligibilityInput(founded: nil, asOf: Day(year: 2025, month: 6, day: 1)!, facts: [2024: facts])
        let score = try #require(TsmeRule().evaluate(input, policy: .builtIn).score)
        #expect(try JSONOutput.encode(score, pretty: false)
                == #"{"highest":86,"lowest":52,"parts":[{"id":"tech_staff","max":20,"points":12},"#
                + #"{"id":"rd","max":50,"points":null},{"id":"ip","max":30,"points":null}],"pass_mark":60,"#
                + #""pass_mark_passes":true,"total":null}"#)
    }

    /// The hnte innovation score is exact to hundredths and must be above its mark (70 fails).
    @Test func innovationScoreShape() throws {
        let facts = AnnualFacts(innovationScore: Points(hundredths: 7050),
                                innovationParts: InnovationParts(ip: Points(hundredths: 2525)))
        let input = EligibilityInput(founded: nil, asOf: Day(year: 2025, month: 6, day: 1)!, facts: [2024: facts])
        let score = try #require(HnteRule().evaluate(input, policy: .builtIn).score)
        #expect(try JSONOutput.encode(score, pretty: false)
                == #"{"highest":70.5,"lowest":70.5,"parts":[{"id":"ip","max":30,"points":25.25},"#
                + #"{"id":"conversion","max":30,"points":null},{"id":"rd_management","max":20,"points":null},"#
                + #"{"id":"growth","max":20,"points":null}],"pass_mark":70,"pass_mark_passes":false,"total":70.5}"#)
    }
}
