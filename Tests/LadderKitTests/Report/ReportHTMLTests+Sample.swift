import Foundation
import Testing
@testable import LadderKit

extension ReportHTMLTests {
    /// Writes the sample report for rendering to `docs/report.png`:
    /// `LADDER_REPORT_SAMPLE=/tmp/report.html swift test --filter writesSample`, then
    /// `scripts/render-report.sh /tmp/report.html docs/report.png`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LADDER_REPORT_SAMPLE"] != nil))
    func writesSample() throws {
        let path = try #require(ProcessInfo.processInfo.environment["LADDER_REPORT_SAMPLE"])
        try ReportHTML.write(.sample, to: URL(fileURLWithPath: path))
    }
}
