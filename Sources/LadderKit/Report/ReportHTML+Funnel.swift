extension ReportHTML {
    /// Per admission year: a pale bar for the firms admitted and, over it, a dark bar for those
    /// that later reached 高企 or above, labelled with the share and the median time it took.
    static func funnelChart(_ content: ReportContent) -> String {
        let rows = content.funnel
        let language = content.language
        guard !rows.isEmpty else { return empty(language) }
        let largest = max(rows.map(\.admitted).max() ?? 0, 1)
        let width = 1000.0, labelWidth = 84.0, valueRoom = 330.0, pitch = 40.0, barHeight = 24.0, top = 34.0
        let barMax = width - labelWidth - valueRoom
        let height = top + pitch * Double(rows.count) + 4
        let admittedColor = "#bfe3de", reachedColor = Tier.hnte.reportColor
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\" "
            + "role=\"img\" aria-label=\"\(ReportText.funnelChart.text(in: language))\">\n"
        svg += "<rect x=\"\(SVGNumber.text(labelWidth))\" y=\"6\" width=\"18\" height=\"12\" rx=\"2\" fill=\"\(admittedColor)\"/>"
            + "<text x=\"\(SVGNumber.text(labelWidth + 24))\" y=\"12\" dy=\"0.35em\">\(ReportText.funnelAdmitted.text(in: language))</text>"
            + "<rect x=\"\(SVGNumber.text(labelWidth + 190))\" y=\"6\" width=\"18\" height=\"12\" rx=\"2\" fill=\"\(reachedColor)\"/>"
            + "<text x=\"\(SVGNumber.text(labelWidth + 214))\" y=\"12\" dy=\"0.35em\">\(ReportText.funnelReached.text(in: language))</text>\n"
        for (index, row) in rows.enumerated() {
            let y = top + pitch * Double(index)
            let barY = SVGNumber.text(y + (pitch - barHeight) / 2)
            let middle = SVGNumber.text(y + pitch / 2)
            let admitted = Double(max(row.admitted, 0)) / Double(largest) * barMax
            let reached = Double(min(max(row.reachedHigher, 0), max(row.admitted, 0))) / Double(largest) * barMax
            svg += "<text x=\"\(SVGNumber.text(labelWidth - 12))\" y=\"\(middle)\" dy=\"0.35em\" text-anchor=\"end\">"
                + "\(ReportText.year.text(in: language, ["year": row.admissionYear]))</text>"
            svg += "<rect x=\"\(SVGNumber.text(labelWidth))\" y=\"\(barY)\" width=\"\(SVGNumber.text(admitted))\" "
                + "height=\"\(SVGNumber.text(barHeight))\" rx=\"2\" fill=\"\(admittedColor)\"/>"
            svg += "<rect x=\"\(SVGNumber.text(labelWidth))\" y=\"\(barY)\" width=\"\(SVGNumber.text(reached))\" "
                + "height=\"\(SVGNumber.text(barHeight))\" rx=\"2\" fill=\"\(reachedColor)\"/>"
            var label = "<tspan font-weight=\"600\">\(ReportFormat.count(row.reachedHigher))</tspan>"
                + "<tspan class=\"tick\"> \(ReportText.funnelOf.text(in: language, ["count": ReportFormat.count(row.admitted)]))</tspan>"
                + "<tspan dx=\"8\" font-weight=\"600\" fill=\"\(reachedColor)\">\(ReportFormat.percent(row.reachedHigher, of: row.admitted))</tspan>"
            if let median = row.medianDays {
                label += "<tspan class=\"tick\" dx=\"8\">"
                    + "\(ReportText.funnelMedian.text(in: language, ["count": ReportFormat.count(median)]))</tspan>"
            }
            svg += "<text x=\"\(SVGNumber.text(labelWidth + admitted + 10))\" y=\"\(middle)\" dy=\"0.35em\">\(label)</text>\n"
        }
        return svg + "</svg>\n"
    }
}
