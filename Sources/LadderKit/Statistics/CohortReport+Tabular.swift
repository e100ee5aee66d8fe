/// `ladder cohort` as rows of a year (and region): what became of the qualifications issued then.
extension CohortReport {
    public var tabular: Tabular {
        let window = statistics.recertificationWindowDays
        var columns: [Tabular.Column] = [.init("year", TrendText.columnYear.text())]
        if byCity { columns += [.init("code", TrendText.columnCode.text()), .init("name", TrendText.columnName.text())] }
        let counts: [(String, TrendText)] = [("issued", .columnIssued), ("valid", .columnValid), ("revoked", .columnRevoked),
                                             ("ended", .columnEnded), ("recertified", .columnRecertified),
                                             ("lapsed", .columnLapsed), ("pending", .columnPending),
                                             ("retention", .columnRetention)]
        columns += counts.map { .init($0.0, $0.1.text(), alignment: .right) }
        let title = TrendText.cohortTitle.text(["tier": tier.label(), "region": Region.inTitle(region),
                                                "byCity": byCity ? TrendText.byCity.text() : ""])
        var table = Tabular(title: title,
                            heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy), columns: columns)
        for row in rows {
            var values: [Tabular.Value] = [.int(row.year)]
            if let region = row.region { values += [.text(region.code), .text(region.name)] }
            values += [.int(row.issued), .int(row.valid), .int(row.revoked), .int(row.ended), .int(row.recertified),
                       .int(row.lapsed), .int(row.pending),
                       row.retentionTenths.map { .decimal(Double($0) / 10, digits: 1) } ?? .null]
            table.append(values)
        }
        table.footer = [TrendText.cohortEnded.text(["window": window]), TrendText.cohortLapsed.text()]
        return table
    }
}
