extension ReportHTML {
    /// Neutral accent for figures that are not one tier.
    static let neutralAccent = "#13294b"

    /// One card per headline figure: the count, a progress bar toward the target, the change
    /// from a year earlier and whether it is on course.
    static func headline(_ content: ReportContent) -> String {
        guard !content.headline.isEmpty else { return empty(content.language) }
        return "<div class=\"cards\">\n" + content.headline.map { card($0, language: content.language) }.joined() + "</div>\n"
    }

    private static func card(_ figure: HeadlineFigure, language: Language) -> String {
        let unit = HTMLText.escape(figure.unit)
        var html = "<article class=\"card\" style=\"--accent:\(figure.tier?.reportColor ?? neutralAccent)\">\n"
        html += "<h3>\(HTMLText.escape(figure.label))</h3>\n"
        html += "<p class=\"value\">\(ReportFormat.count(figure.value))<span class=\"unit\">\(unit)</span></p>\n"
        if let target = figure.target {
            let tenths = ReportFormat.tenthsOfPercent(figure.value, of: target)
            let width = tenths.map { min(max($0, 0), 1000) } ?? 0
            let done = tenths.map(ReportFormat.percent(tenths:)) ?? "—"
            html += "<div class=\"progress\"><span style=\"width:\(ReportFormat.percent(tenths: width))\"></span></div>\n"
            let line = ReportText.target.text(in: language, ["target": ReportFormat.count(target), "unit": unit])
            html += "<p class=\"target\">\(line) <b>\(done)</b></p>\n"
        }
        var facts: [(String, String, String?)] = []
        if let earlier = figure.valueOneYearEarlier {
            let change = figure.value - earlier
            let share = ReportFormat.tenthsOfPercent(change, of: earlier)
                .map { ReportText.changeShare.text(in: language, ["share": ($0 > 0 ? "+" : "") + ReportFormat.percent(tenths: $0)]) } ?? ""
            facts.append((ReportText.yearOnYear.text(in: language), ReportFormat.signed(change) + share, change > 0 ? "up" : change < 0 ? "down" : nil))
        }
        if let projected = figure.projected {
            facts.append((ReportText.projected.text(in: language), "\(ReportFormat.count(projected)) \(unit)", nil))
        }
        if let due = figure.due { facts.append((ReportText.due.text(in: language), due.iso, nil)) }
        if !facts.isEmpty {
            html += "<dl>"
            html += facts.map { label, value, tone in
                "<div><dt>\(label)</dt><dd\(tone.map { " class=\"\($0)\"" } ?? "")>\(value)</dd></div>"
            }.joined()
            html += "</dl>\n"
        }
        if let onTrack = figure.onTrack {
            html += onTrack ? "<span class=\"pill ok\">\(ReportText.onTrack.text(in: language))</span>\n"
                : "<span class=\"pill late\">\(ReportText.behind.text(in: language))</span>\n"
        }
        return html + "</article>\n"
    }
}
