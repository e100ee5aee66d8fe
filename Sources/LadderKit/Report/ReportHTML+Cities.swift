extension ReportHTML {
    static func citiesAside(_ content: ReportContent) -> String? {
        content.validByCity.isEmpty ? nil : ReportText.citiesTotal.text(in: content.language, [
            "firms": ProseFormat.firms(content.validByCity.reduce(0) { $0 + $1.count }, in: content.language),
        ])
    }

    /// Horizontal bars, one per region in the order given, each labelled with its count and
    /// share of the total.
    static func cityChart(_ content: ReportContent) -> String {
        let label = HTMLText.escape(ReportText.citiesChart.text(in: content.language, ["place": content.placeLevel]))
        let rows = content.validByCity
        guard !rows.isEmpty else { return empty(content.language) }
        let total = rows.reduce(0) { $0 + $1.count }
        let largest = max(rows.map(\.count).max() ?? 0, 1)
        let width = 1000.0, labelWidth = 96.0, valueRoom = 160.0, pitch = 30.0, barHeight = 18.0, top = 4.0
        let barMax = width - labelWidth - valueRoom
        let height = top * 2 + pitch * Double(rows.count)
        let color = Tier.hnte.reportColor
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\" "
            + "role=\"img\" aria-label=\"\(label)\">\n"
        for (index, row) in rows.enumerated() {
            let y = top + pitch * Double(index)
            let middle = SVGNumber.text(y + pitch / 2)
            let bar = Double(max(row.count, 0)) / Double(largest) * barMax
            if index % 2 == 0 {
                svg += "<rect x=\"0\" y=\"\(SVGNumber.text(y))\" width=\"\(SVGNumber.text(width))\" "
                    + "height=\"\(SVGNumber.text(pitch))\" fill=\"#f7f9fb\"/>"
            }
            svg += "<text x=\"\(SVGNumber.text(labelWidth - 12))\" y=\"\(middle)\" dy=\"0.35em\" text-anchor=\"end\">"
                + "\(HTMLText.escape(row.name))</text>"
            svg += "<rect x=\"\(SVGNumber.text(labelWidth))\" y=\"\(SVGNumber.text(y + (pitch - barHeight) / 2))\" "
                + "width=\"\(SVGNumber.text(bar))\" height=\"\(SVGNumber.text(barHeight))\" rx=\"2\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(SVGNumber.text(labelWidth + bar + 8))\" y=\"\(middle)\" dy=\"0.35em\">"
                + "<tspan font-weight=\"600\">\(ReportFormat.count(row.count))</tspan>"
                + "<tspan class=\"tick\" dx=\"6\">\(ReportFormat.percent(row.count, of: total))</tspan></text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(SVGNumber.text(labelWidth))\" y1=\"\(SVGNumber.text(top))\" "
            + "x2=\"\(SVGNumber.text(labelWidth))\" y2=\"\(SVGNumber.text(height - top))\"/>\n"
        return svg + "</svg>\n"
    }
}
