import Foundation

/// Renders a `ReportContent` as one self-contained HTML page: inline CSS and SVG only, nothing
/// fetched from anywhere (a Content-Security-Policy says so to the browser too), printable on
/// A4. The same content always gives the same bytes.
///
///     let html = ReportHTML.render(content)
///     try ReportHTML.write(content, to: URL(fileURLWithPath: "report.html"))
public enum ReportHTML {
    /// `before`: HTML put above the report, outside its page (a server's bar of tools, hidden in
    /// print by `extraStyle`, CSS added after the report's own).
    public static func render(_ content: ReportContent, before: String = "", extraStyle: String = "") -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(ReportText.htmlLang.text(in: content.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="ladder">
            <title>\(HTMLText.escape(content.title))</title>
            <style>
            \(style)\(extraStyle)
            </style>
            </head>
            <body>
            \(before)<main class="page">

            """
        html += masthead(content)
        let language = content.language
        html += section(id: "headline", title: ReportText.headlineTitle.text(in: language), aside: nil, body: headline(content))
        html += section(id: "cities", title: ReportText.citiesTitle.text(in: language, ["place": content.placeLevel]),
                        aside: citiesAside(content), body: cityChart(content))
        html += section(id: "trend", title: ReportText.trendTitle.text(in: language), aside: trendAside(content),
                        body: trendChart(content))
        html += section(id: "cohorts", title: ReportText.cohortsTitle.text(in: language),
                        aside: ReportText.cohortsAside.text(in: language), body: cohortTable(content))
        html += section(id: "funnel", title: ReportText.funnelTitle.text(in: language),
                        aside: ReportText.funnelAside.text(in: language), body: funnelChart(content))
        html += section(id: "expiring", title: ReportText.expiringTitle.text(in: language, ["count": content.expiringWindowDays]),
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
    static func empty(_ language: Language) -> String {
        "<p class=\"empty\">\(ReportText.empty.text(in: language))</p>\n"
    }

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
        let language = content.language
        let known = content.knownAt.map { ReportText.knownAt.text(in: language, ["moment": BeijingTime.stamp($0, seconds: true)]) }
            ?? ReportText.knownEverything.text(in: language)
        let stripes = Tier.allCases.map { "<span style=\"background:\($0.reportColor)\"></span>" }.joined()
        let items = [
            (ReportText.metaAsOf, content.asOf.iso),
            (ReportText.metaScope, known),
            (ReportText.metaPolicy, content.policyLabel),
            (ReportText.metaGenerated, ReportText.beijingTime.text(in: language, ["time": BeijingTime.stamp(content.generatedAt)])),
        ].map { label, value in
            "<li>\(ReportText.metaItem.text(in: language, ["label": label.text(in: language)]))<b>\(HTMLText.escape(value))</b></li>"
        }.joined()
        let ladder = Tier.allCases.map { Term(rawValue: $0.rawValue)!.text(in: language) }.joined(separator: " → ")
        return """
            <header class="masthead">
            <div class="ladder-bar">\(stripes)</div>
            <p class="eyebrow">\(ladder)</p>
            <h1>\(HTMLText.escape(content.title))</h1>
            <ul class="meta">\(items)</ul>
            </header>

            """
    }

    static func footer(_ content: ReportContent) -> String {
        var html = "<footer>\n"
        if !content.notes.isEmpty {
            html += "<div>\(ReportText.notesHeading.text(in: content.language))</div>\n<ol>"
            html += content.notes.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
            html += "</ol>\n"
        }
        let sentence = ReportText.footer.text(in: content.language, ["asOf": content.asOf.iso, "policy": content.policyLabel])
        html += "<div>\(HTMLText.escape(sentence))</div>\n</footer>\n"
        return html
    }
}
