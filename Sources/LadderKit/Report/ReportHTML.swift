import Foundation

/// Renders a `ReportContent` as one self-contained HTML page: inline CSS and SVG only, nothing
/// fetched from anywhere (a Content-Security-Policy says so to the browser too), printable on
/// A4. The same content always gives the same bytes.
///
///     let html = ReportHTML.render(content)
///     try ReportHTML.write(content, to: URL(fileURLWithPath: "report.html"))
public enum ReportHTML {
    public static func render(_ content: ReportContent) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="ladder">
            <title>\(HTMLText.escape(content.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main class="page">

            """
        html += masthead(content)
        html += section(id: "headline", title: "一、目标完成情况", aside: nil, body: headline(content))
        html += section(id: "cities", title: "二、各\(content.placeLevel)有效高新技术企业", aside: citiesAside(content),
                        body: cityChart(content))
        html += section(id: "trend", title: "三、月度趋势（月末在库数）", aside: trendAside(content), body: trendChart(content))
        html += section(id: "cohorts", title: "四、高新技术企业认定批次留存", aside: "按发证年度", body: cohortTable(content))
        html += section(id: "funnel", title: "五、科技型中小企业晋升情况", aside: "按入库年度",
                        body: funnelChart(content))
        html += section(id: "expiring", title: "六、未来 \(content.expiringWindowDays) 天内到期企业",
                        aside: expiringAside(content), body: expiringTable(content), breaks: true)
        html += footer(content)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// Writes the page as UTF-8 to `url`, replacing any file there.
    public static func write(_ content: ReportContent, to url: URL) throws {
        try OutputFile.requireWritable(url.path)
        try Data(render(content).utf8).write(to: url, options: .atomic)
    }

    /// Shown instead of a chart or table with nothing to draw.
    static let empty = "<p class=\"empty\">暂无数据</p>\n"

    /// A titled section. Charts keep to one printed page; long tables (`breaks`) may continue.
    static func section(id: String, title: String, aside: String?, body: String, breaks: Bool = false) -> String {
        let asideHTML = aside.map { "<span class=\"aside\">\(HTMLText.escape($0))</span>" } ?? ""
        return """
            <section id="\(id)"\(breaks ? "" : " class=\"figure\"")>
            <div class="section-head"><h2>\(HTMLText.escape(title))</h2>\(asideHTML)</div>
            \(body)</section>

            """
    }

    /// Title and the dates and policy the figures were computed for.
    static func masthead(_ content: ReportContent) -> String {
        let known = content.knownAt.map { "截至 \(ReportFormat.beijing($0, seconds: true)) 已录入的记录" } ?? "全部已录入记录"
        let stripes = Tier.allCases.map { "<span style=\"background:\($0.reportColor)\"></span>" }.joined()
        let items = [
            ("统计日", content.asOf.iso),
            ("数据范围", known),
            ("政策口径", content.policyLabel),
            ("生成时间", ReportFormat.beijing(content.generatedAt) + "（北京时间）"),
        ].map { "<li>\($0.0)：<b>\(HTMLText.escape($0.1))</b></li>" }.joined()
        return """
            <header class="masthead">
            <div class="ladder-bar">\(stripes)</div>
            <p class="eyebrow">科技型中小企业 → 高新技术企业 → 高成长性科技型企业 → 科技领军企业</p>
            <h1>\(HTMLText.escape(content.title))</h1>
            <ul class="meta">\(items)</ul>
            </header>

            """
    }

    static func footer(_ content: ReportContent) -> String {
        var html = "<footer>\n"
        if !content.notes.isEmpty {
            html += "<div>口径说明：</div>\n<ol>"
            html += content.notes.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
            html += "</ol>\n"
        }
        html += "<div>本报告由 ladder 依据登记事件自动生成；统计日 \(content.asOf.iso)，政策口径 "
            + "\(HTMLText.escape(content.policyLabel))。相同数据与口径重新生成，结果一致。</div>\n</footer>\n"
        return html
    }
}
