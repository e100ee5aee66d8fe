import Foundation
import Testing
@testable import LadderKit

/// The HTML report and the exported workbook, run as a clerk runs them: in Chinese no English word
/// is left in what the page or the headings say (markup, styles and scripts are not read), and in
/// English the page says so in its `lang`.
@Suite struct ChineseReportScanTests {
    static let days = ["--as-of", "2024-07-01", "--known-at", "2024-12-31"]

    /// What a reader of the page sees: the text without the style sheet, scripts, tags and entities.
    static func readableText(of html: String) -> String {
        var text = html
        for element in ["style", "script"] {
            while let open = text.range(of: "<\(element)"), let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var plain = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; plain.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { plain.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            plain = plain.replacingOccurrences(of: entity, with: character)
        }
        return plain
    }

    @Test func theChineseReportSaysNothingInEnglish() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        let page = directory.path("报告.html")
        let run = try LadderRun.run(["report", "--out", page] + Self.days, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "已写入 \(page)（统计日 2024年7月1日，认定政策 jiangxi-2023 v1）\n")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<title>江西省科技企业梯次培育报告</title>"))
        #expect(html.contains("<h2>二、各设区市有效高新技术企业</h2>"))
        let text = Self.readableText(of: html)
        #expect(!text.contains("</") && !text.contains("{"))  // no tag and no style rule is left to read
        #expect(text.contains("本报告由 ladder 依据登记事件自动生成"))
        #expect(EnglishWords.find(in: text + run.stdout + run.stderr) == [])
    }

    @Test func theEnglishReportIsEnglish() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        let page = directory.path("report.html")
        let run = try LadderRun.run(["report", "--out", page] + Self.days, db: db)
        #expect(run.stdout == "wrote \(page) (as of 2024-07-01, policy jiangxi-2023 v1)\n")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<title>Tiered cultivation of technology firms: 江西省</title>"))
        #expect(html.contains("<h2>2. Valid high and new technology enterprises by city</h2>"))
        #expect(html.contains("<li>As of: <b>2024-07-01</b></li>"))
    }

    @Test func theChineseWorkbookHeadingsSayNothingInEnglish() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        for tier in Tier.allCases {
            let workbook = directory.path("\(tier.rawValue).xlsx")
            let run = try LadderRun.run(["export", "--tier", tier.rawValue, "--out", workbook] + Self.days, db: db,
                                        environment: ["LADDER_LANG": "zh"])
            #expect(run.status == 0, "\(run.stderr)")
            let header = try TableFile.open(path: workbook).header
            #expect(header.count == 7)
            #expect(EnglishWords.find(in: header.joined(separator: " ") + run.stderr) == [], "\(tier)")
        }
        let hnte = try LadderRun.run(["export", "--tier", "hnte", "--out", directory.path("高企.xlsx")] + Self.days, db: db,
                                     environment: ["LADDER_LANG": "zh"])
        #expect(hnte.stderr == "已写入 \(directory.path("高企.xlsx"))：2 家企业\n")
    }
}
