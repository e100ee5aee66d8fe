/// `ladder funnel` as one row per year of first entry.
extension FunnelReport {
    public var tabular: Tabular {
        let limit = withinYears.map { " within \($0) year\($0 == 1 ? "" : "s")" } ?? ""
        var table = Tabular(
            title: "From \(from.chineseName) (\(from.rawValue)) to \(to.chineseName) (\(to.rawValue))\(limit)"
                + Region.inTitle(region),
            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
            columns: [.init("year", "first \(from.rawValue)"), .init("entered", alignment: .right),
                      .init("reached", "reached \(to.rawValue)", alignment: .right),
                      .init("rate", "rate %", alignment: .right),
                      .init("median_days", "median days", alignment: .right)])
        for row in rows {
            table.append([.int(row.year), .int(row.entered), .int(row.reached),
                          row.rateTenths.map { .decimal(Double($0) / 10, digits: 1) } ?? .null,
                          row.medianDays.map { .decimal($0, digits: 1) } ?? .null])
        }
        table.footer = ["entered: firms whose first \(from.rawValue) started that year; reached: a \(to.rawValue) "
            + "starting on or after that day\(limit), by the as-of day"]
        return table
    }
}
