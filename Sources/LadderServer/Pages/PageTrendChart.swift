import LadderKit

/// The dashboard's monthly trend as an inline SVG bar chart: one group of four bars (one per
/// tier) a month, on a round axis. Geometry only, as SVG presentation attributes (`x`, `height`):
/// the colours come from the stylesheet's tier classes, since the CSP allows no inline style.
struct PageTrendChart {
    struct Series {
        let tier: Tier
        /// One count per month, in the order of `months`.
        let counts: [Int]
    }

    static let width = 720.0, height = 220.0
    static let left = 44.0, right = 8.0, top = 10.0, bottom = 26.0

    let months: [String]
    let series: [Series]

    /// `ticks` (y, label) and `groups` (month label, x of the label, bars with x, y, width, height,
    /// tier and a title), ready for the template.
    var values: [String: Any] {
        let axis = ChartAxis(maxValue: series.flatMap(\.counts).max() ?? 0)
        let plotWidth = PageTrendChart.width - PageTrendChart.left - PageTrendChart.right
        let plotHeight = PageTrendChart.height - PageTrendChart.top - PageTrendChart.bottom
        let baseline = PageTrendChart.top + plotHeight
        let slot = plotWidth / Double(max(months.count, 1))
        let bar = slot * 0.8 / Double(max(series.count, 1))
        let ticks = axis.ticks.map { value -> [String: Any] in
            let y = baseline - axis.offset(value, length: plotHeight)
            return ["y": SVGNumber.text(y), "labelY": SVGNumber.text(y + 4), "label": ProseFormat.grouped(value)]
        }
        let groups = months.enumerated().map { index, month -> [String: Any] in
            let start = PageTrendChart.left + slot * Double(index) + slot * 0.1
            let bars = series.enumerated().map { place, line -> [String: Any] in
                let count = line.counts[index]
                let length = axis.offset(count, length: plotHeight)
                return ["x": SVGNumber.text(start + bar * Double(place)), "y": SVGNumber.text(baseline - length),
                        "width": SVGNumber.text(bar), "height": SVGNumber.text(length), "tier": line.tier.rawValue,
                        "title": "\(month) · \(line.tier.heading()) · \(ProseFormat.grouped(count))"]
            }
            // A label under every month would crowd a phone: every other month, ending with the last.
            return ["month": month, "labelX": SVGNumber.text(start + slot * 0.4), "bars": bars,
                    "labelled": index % 2 == (months.count - 1) % 2]
        }
        return ["viewBox": "0 0 \(SVGNumber.text(PageTrendChart.width)) \(SVGNumber.text(PageTrendChart.height))",
                "axisLeft": SVGNumber.text(PageTrendChart.left), "axisRight": SVGNumber.text(PageTrendChart.width - PageTrendChart.right),
                "baseline": SVGNumber.text(baseline), "monthY": SVGNumber.text(PageTrendChart.height - 8),
                "ticks": ticks, "groups": groups]
    }
}
