import Testing
@testable import LadderKit

@Suite struct ChartAxisTests {
    struct AxisCase: CustomTestStringConvertible, Sendable {
        let maxValue: Int, step: Int, top: Int
        var testDescription: String { "max \(maxValue) → 0…\(top) by \(step)" }
    }

    @Test(arguments: [
        AxisCase(maxValue: 0, step: 1, top: 1), AxisCase(maxValue: 1, step: 1, top: 1), AxisCase(maxValue: 4, step: 1, top: 4),
        AxisCase(maxValue: 6, step: 2, top: 6), AxisCase(maxValue: 38, step: 10, top: 40), AxisCase(maxValue: 50, step: 10, top: 50),
        AxisCase(maxValue: 51, step: 20, top: 60), AxisCase(maxValue: 642, step: 200, top: 800),
        AxisCase(maxValue: 8326, step: 2000, top: 10000), AxisCase(maxValue: 15214, step: 5000, top: 20000),
        AxisCase(maxValue: -5, step: 1, top: 1),
    ])
    func niceTicks(_ c: AxisCase) {
        let axis = ChartAxis(maxValue: c.maxValue)
        #expect(axis.step == c.step)
        #expect(axis.top == c.top)
        #expect(axis.ticks.first == 0 && axis.ticks.last == c.top)
    }

    struct SpreadCase: CustomTestStringConvertible, Sendable {
        let label: String, input: [Double], output: [Double]
        var testDescription: String { label }
    }

    @Test(arguments: [
        SpreadCase(label: "far apart: unchanged", input: [100, 50, 200], output: [100, 50, 200]),
        SpreadCase(label: "two at the bottom: the upper one moves up", input: [340, 339.5], output: [340, 324]),
        SpreadCase(label: "pushed past the bottom: all shift up", input: [338, 338, 338], output: [308, 324, 340]),
        SpreadCase(label: "crowded at the top: pushed down from the limit", input: [0, 0], output: [10, 26]),
    ])
    func labelsSpreadApart(_ c: SpreadCase) {
        #expect(ReportHTML.spreadApart(c.input, gap: 16, lowest: 10, highest: 340) == c.output)
    }
}
