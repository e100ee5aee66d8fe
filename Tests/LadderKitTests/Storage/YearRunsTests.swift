import Testing
@testable import LadderKit

/// The years a grant read asks PostgreSQL for, as ranges its index answers in order.
@Suite struct YearRunsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let years: [Int]
        let runs: [ClosedRange<Int>]
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "none", years: [], runs: []),
        Case(name: "one year", years: [2024], runs: [2024...2024]),
        Case(name: "a term's years", years: [2022, 2023, 2024, 2025], runs: [2022...2025]),
        Case(name: "a gap", years: [2019, 2020, 2022], runs: [2019...2020, 2022...2022]),
        Case(name: "unordered, repeated", years: [2025, 2023, 2024, 2024, 2021], runs: [2021...2021, 2023...2025]),
    ]

    @Test(arguments: cases)
    func runsOfConsecutiveYears(_ c: Case) {
        #expect(ConnectionStatisticsReads.runs(c.years) == c.runs)
    }
}
