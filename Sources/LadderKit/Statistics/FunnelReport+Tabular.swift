/// `ladder funnel` as one row per year of first entry.
extension FunnelReport {
    public var tabular: Tabular {
        let limit = withinYears.map { TrendText.within.text(["count": $0]) } ?? ""
        var table = Tabular(
            title: TrendText.funnelTitle.text(["from": from.label(), "to": to.label(), "within": limit,
                                               "region": Region.inTitle(region)]),
            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
            columns: [.init("year", TrendText.columnFirst.text(["tier": from.heading()])),
                      .init("entered", TrendText.columnEntered.text(), alignment: .right),
                      .init("reached", TrendText.columnReached.text(["tier": to.heading()]), alignment: .right),
                      .init("rate", TrendText.columnRate.text(), alignment: .right),
                      .init("median_days", TrendText.columnMedianDays.text(), alignment: .right)])
        for row in rows {
            table.append([.int(row.year), .int(row.entered), .int(row.reached),
                          row.rateTenths.map { .decimal(Double($0) / 10, digits: 1) } ?? .null,
                          row.medianDays.map { .decimal($0, digits: 1) } ?? .null])
        }
        table.footer = [TrendText.funnelNote.text(["from": from.heading(), "to": to.heading(), "within": limit])]
        return table
    }
}
