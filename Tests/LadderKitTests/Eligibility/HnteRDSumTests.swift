import Testing
@testable import LadderKit

/// The R&D ratio sums three years of sales and R&D in 64 bits while the sums fit and in wide
/// integers from the first yuan past `Int64.max`: the same verdicts and figures either side.
@Suite struct HnteRDSumTests {
    struct Sums: CustomTestStringConvertible, Sendable {
        /// 2024's sales and R&D; 2022 and 2023 each have sales 3,074,457,345,618,258,602 (a third
        /// of `Int64.max`, rounded down) and R&D 92,233,720,368,547,758.
        let latestSales: Int64, latestRD: Int64
        let verdict: CriterionVerdict
        let value: String
        var testDescription: String { "2024 sales \(latestSales), R&D \(latestRD)" }
    }

    // Over 2亿元 of sales the minimum is 3%: R&D × 10,000 ≥ 300 × sales. For sales of
    // 9,223,372,036,854,775,807 (Int64.max) or one more, that is R&D ≥ 276,701,161,105,643,274.21
    // (or .24): …275 passes, …274 does not.
    @Test(arguments: [
        Sums(latestSales: 3_074_457_345_618_258_603, latestRD: 92_233_720_368_547_759, verdict: .pass,
             value: "3.00% (R&D 276,701,161,105,643,275 / sales 9,223,372,036,854,775,807 元, 2022–2024)"),
        Sums(latestSales: 3_074_457_345_618_258_603, latestRD: 92_233_720_368_547_758, verdict: .fail,
             value: "2.99% (R&D 276,701,161,105,643,274 / sales 9,223,372,036,854,775,807 元, 2022–2024)"),
        Sums(latestSales: 3_074_457_345_618_258_604, latestRD: 92_233_720_368_547_759, verdict: .pass,
             value: "3.00% (R&D 276,701,161,105,643,275 / sales 9,223,372,036,854,775,808 元, 2022–2024)"),
        Sums(latestSales: 3_074_457_345_618_258_604, latestRD: 92_233_720_368_547_758, verdict: .fail,
             value: "2.99% (R&D 276,701,161,105,643,274 / sales 9,223,372,036,854,775,808 元, 2022–2024)"),
    ])
    func rdRatioAtTheSixtyFourBitBoundary(_ c: Sums) throws {
        var early = HnteRuleTests.year
        early.revenue = 3_074_457_345_618_258_602
        early.rdExpense = 92_233_720_368_547_758
        early.rdExpenseInChina = early.rdExpense
        var latest = early
        latest.revenue = c.latestSales
        latest.rdExpense = c.latestRD
        latest.rdExpenseInChina = c.latestRD
        let result = HnteRuleTests.evaluate([2022: early, 2023: early, 2024: latest])
        let ratio = try #require(result.criterion("hnte.rd_ratio"))
        #expect(ratio.verdict == c.verdict)
        #expect(ratio.value == c.value)
        #expect(ratio.threshold == "≥ 3% (latest sales > 2亿元)")
        #expect(result.criterion("hnte.rd_in_china")?.verdict == .pass)
    }
}
