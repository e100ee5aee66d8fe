import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct BIFFNumberTests {
        struct TextCase: CustomTestStringConvertible, Sendable {
            let value: Double
            let text: String
            var testDescription: String { text }
        }

        /// The text an .xlsx holds for the same number: shortest round trip, no ".0", Excel's exponents.
        @Test(arguments: [
            TextCase(value: 53, text: "53"), TextCase(value: -0.0, text: "0"), TextCase(value: 9472.38, text: "9472.38"),
            TextCase(value: -0.5, text: "-0.5"), TextCase(value: 0.05, text: "0.05"), TextCase(value: -3.07, text: "-3.07"),
            TextCase(value: 1234.5, text: "1234.5"), TextCase(value: 999_999_999_999.99, text: "999999999999.99"),
            TextCase(value: 0.015, text: "0.015"), TextCase(value: 1.0 / 3, text: "0.3333333333333333"),
            TextCase(value: 0.1 + 0.2, text: "0.30000000000000004"), TextCase(value: 1e15, text: "1000000000000000"),
            TextCase(value: 1e16, text: "1E+16"), TextCase(value: 913_609_021_234_568_000, text: "9.13609021234568E+17"),
            TextCase(value: 0.000015, text: "1.5E-5"), TextCase(value: -2.5e-7, text: "-2.5E-7"),
            TextCase(value: 12_345_678_901_234.5, text: "12345678901234.5"),
        ])
        func text(_ c: TextCase) {
            #expect(BIFFNumber.text(c.value) == c.text)
        }

        /// Amounts of up to two decimals read back as the same double, in the same digits as
        /// Swift's own shortest round-trip text.
        @Test func amountsRoundTrip() {
            var generator = SplitMix64(seed: 3)
            for _ in 0..<20_000 {
                let cents = Int64.random(in: -10_000_000_000_000...10_000_000_000_000, using: &generator)
                let value = Double(cents) / 100
                let text = BIFFNumber.text(value)
                #expect(Double(text) == value, "\(cents) → \(text)")
                let shortest = "\(value)"
                #expect(text == (shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest), "\(cents) → \(text)")
            }
        }

        /// RK values: integers (bit 1), the top 30 bits of a double, each optionally ÷ 100 (bit 0).
        @Test func rk() {
            #expect(BIFFNumber.rk(53 << 2 | 2) == 53)
            #expect(BIFFNumber.rk(UInt32(bitPattern: -12 << 2) | 2) == -12)
            #expect(BIFFNumber.rk(947_238 << 2 | 3) == 9472.38)
            #expect(BIFFNumber.rk(0x3FF8_0000) == 1.5)
            #expect(BIFFNumber.rk(0x3FF8_0000 | 1) == 0.015)
        }
    }
}
