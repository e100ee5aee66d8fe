import Testing
@testable import LadderKit

/// Days and numbers in their plain ASCII form are read straight from the bytes; these cases sit
/// on the edges of that form, where the general reading must give the same answer.
@Suite struct PlainFormTests {
    struct DayCase: CustomTestStringConvertible, Sendable {
        let text: String, iso: String?
        var testDescription: String { "'\(text)' → \(iso ?? "nil")" }
    }

    @Test(arguments: [
        DayCase(text: "2023-05-06", iso: "2023-05-06"),
        DayCase(text: "2023/05/06", iso: "2023-05-06"),
        DayCase(text: "2023.05.06", iso: "2023-05-06"),
        DayCase(text: "2024-2-29", iso: "2024-02-29"),
        DayCase(text: "1000-01-01", iso: "1000-01-01"),
        DayCase(text: "999-01-01", iso: nil),
        DayCase(text: "10000101", iso: "1000-01-01"),
        DayCase(text: "99991231", iso: "9999-12-31"),
        DayCase(text: "10000100", iso: nil),
        DayCase(text: "202305061", iso: nil),
        DayCase(text: "000002023-05-06", iso: nil),
        DayCase(text: "00002023-05-06", iso: "2023-05-06"),
        DayCase(text: "2023-05/06", iso: nil),
        DayCase(text: "2023--05", iso: nil),
        DayCase(text: "-2023-05-06", iso: nil),
        DayCase(text: "2023-05-06.", iso: nil),
        DayCase(text: "2023-05", iso: nil),
        DayCase(text: "2023-13-01", iso: nil),
        DayCase(text: "2023-05-06 ", iso: "2023-05-06"),
        DayCase(text: "2023-05-06日", iso: nil),
        DayCase(text: "2023年05月06日", iso: "2023-05-06"),
    ])
    func days(_ c: DayCase) {
        #expect(DayParser.parse(c.text)?.iso == c.iso)
    }

    struct NumberCase: CustomTestStringConvertible, Sendable {
        let text: String
        /// The number as kept, nil when refused.
        let kept: String?
        var testDescription: String { "'\(text)' → \(kept ?? "refused")" }
    }

    @Test(arguments: [
        NumberCase(text: "2024341181A8020396", kept: "2024341181A8020396"),
        NumberCase(text: "202434118128020396", kept: "202434118128020396"),
        NumberCase(text: "2000360111Z0000001", kept: "2000360111Z0000001"),
        NumberCase(text: "2100360111A0000001", kept: "2100360111A0000001"),
        NumberCase(text: "1999360111A0000001", kept: nil),
        NumberCase(text: "2101360111A0000001", kept: nil),
        NumberCase(text: "2024341181a8020396", kept: "2024341181A8020396"),
        NumberCase(text: " 2024341181A8020396", kept: "2024341181A8020396"),
        NumberCase(text: "2024341181@8020396", kept: nil),
        NumberCase(text: "2024341181A802039X", kept: nil),
    ])
    func tsmeNumbers(_ c: NumberCase) {
        #expect((try? TsmeNumber(c.text))?.text == c.kept)
    }

    @Test(arguments: [
        NumberCase(text: "GR202336000123", kept: "GR202336000123"),
        NumberCase(text: "GR199036000123", kept: "GR199036000123"),
        NumberCase(text: "GR210036000123", kept: "GR210036000123"),
        NumberCase(text: "GR198936000123", kept: nil),
        NumberCase(text: "GR210136000123", kept: nil),
        NumberCase(text: "Gr202336000123", kept: "GR202336000123"),
        NumberCase(text: "GR20233600012 ", kept: nil),
        NumberCase(text: "GR2023360001２3", kept: nil),
    ])
    func certificateNumbers(_ c: NumberCase) {
        #expect((try? CertificateNumber(c.text))?.text == c.kept)
    }
}
