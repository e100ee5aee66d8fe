import Foundation
import Testing
@testable import LadderKit

extension ReportHTMLTests {
    struct Frame: CustomTestStringConvertible, Sendable {
        let language: Language
        let lines: [String]
        var testDescription: String { language.rawValue }
    }

    /// The page's own words in each language, for the same content: Chinese as the report always
    /// was (the golden holds every byte of it), English with `lang="en"`.
    @Test(arguments: [
        Frame(language: .zh, lines: [
            "<html lang=\"zh-CN\">",
            "<p class=\"eyebrow\">科技型中小企业 → 高新技术企业 → 高成长性科技型企业 → 科技领军企业</p>",
            "<li>统计日：<b>2025-03-31</b></li><li>数据范围：<b>全部已录入记录</b></li>",
            "<div class=\"section-head\"><h2>一、目标完成情况</h2></div>",
            "<div class=\"section-head\"><h2>二、各设区市有效高新技术企业</h2><span class=\"aside\">合计 120 家</span></div>",
            "<h2>六、未来 90 天内到期企业</h2>",
            "<p class=\"target\">目标 150 家 · 完成 <b>80.0%</b></p>",
            "<th>发证年度</th><th class=\"n\">认定数</th><th class=\"n\">仍有效</th>",
            "<span class=\"pill late\">进度滞后</span>",
        ]),
        Frame(language: .en, lines: [
            "<html lang=\"en\">",
            "<p class=\"eyebrow\">technology-based SME → high and new technology enterprise → high-growth technology "
                + "enterprise → leading technology enterprise</p>",
            "<li>As of: <b>2025-03-31</b></li><li>Records: <b>everything recorded</b></li>",
            "<div class=\"section-head\"><h2>1. Progress toward the targets</h2></div>",
            "<div class=\"section-head\"><h2>2. Valid high and new technology enterprises by 设区市</h2>"
                + "<span class=\"aside\">120 firms in all</span></div>",
            "<h2>6. Qualifications ending within 90 days</h2>",
            "<p class=\"target\">target 150 家 · reached <b>80.0%</b></p>",
            "<th>Year of issue</th><th class=\"n\">Certified</th><th class=\"n\">Still valid</th>",
            "<span class=\"pill late\">Behind</span>",
        ]),
    ])
    func theFrameSpeaksTheContentsLanguage(_ frame: Frame) {
        var content = ReportContent.small
        content.language = frame.language
        let html = ReportHTML.render(content)
        for line in frame.lines {
            #expect(html.contains(line), "\(line)")
        }
    }
}
