import Testing
@testable import LadderKit

/// `Money.parse`: every spelling found in rosters, and each refusal with its reason.
@Suite struct MoneyTests {
    struct Valid: CustomTestStringConvertible, Sendable {
        let text: String
        var bare: Money.Unit = .yuan
        var allowNegative = false
        let yuan: Int64
        let unit: Money.Unit
        let written: Bool
        var testDescription: String { "'\(text)' (bare \(bare.chineseName)) → \(yuan) 元" }
    }

    @Test(arguments: [
        Valid(text: "1234", yuan: 1234, unit: .yuan, written: false),
        Valid(text: "1234.56", bare: .wan, yuan: 12_345_600, unit: .wan, written: false),
        Valid(text: "1,234.56", bare: .wan, yuan: 12_345_600, unit: .wan, written: false),
        Valid(text: "123.45万元", yuan: 1_234_500, unit: .wan, written: true),
        Valid(text: "123.45万", yuan: 1_234_500, unit: .wan, written: true),
        Valid(text: "500元", bare: .wan, yuan: 500, unit: .yuan, written: true),
        Valid(text: "１２３４．５６万元", yuan: 12_345_600, unit: .wan, written: true),
        Valid(text: "１，２３４", yuan: 1234, unit: .yuan, written: false),
        Valid(text: "  500 ", yuan: 500, unit: .yuan, written: false),
        Valid(text: "\u{3000}500万元\u{3000}", yuan: 5_000_000, unit: .wan, written: true),
        Valid(text: "500 万元", yuan: 5_000_000, unit: .wan, written: true),
        Valid(text: "1.5亿元", yuan: 150_000_000, unit: .yi, written: true),
        Valid(text: "1.2345万元", yuan: 12_345, unit: .wan, written: true),
        Valid(text: "1234.00", yuan: 1234, unit: .yuan, written: false),
        Valid(text: "0", bare: .wan, yuan: 0, unit: .wan, written: false),
        Valid(text: "¥1,000", yuan: 1000, unit: .yuan, written: false),
        Valid(text: "-1,000", allowNegative: true, yuan: -1000, unit: .yuan, written: false),
        Valid(text: "(1,000)", allowNegative: true, yuan: -1000, unit: .yuan, written: false),
        Valid(text: "－20万元", allowNegative: true, yuan: -200_000, unit: .wan, written: true),
        Valid(text: "922337203685477.5807万元", yuan: 9_223_372_036_854_775_807, unit: .wan, written: true),
    ])
    func parses(_ c: Valid) throws {
        let parsed = try Money.parse(c.text, bareUnit: c.bare, allowNegative: c.allowNegative)
        #expect(parsed.money.yuan == c.yuan)
        #expect(parsed.unit == c.unit)
        #expect(parsed.unitWritten == c.written)
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        let text: String
        var bare: Money.Unit = .yuan
        let error: Money.ParseError
        var testDescription: String { "'\(text)' refused" }
    }

    @Test(arguments: [
        Refused(text: "", error: .empty),
        Refused(text: " \u{3000}", error: .empty),
        Refused(text: "约500", error: .approximate(text: "约500")),
        Refused(text: "500左右", error: .approximate(text: "500左右")),
        Refused(text: "500+", error: .approximate(text: "500+")),
        Refused(text: ">500", error: .approximate(text: ">500")),
        Refused(text: "~500", error: .approximate(text: "~500")),
        Refused(text: "～500万元", error: .approximate(text: "～500万元")),
        Refused(text: "500多万", error: .approximate(text: "500多万")),
        Refused(text: "500-600", error: .range(text: "500-600")),
        Refused(text: "500~600万元", error: .range(text: "500~600万元")),
        Refused(text: "500万至600万", error: .range(text: "500万至600万")),
        Refused(text: "-500", error: .negative(text: "-500")),
        Refused(text: "(500)", error: .negative(text: "(500)")),
        Refused(text: "不详", error: .notANumber(text: "不详")),
        Refused(text: "abc", error: .notANumber(text: "abc")),
        Refused(text: "1..2", error: .notANumber(text: "1..2")),
        Refused(text: "500美元", error: .notANumber(text: "500美元")),
        Refused(text: "1.2E+07", error: .scientificNotation(text: "1.2E+07")),
        Refused(text: "12,34", error: .grouping(text: "12,34")),
        Refused(text: "1234,567", error: .grouping(text: "1234,567")),
        Refused(text: "1.23456万元", error: .fractionOfYuan(text: "1.23456万元", yuan: "12345.6")),
        Refused(text: "1234.5", error: .fractionOfYuan(text: "1234.5", yuan: "1234.5")),
        Refused(text: "0.05元", bare: .wan, error: .fractionOfYuan(text: "0.05元", yuan: "0.05")),
        Refused(text: "9223372036854775808", error: .overflow(text: "9223372036854775808")),
        Refused(text: "922337203685477.5808万元", error: .overflow(text: "922337203685477.5808万元")),
    ])
    func refuses(_ c: Refused) {
        #expect(throws: c.error) { try Money.parse(c.text, bareUnit: c.bare) }
    }

    @Test func messagesSayWhatToDo() {
        #expect(Money.ParseError.approximate(text: "约500").description
                == "'约500' is approximate; enter the exact amount from the financial statement")
        #expect(Money.ParseError.fractionOfYuan(text: "1.23456万元", yuan: "12345.6").description
                == "'1.23456万元' is 12345.6 元, a fraction of a yuan; amounts are stored in whole yuan, round it first")
    }

    @Test func reportsTheUnitApplied() throws {
        #expect(try Money.parse("1234.56", bareUnit: .wan).description == "12,345,600 元 (bare number read as 万元)")
        #expect(try Money.parse("1234.56万元", bareUnit: .yuan).description == "12,345,600 元 (given in 万元)")
    }

    struct PlainCase: CustomTestStringConvertible, Sendable {
        let text: String
        let unit: Money.Unit
        /// Nil when the cell is not plain and must be read the long way (`parse`).
        let yuan: Int64?
        var testDescription: String { "'\(text)' in \(unit.chineseName) → \(yuan.map(String.init) ?? "not plain")" }
    }

    /// A roster cell's common form read from its bytes: digits and at most one point, exact in yuan.
    @Test(arguments: [
        PlainCase(text: "9472.38", unit: .wan, yuan: 94_723_800),
        PlainCase(text: "53", unit: .yuan, yuan: 53),
        PlainCase(text: "0", unit: .wan, yuan: 0),
        PlainCase(text: "1.00", unit: .yuan, yuan: 1),
        PlainCase(text: "1.20", unit: .yuan, yuan: nil),
        PlainCase(text: "0.0001", unit: .wan, yuan: 1),
        PlainCase(text: "0.00001", unit: .wan, yuan: nil),
        PlainCase(text: "0.00000001", unit: .yi, yuan: 1),
        PlainCase(text: "12345.67891", unit: .yi, yuan: 1_234_567_891_000),
        PlainCase(text: "1234567890", unit: .yi, yuan: 123_456_789_000_000_000),
        PlainCase(text: "12345678901", unit: .yuan, yuan: nil),
        PlainCase(text: "123456789.0", unit: .yuan, yuan: 123_456_789),
        PlainCase(text: "1234567890.0", unit: .yuan, yuan: nil),
        PlainCase(text: "12.", unit: .yuan, yuan: nil),
        PlainCase(text: ".5", unit: .wan, yuan: nil),
        PlainCase(text: "1.2.3", unit: .wan, yuan: nil),
        PlainCase(text: "", unit: .yuan, yuan: nil),
        PlainCase(text: "-5", unit: .yuan, yuan: nil),
        PlainCase(text: "1,234", unit: .yuan, yuan: nil),
        PlainCase(text: "5/", unit: .yuan, yuan: nil),
        PlainCase(text: "5:", unit: .yuan, yuan: nil),
    ])
    func plainDecimal(_ c: PlainCase) {
        #expect(Money.plainDecimal(Array(c.text.utf8), unit: c.unit) == c.yuan)
    }

    struct Compact: Sendable {
        let yuan: Int64, text: String
    }

    @Test(arguments: [
        Compact(yuan: 200_000_000, text: "2亿元"), Compact(yuan: 50_000_000, text: "5000万元"),
        Compact(yuan: 12_345, text: "12,345 元"), Compact(yuan: 0, text: "0 元"),
    ])
    func compactForm(_ c: Compact) { #expect(Money.compact(c.yuan) == c.text) }
}
