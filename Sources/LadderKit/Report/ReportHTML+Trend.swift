extension ReportHTML {
    /// Colours for series without a tier.
    static let neutralPalette = ["#5b4fc4", "#4d7c2a", "#8a6d3b", "#607d8b"]

    static func trendAside(_ content: ReportContent) -> String? {
        let months = trendMonths(content.monthlyTrend)
        guard let first = months.first, let last = months.last else { return nil }
        let language = content.language
        return (first == last ? first : ReportText.trendSpan.text(in: language, ["first": first, "last": last]))
            + " · " + ReportText.trendUnit.text(in: language)
    }

    static func trendMonths(_ series: [TrendSeries]) -> [String] {
        Array(Set(series.flatMap { $0.points.map(\.month) })).sorted()
    }

    /// One line per series on a shared axis from zero, a legend on top, and each line's latest
    /// value at its end (nudged apart so small series stay readable).
    static func trendChart(_ content: ReportContent) -> String {
        let series = content.monthlyTrend.filter { !$0.points.isEmpty }
        guard !series.isEmpty else { return empty(content.language) }
        let months = trendMonths(series)
        let column = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let axis = ChartAxis(maxValue: series.flatMap { $0.points.map(\.count) }.max() ?? 0)
        let width = 1000.0, height = 380.0, left = 64.0, right = width - 112, top = 52.0, bottom = height - 40
        func x(_ month: String) -> Double {
            let i = Double(column[month] ?? 0)
            return months.count == 1 ? (left + right) / 2 : left + (right - left) * i / Double(months.count - 1)
        }
        func y(_ value: Int) -> Double { bottom - axis.offset(value, length: bottom - top) }
        let colors = series.enumerated().map { index, s in
            s.tier?.reportColor ?? neutralPalette[index % neutralPalette.count]
        }

        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\" "
            + "role=\"img\" aria-label=\"\(ReportText.trendChart.text(in: content.language))\">\n"
        svg += trendLegend(series.map(\.name), colors: colors, left: left)
        for tick in axis.ticks {
            let ty = SVGNumber.text(y(tick))
            svg += "<line class=\"grid\" x1=\"\(SVGNumber.text(left))\" y1=\"\(ty)\" x2=\"\(SVGNumber.text(right))\" y2=\"\(ty)\"/>"
            svg += "<text class=\"tick\" x=\"\(SVGNumber.text(left - 10))\" y=\"\(ty)\" dy=\"0.35em\" text-anchor=\"end\">"
                + "\(ReportFormat.count(tick))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(SVGNumber.text(left))\" y1=\"\(SVGNumber.text(bottom))\" "
            + "x2=\"\(SVGNumber.text(right))\" y2=\"\(SVGNumber.text(bottom))\"/>\n"
        let every = [1, 2, 3, 4, 6, 12, 24].first { (months.count + $0 - 1) / $0 <= 12 } ?? 36
        let last = months.count - 1
        // Ticks count back from the latest month, so it always has a label.
        for (index, month) in months.enumerated() where (last - index) % every == 0 {
            let tx = SVGNumber.text(x(month))
            svg += "<line class=\"axis\" x1=\"\(tx)\" y1=\"\(SVGNumber.text(bottom))\" x2=\"\(tx)\" y2=\"\(SVGNumber.text(bottom + 5))\"/>"
            svg += "<text class=\"tick\" x=\"\(tx)\" y=\"\(SVGNumber.text(bottom + 22))\" text-anchor=\"middle\">"
                + "\(HTMLText.escape(month))</text>\n"
        }
        for (index, s) in series.enumerated() {
            let points = s.points.map { "\(SVGNumber.text(x($0.month))),\(SVGNumber.text(y($0.count)))" }
            svg += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(colors[index])\" "
                + "stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n"
            if let last = s.points.last {
                svg += "<circle cx=\"\(SVGNumber.text(x(last.month)))\" cy=\"\(SVGNumber.text(y(last.count)))\" r=\"4\" "
                    + "fill=\"#fff\" stroke=\"\(colors[index])\" stroke-width=\"2\"/>\n"
            }
        }
        let ends = series.map { $0.points.last! }
        let labelY = spreadApart(ends.map { y($0.count) }, gap: 16, lowest: top, highest: bottom)
        for (index, end) in ends.enumerated() {
            svg += "<text x=\"\(SVGNumber.text(x(end.month) + 10))\" y=\"\(SVGNumber.text(labelY[index]))\" dy=\"0.35em\" "
                + "fill=\"\(colors[index])\" font-weight=\"600\">\(ReportFormat.count(end.count))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private static func trendLegend(_ names: [String], colors: [String], left: Double) -> String {
        var svg = ""
        var x = left
        for (index, name) in names.enumerated() {
            svg += "<rect x=\"\(SVGNumber.text(x))\" y=\"12\" width=\"18\" height=\"4\" rx=\"2\" fill=\"\(colors[index])\"/>"
            svg += "<text x=\"\(SVGNumber.text(x + 24))\" y=\"14\" dy=\"0.35em\">\(HTMLText.escape(name))</text>\n"
            // About 7.5 units per display column at 15px, the larger print size.
            x += 24 + Double(DisplayWidth.of(name)) * 7.5 + 28
        }
        return svg
    }

    /// Moves label positions (in any order) apart by at least `gap`, within `lowest...highest`,
    /// keeping their order; returns them in the input order.
    static func spreadApart(_ positions: [Double], gap: Double, lowest: Double, highest: Double) -> [Double] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var placed = order.map { positions[$0] }
        for i in placed.indices.dropFirst() where placed[i] - placed[i - 1] < gap {
            placed[i] = placed[i - 1] + gap
        }
        var limit = highest
        for i in placed.indices.reversed() {
            placed[i] = min(placed[i], limit)
            limit = placed[i] - gap
        }
        if let first = placed.first, first < lowest {
            let shift = lowest - first
            placed = placed.map { $0 + shift }
        }
        var result = positions
        for (rank, index) in order.enumerated() { result[index] = placed[rank] }
        return result
    }
}
