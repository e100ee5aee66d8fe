import Testing
@testable import LadderKit

@Suite struct ReportFormatTests {
    struct CountCase: CustomTestStringConvertible, Sendable {
        let value: Int, text: String, signed: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        CountCase(value: 0, text: "0", signed: "0"), CountCase(value: 7, text: "7", signed: "+7"),
        CountCase(value: 999, text: "999", signed: "+999"), CountCase(value: 1000, text: "1,000", signed: "+1,000"),
        CountCase(value: 1_234_567, text: "1,234,567", signed: "+1,234,567"), CountCase(value: -4321, text: "-4,321", signed: "-4,321"),
    ])
    func counts(_ c: CountCase) {
        #expect(ReportFormat.count(c.value) == c.text)
        #expect(ReportFormat.signed(c.value) == c.signed)
    }

    struct ShareCase: CustomTestStringConvertible, Sendable {
        let part: Int, whole: Int, text: String
        var testDescription: String { "\(part)/\(whole) → \(text)" }
    }

    @Test(arguments: [
        ShareCase(part: 8326, whole: 10000, text: "83.3%"), ShareCase(part: 1, whole: 3, text: "33.3%"),
        ShareCase(part: 2, whole: 3, text: "66.7%"), ShareCase(part: 1, whole: 2000, text: "0.1%"),
        ShareCase(part: 1, whole: 2001, text: "0.0%"), ShareCase(part: 12, whole: 10, text: "120.0%"),
        ShareCase(part: -1, whole: 3, text: "-33.3%"), ShareCase(part: 5, whole: 0, text: "—"),
    ])
    func shares(_ c: ShareCase) {
        #expect(ReportFormat.percent(c.part, of: c.whole) == c.text)
    }

    struct BasisPointCase: CustomTestStringConvertible, Sendable {
        let basisPoints: Int, text: String
        var testDescription: String { "\(basisPoints) → \(text)" }
    }

    @Test(arguments: [
        BasisPointCase(basisPoints: 8750, text: "87.5%"), BasisPointCase(basisPoints: 8754, text: "87.5%"),
        BasisPointCase(basisPoints: 8755, text: "87.6%"), BasisPointCase(basisPoints: 10000, text: "100.0%"),
        BasisPointCase(basisPoints: 0, text: "0.0%"), BasisPointCase(basisPoints: 4, text: "0.0%"),
    ])
    func basisPoints(_ c: BasisPointCase) {
        #expect(ReportFormat.percent(basisPoints: c.basisPoints) == c.text)
    }

    struct HeatCase: CustomTestStringConvertible, Sendable {
        let basisPoints: Int, level: Int
        var testDescription: String { "\(basisPoints) → h\(level)" }
    }

    @Test(arguments: [
        HeatCase(basisPoints: 0, level: 1), HeatCase(basisPoints: 4999, level: 1), HeatCase(basisPoints: 5000, level: 2),
        HeatCase(basisPoints: 6999, level: 2), HeatCase(basisPoints: 7000, level: 3), HeatCase(basisPoints: 7999, level: 3),
        HeatCase(basisPoints: 8000, level: 4), HeatCase(basisPoints: 8999, level: 4), HeatCase(basisPoints: 9000, level: 5),
        HeatCase(basisPoints: 10000, level: 5),
    ])
    func heatLevels(_ c: HeatCase) {
        #expect(ReportHTML.heatLevel(basisPoints: c.basisPoints) == c.level)
    }
}
