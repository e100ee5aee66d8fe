/// `ladder targets` as one row per target in force.
extension TargetReport {
    public var tabular: Tabular {
        var table = Tabular(
            title: "Targets in force" + Region.inTitle(region), heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
            columns: [.init("tier"), .init("code"), .init("name"), .init("target", alignment: .right), .init("due"),
                      .init("current", alignment: .right),
                      .init("year_before", "on \(yearBefore.iso)", alignment: .right),
                      .init("projection", alignment: .right), .init("status"), .init("set_by", "set by"),
                      .init("set_at", "set at (UTC)")])
        for row in rows {
            let t = row.target
            table.append([.text(t.tier.rawValue), .text(t.region.code), .text(t.region.name), .int(t.count),
                          .text(t.due.iso), .int(row.current), .int(row.yearBefore), .int(row.projection),
                          .text(row.status.rawValue), .text(t.operatorName), .text(String(t.recordedAt.iso.prefix(19)))])
        }
        table.footer = ["projection: the line through the counts a year apart, extended to the due day, rounded down"]
        return table
    }
}
