import Foundation
import Testing
@testable import LadderKit

extension ReportHTMLTests {
    /// The page for `ReportContent.small`, byte for byte. After an intended change, re-record
    /// with `LADDER_RECORD_GOLDENS=1 swift test --filter ReportHTMLTests` and review the diff.
    @Test func smallReportMatchesGolden() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/report/small.html")
        let html = ReportHTML.render(.small)
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: golden, options: .atomic)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if html != expected {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("small.actual.html")
            try? Data(html.utf8).write(to: actual)
            Issue.record("report differs from \(golden.path); compare with \(actual.path), or re-record with LADDER_RECORD_GOLDENS=1")
        }
    }
}
