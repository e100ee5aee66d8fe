/// `ladder series` for people (one row per period, a column per region) and for programs (one
/// row per period and region, carrying the region's code, name and count).
extension SeriesReport {
    public func tabular(for format: OutputFormat) -> Tabular {
        let heading = Heading.periods(first: points.first?.end, last: points.last?.end, knownAt: knownAt, policy: policy)
        let stepName = step == .month ? TrendText.month : step == .quarter ? .quarter : .year
        let title = TrendText.seriesTitle.text(["tier": tier.label(), "region": Region.inTitle(region), "step": stepName.text(),
                                                "byCity": byCity ? TrendText.byCity.text() : ""])
        let head: [Tabular.Column] = [.init("period", TrendText.columnPeriod.text()), .init("end", TrendText.columnEnd.text())]
        guard byCity else {
            var table = Tabular(title: title, heading: heading,
                                columns: head + [.init("count", TrendText.columnCount.text(), alignment: .right)])
            for point in points { table.append([.text(point.label), .text(point.end.iso), .int(point.total)]) }
            return table
        }
        if format == .table {
            let columns = regions.map { Tabular.Column($0.code, $0.name, alignment: .right) }
            var table = Tabular(title: title, heading: heading,
                                columns: head + columns + [.init("total", TrendText.columnTotal.text(), alignment: .right)])
            for point in points {
                table.append([.text(point.label), .text(point.end.iso)]
                             + regions.map { .int(point.counts[$0.code] ?? 0) } + [.int(point.total)])
            }
            return table
        }
        var table = Tabular(title: title, heading: heading,
                            columns: head + [.init("code", TrendText.columnCode.text()), .init("name", TrendText.columnName.text()),
                                             .init("count", TrendText.columnCount.text(), alignment: .right)])
        for point in points {
            for region in regions {
                table.append([.text(point.label), .text(point.end.iso), .text(region.code), .text(region.name),
                              .int(point.counts[region.code] ?? 0)])
            }
        }
        return table
    }
}
