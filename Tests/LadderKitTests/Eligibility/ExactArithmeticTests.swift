import Testing
@testable import LadderKit

/// The integer arithmetic under every ratio comparison: no overflow, no rounding.
@Suite struct ExactArithmeticTests {
    struct Product: CustomTestStringConvertible, Sendable {
        let a: Int64, b: Int64, grouped: String
        var testDescription: String { "\(a) × \(b)" }
    }

    @Test(arguments: [
        Product(a: Int64.max, b: Int64.max, grouped: "85,070,591,730,234,615,847,396,907,784,232,501,249"),
        Product(a: Int64.min, b: 1, grouped: "-9,223,372,036,854,775,808"),
        Product(a: -12_345, b: 1_000, grouped: "-12,345,000"),
        Product(a: 0, b: Int64.max, grouped: "0"),
    ])
    func multiplies(_ c: Product) {
        #expect((WideInt(c.a) * WideInt(c.b)).grouped == c.grouped)
    }

    @Test func comparesBeyondSixtyFourBits() {
        let big = WideInt(Int64.max) * WideInt(Int64.max)
        #expect(big + WideInt(1) > big)
        #expect(-big < WideInt(Int64.min))
        #expect(big - big == WideInt(0))
        #expect((big + WideInt(7)).quotient(dividingBy: WideInt(Int64.max)) == WideInt(Int64.max))
    }

    struct Ratio: CustomTestStringConvertible, Sendable {
        let numerator: Int64, denominator: Int64, percent: String
        var testDescription: String { "\(numerator) / \(denominator) → \(percent)" }
    }

    /// Truncated, not rounded: a ratio just under a threshold never shows as the threshold.
    @Test(arguments: [
        Ratio(numerator: 1, denominator: 3, percent: "33.33%"),
        Ratio(numerator: 2, denominator: 3, percent: "66.66%"),
        Ratio(numerator: 4_999_999, denominator: 100_000_000, percent: "4.99%"),
        Ratio(numerator: 5, denominator: 100, percent: "5.00%"),
        Ratio(numerator: -1, denominator: 3, percent: "-33.33%"),
        Ratio(numerator: 3, denominator: -4, percent: "-75.00%"),
        Ratio(numerator: 1_234_567, denominator: 100, percent: "1,234,567.00%"),
        Ratio(numerator: Int64.max, denominator: 1, percent: "∞%"),
    ])
    func percentText(_ c: Ratio) throws {
        #expect(try #require(Fraction(c.numerator, c.denominator)).percentText == c.percent)
    }

    @Test func zeroDenominatorIsUndefined() {
        #expect(Fraction(1, 0) == nil)
    }

    struct Threshold: CustomTestStringConvertible, Sendable {
        let numerator: Int64, denominator: Int64, basisPoints: Int64, atLeast: Bool
        var testDescription: String { "\(numerator) / \(denominator) ≥ \(basisPoints) bp: \(atLeast)" }
    }

    @Test(arguments: [
        Threshold(numerator: 6, denominator: 100, basisPoints: 600, atLeast: true),
        Threshold(numerator: 599_999, denominator: 10_000_000, basisPoints: 600, atLeast: false),
        Threshold(numerator: Int64.max / 10, denominator: Int64.max, basisPoints: 1_000, atLeast: false),
        Threshold(numerator: Int64.max / 10 + 1, denominator: Int64.max, basisPoints: 1_000, atLeast: true),
        // Negative ratios (a shrinking firm's growth rate) against negative thresholds.
        Threshold(numerator: -1, denominator: 3, basisPoints: -3_333, atLeast: false),
        Threshold(numerator: -1, denominator: 3, basisPoints: -3_334, atLeast: true),
        Threshold(numerator: 1, denominator: -4, basisPoints: -2_500, atLeast: true),
        Threshold(numerator: 1, denominator: -4, basisPoints: -2_499, atLeast: false),
        Threshold(numerator: Int64.min, denominator: 1, basisPoints: 0, atLeast: false),
        Threshold(numerator: Int64.min, denominator: Int64.max, basisPoints: -10_000, atLeast: false),
        Threshold(numerator: Int64.min + 1, denominator: Int64.max, basisPoints: -10_000, atLeast: true),
    ])
    func comparesWithPercent(_ c: Threshold) throws {
        let ratio = try #require(Fraction(c.numerator, c.denominator))
        #expect(ratio.isAtLeast(Percent(basisPoints: c.basisPoints)) == c.atLeast)
    }

    /// Sums over years may pass 64 bits: 3 × max / (10 × max) is exactly 30%.
    @Test func comparesRatiosBeyondSixtyFourBits() throws {
        let max = WideInt(Int64.max)
        let ratio = try #require(Fraction(max * WideInt(3), max * WideInt(10)))
        #expect(ratio.isAtLeast(Percent(basisPoints: 3_000)))
        #expect(!ratio.isAtLeast(Percent(basisPoints: 3_001)))
        let under = try #require(Fraction(max * WideInt(3) - WideInt(1), max * WideInt(10)))
        #expect(!under.isAtLeast(Percent(basisPoints: 3_000)))
    }

    struct PercentText: Sendable {
        let number: String, basisPoints: Int64?, description: String?
    }

    @Test(arguments: [
        PercentText(number: "6", basisPoints: 600, description: "6%"),
        PercentText(number: "2.5", basisPoints: 250, description: "2.5%"),
        PercentText(number: "0.01", basisPoints: 1, description: "0.01%"),
        PercentText(number: "100.10", basisPoints: 10_010, description: "100.1%"),
        PercentText(number: "2.555", basisPoints: nil, description: nil),
        PercentText(number: "1e2", basisPoints: nil, description: nil),
    ])
    func percentFromJSONNumber(_ c: PercentText) {
        let percent = Percent(number: c.number)
        #expect(percent?.basisPoints == c.basisPoints)
        #expect(percent?.description == c.description)
    }
}
