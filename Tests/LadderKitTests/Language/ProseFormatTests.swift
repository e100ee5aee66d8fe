@testable import LadderKit
import Testing

/// Days and counts in sentences, in each language.
@Suite struct ProseFormatTests {
    @Test func daysInProse() {
        #expect(ProseFormat.day(Day(iso: "2025-12-31")!, in: .zh) == "2025年12月31日")
        #expect(ProseFormat.day(Day(iso: "2025-01-05")!, in: .zh) == "2025年1月5日")
        #expect(ProseFormat.day(Day(iso: "2025-01-05")!, in: .en) == "2025-01-05")
    }

    struct CountCase: Sendable {
        let count: Int
        let zh: String
        let en: String
    }

    @Test(arguments: [
        CountCase(count: 0, zh: "0 家", en: "0 firms"),
        CountCase(count: 1, zh: "1 家", en: "1 firm"),
        CountCase(count: 999, zh: "999 家", en: "999 firms"),
        CountCase(count: 1000, zh: "1,000 家", en: "1,000 firms"),
        CountCase(count: 1_234_567, zh: "1,234,567 家", en: "1,234,567 firms"),
    ])
    func firms(_ c: CountCase) {
        #expect(ProseFormat.firms(c.count, in: .zh) == c.zh)
        #expect(ProseFormat.firms(c.count, in: .en) == c.en)
    }

    @Test func negativeCountsKeepTheirSign() {
        #expect(ProseFormat.grouped(-1234) == "-1,234")
    }
}
