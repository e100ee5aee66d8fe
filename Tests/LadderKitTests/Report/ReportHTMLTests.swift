import Foundation
import Testing
@testable import LadderKit

@Suite struct ReportHTMLTests {
    struct ContentCase: CustomTestStringConvertible, Sendable {
        let name: String, content: ReportContent
        var testDescription: String { name }
    }

    static let contents = [
        ContentCase(name: "sample", content: .sample), ContentCase(name: "small", content: .small),
        ContentCase(name: "blank", content: .blank), ContentCase(name: "hostile", content: .hostile),
    ]

    @Test(arguments: contents)
    func selfContained(_ c: ContentCase) {
        let html = ReportHTML.render(c.content).lowercased()
        for forbidden in ["http://", "https://", "src=", "href=", "@import", "url(", "<link", "<script", "<img", "<iframe", "@font-face"] {
            #expect(!html.contains(forbidden), "\(c.name) contains \(forbidden)")
        }
        #expect(html.contains("default-src 'none'"))
    }

    @Test func eachChartSectionIsInlineSVG() throws {
        let html = ReportHTML.render(.sample)
        for id in ["cities", "trend", "funnel"] {
            let section = try #require(Self.section(id, in: html))
            #expect(section.components(separatedBy: "<svg").count - 1 == 1, "\(id) has one chart")
            #expect(section.contains("</svg>"))
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(try #require(Self.section("cohorts", in: html)).contains("<td class=\"n heat h1\">46.7%</td>"))
    }

    @Test func hostileTextIsEscaped() {
        let html = ReportHTML.render(.hostile)
        #expect(!html.contains("<script"))
        // Title twice (<title>, <h1>), policy twice (masthead, footer), the month twice (tick, aside), one per other field.
        #expect(html.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1 == 17)
    }

    @Test func emptySectionsSayNoData() {
        let html = ReportHTML.render(.blank)
        #expect(html.components(separatedBy: "<p class=\"empty\">暂无数据</p>").count - 1 == 6)
        #expect(!html.contains("<svg"))
        #expect(!html.contains("<table"))
    }

    @Test func printsDatesAndPolicy() {
        let html = ReportHTML.render(.sample)
        #expect(html.contains("<li>统计日：<b>2025-06-30</b></li>"))
        #expect(html.contains("<li>数据范围：<b>截至 2025-06-30 23:59:59 已录入的记录</b></li>"))
        #expect(html.contains("<li>政策口径：<b>jiangxi-2023 v1</b></li>"))
        #expect(html.contains("<li>生成时间：<b>2025-07-01 10:15（北京时间）</b></li>"))
        #expect(ReportHTML.render(.small).contains("<li>数据范围：<b>全部已录入记录</b></li>"))
    }

    @Test func sameContentSameBytes() {
        #expect(Array(ReportHTML.render(.sample).utf8) == Array(ReportHTML.render(.sample).utf8))
    }

    @Test func writesUTF8File() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: url) }
        try ReportHTML.write(.small, to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == ReportHTML.render(.small))
    }

    /// `<section id="…">` … `</section>`.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}

extension ReportHTMLTests {
    struct MonthTickCase: CustomTestStringConvertible, Sendable {
        let months: Int, labels: [String]
        var testDescription: String { "\(months) months" }
    }

    @Test(arguments: [
        MonthTickCase(months: 1, labels: ["2023-07"]),
        MonthTickCase(months: 12, labels: ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01",
                                           "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]),
        MonthTickCase(months: 24, labels: ["2023-08", "2023-10", "2023-12", "2024-02", "2024-04", "2024-06", "2024-08",
                                           "2024-10", "2024-12", "2025-02", "2025-04", "2025-06"]),
        MonthTickCase(months: 60, labels: ["2023-12", "2024-06", "2024-12", "2025-06", "2025-12", "2026-06", "2026-12",
                                           "2027-06", "2027-12", "2028-06"]),
    ])
    func monthTicksEndOnTheLatestMonth(_ c: MonthTickCase) throws {
        var content = ReportContent.blank
        content.monthlyTrend = [TrendSeries(name: "高企", tier: .hnte, points: (0..<c.months).map { offset in
            let index = 2023 * 12 + 6 + offset
            return .init(month: "\(index / 12)-" + (index % 12 < 9 ? "0" : "") + "\(index % 12 + 1)", count: offset)
        })]
        let section = try #require(Self.section("trend", in: ReportHTML.render(content)))
        let labels = section.components(separatedBy: "text-anchor=\"middle\">").dropFirst().map { String($0.prefix(7)) }
        #expect(labels == c.labels)
    }
}
