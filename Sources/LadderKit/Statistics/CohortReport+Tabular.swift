/// `ladder cohort` as rows of a year (and region): what became of the qualifications issued then.
extension CohortReport {
    public var tabular: Tabular {
        let window = statistics.recertificationWindowDays
        var columns: [Tabular.Column] = [.init("year")]
        if byCity { columns += [.init("code"), .init("name")] }
        columns += [
            .init("issued", alignment: .right), .init("valid", alignment: .right),
            .init("revoked", alignment: .right), .init("ended", alignment: .right),
            .init("recertified", "re-certified", alignment: .right), .init("lapsed", alignment: .right),
            .init("pending", alignment: .right), .init("retention", "retention %", alignment: .right),
        ]
        var table = Tabular(title: "\(tier.chineseName) (\(tier.rawValue))\(Region.inTitle(region)) by year of issue" + (byCity ? ", by city" : ""),
                            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy), columns: columns)
        for row in rows {
            var values: [Tabular.Value] = [.int(row.year)]
            if let region = row.region { values += [.text(region.code), .text(region.name)] }
            values += [.int(row.issued), .int(row.valid), .int(row.revoked), .int(row.ended), .int(row.recertified),
                       .int(row.lapsed), .int(row.pending),
                       row.retentionTenths.map { .decimal(Double($0) / 10, digits: 1) } ?? .null]
            table.append(values)
        }
        table.footer = [
            "ended: ran to the end of its term by the as-of day, not revoked; re-certified: a new one started within "
                + "\(window) days of the end, either side",
            "lapsed: none did and the window has closed; pending: none yet, window still open; "
                + "retention = re-certified / (re-certified + lapsed)",
        ]
        return table
    }
}
