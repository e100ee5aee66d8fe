@testable import LadderKit
import Testing

/// The progress bar's words in both languages: rows, rows per second, the share of bytes read.
@Suite struct ImportProgressLineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: Language
        let rows: Int
        let bytesRead: Int64
        let perSecond: Int
        let expected: String
        var testDescription: String { "\(language) \(rows)" }
    }

    @Test(arguments: [
        Case(language: .zh, rows: 1_234, bytesRead: 250, perSecond: 56_789, expected: "名单.csv ██░░░░░░  25%  1,234 行  56,789 行/秒 "),
        Case(language: .en, rows: 1_234, bytesRead: 250, perSecond: 56_789,
             expected: "名单.csv ██░░░░░░  25%  1,234 rows  56,789 rows/s "),
        Case(language: .zh, rows: 0, bytesRead: 0, perSecond: 0, expected: "名单.csv ░░░░░░░░   0%  0 行  0 行/秒 "),
        Case(language: .en, rows: 1_000_000, bytesRead: 1_000, perSecond: 1_000, expected: "名单.csv ████████ 100%  1,000,000 rows  1,000 rows/s "),
    ])
    func progressLine(_ c: Case) {
        let progress = ImportProgress(rows: c.rows, bytesRead: c.bytesRead, totalBytes: 1_000, finished: false)
        #expect(progress.line(label: "名单.csv", perSecond: c.perSecond, width: 8, in: c.language) == c.expected)
    }
}
