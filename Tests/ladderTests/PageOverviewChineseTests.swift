import LadderKit
import Testing

/// The overview pages' Chinese words carry no English word a clerk would have to read.
@Suite struct PageOverviewChineseTests {
    @Test(arguments: PageOverviewText.allCases.map(\.rawValue))
    func theChineseWordsAreChinese(_ key: String) throws {
        // Placeholders ({count}, {from}) are filled with figures and days, never shown as written.
        let text = try #require(PageOverviewText(rawValue: key)).entry.zh
            .replacingOccurrences(of: #"\{[a-z]+\}"#, with: "0", options: .regularExpression)
        #expect(EnglishWords.find(in: text) == [])
    }
}
