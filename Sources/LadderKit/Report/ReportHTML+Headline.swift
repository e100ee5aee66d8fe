extension ReportHTML {
    /// Neutral accent for figures that are not one tier.
    static let neutralAccent = "#13294b"

    /// One card per headline figure: the count, a progress bar toward the target, the change
    /// from a year earlier and whether it is on course.
    static func headline(_ content: ReportContent) -> String {
        guard !content.headline.isEmpty else { return empty }
        return "<div class=\"cards\">\n" + content.headline.map(card).joined() + "</div>\n"
    }

    private static func card(_ figure: HeadlineFigure) -> String {
        let unit = HTMLText.escape(figure.unit)
        var html = "<article class=\"card\" style=\"--accent:\(figure.tier?.reportColor ?? neutralAccent)\">\n"
        html += "<h3>\(HTMLText.escape(figure.label))</h3>\n"
        html += "<p class=\"value\">\(ReportFormat.count(figure.value))<span class=\"unit\">\(unit)</span></p>\n"
        if let target = figure.target {
            let tenths = ReportFormat.tenthsOfPercent(figure.value, of: target)
            let width = tenths.map { min(max($0, 0), 1000) } ?? 0
            let done = tenths.map(ReportFormat.percent(tenths:)) ?? "—"
            html += "<div class=\"progress\"><span style=\"width:\(ReportFormat.percent(tenths: width))\"></span></div>\n"
            html += "<p class=\"target\">目标 \(ReportFormat.count(target)) \(unit) · 完成 <b>\(done)</b></p>\n"
        }
        var facts: [(String, String, String?)] = []
        if let earlier = figure.valueOneYearEarlier {
            let change = figure.value - earlier
            let share = ReportFormat.tenthsOfPercent(change, of: earlier)
                .map { "（" + ($0 > 0 ? "+" : "") + ReportFormat.percent(tenths: $0) + "）" } ?? ""
            facts.append(("较上年同期", ReportFormat.signed(change) + share, change > 0 ? "up" : change < 0 ? "down" : nil))
        }
        if let projected = figure.projected {
            facts.append(("期末预计", "\(ReportFormat.count(projected)) \(unit)", nil))
        }
        if let due = figure.due { facts.append(("目标期限", due.iso, nil)) }
        if !facts.isEmpty {
            html += "<dl>"
            html += facts.map { label, value, tone in
                "<div><dt>\(label)</dt><dd\(tone.map { " class=\"\($0)\"" } ?? "")>\(value)</dd></div>"
            }.joined()
            html += "</dl>\n"
        }
        if let onTrack = figure.onTrack {
            html += onTrack ? "<span class=\"pill ok\">进度正常</span>\n" : "<span class=\"pill late\">进度滞后</span>\n"
        }
        return html + "</article>\n"
    }
}
