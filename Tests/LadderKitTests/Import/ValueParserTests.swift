import Testing
@testable import LadderKit

/// Figures, days and years from cell text (after `CellText`), each failure with its reason.
@Suite struct ValueParserTests {
    struct IntegerCase: CustomTestStringConvertible, Sendable {
        let text: String
        let result: Result<Int, ValueProblem>
        var testDescription: String { text }
    }

    @Test(arguments: [
        IntegerCase(text: "120", result: .success(120)),
        IntegerCase(text: "120人", result: .success(120)),
        IntegerCase(text: "1,234", result: .success(1234)),
        IntegerCase(text: "1,234,567项", result: .success(1_234_567)),
        IntegerCase(text: "120.00", result: .success(120)),
        IntegerCase(text: "1,234.0", result: .success(1234)),
        IntegerCase(text: "120.5", result: .failure(.notAWholeNumber)),
        // Separators that do not group three digits are a typo, not a number.
        IntegerCase(text: "1,2", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "12,34", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "1234,567", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "1,2345", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "1,23.0", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "-5", result: .failure(.notAWholeNumber)),
        IntegerCase(text: "约120", result: .failure(.approximate(marker: "约"))),
        IntegerCase(text: "120左右", result: .failure(.approximate(marker: "左右"))),
        IntegerCase(text: "120上下", result: .failure(.approximate(marker: "上下"))),
        IntegerCase(text: "100人以上", result: .failure(.approximate(marker: "以上"))),
        IntegerCase(text: "100人以下", result: .failure(.approximate(marker: "以下"))),
        IntegerCase(text: "不足100", result: .failure(.approximate(marker: "不足"))),
        IntegerCase(text: "近100人", result: .failure(.approximate(marker: "近"))),
        IntegerCase(text: "超过100", result: .failure(.approximate(marker: "超过"))),
        IntegerCase(text: "100余人", result: .failure(.approximate(marker: "余"))),
        IntegerCase(text: "100+", result: .failure(.approximate(marker: "+"))),
        IntegerCase(text: "100-200", result: .failure(.approximate(marker: "-"))),
    ])
    func integer(_ c: IntegerCase) {
        #expect(ValueParser.integer(c.text) == c.result)
    }

    @Test func approximateMessageNamesItsMarker() {
        #expect(ValueProblem.approximate(marker: "以下").message(value: "100人以下")
            == "'100人以下' is approximate ('以下'); enter the exact figure")
    }
}
