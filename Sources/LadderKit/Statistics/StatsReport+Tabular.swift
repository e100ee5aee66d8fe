/// `ladder stats` as a table, CSV, JSON or NDJSON: rows carry the group's code, name and count.
extension StatsReport {
    public var tabular: Tabular {
        var table = Tabular(title: title, heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
                            columns: columns)
        for row in rows {
            var values: [Tabular.Value] = [.text(row.code), .text(row.name), .int(row.count)]
            switch grouping {
            case .tier: values.append(.int(row.positions[Tier(rawValue: row.code)!] ?? 0))
            case .position: break
            case .city, .county, .field:
                if tier == nil { values += Tier.allCases.map { .int(row.positions[$0] ?? 0) } }
            }
            table.append(values)
        }
        table.footer = footer
        return table
    }

    var title: String {
        let region = self.region.map { StatsText.inRegion.text(["region": $0.name]) } ?? ""
        let tier = self.tier?.label()
        switch grouping {
        case .tier:
            return StatsText.titleByTier.text(["region": region])
        case .position:
            guard let tier else { return StatsText.titlePositions.text(["region": region]) }
            return StatsText.titlePositionsAmong.text(["tier": tier, "region": region])
        case .city, .county, .field:
            let grouping = groupedBy == "county" ? StatsText.byCounty : grouping == .field ? .byField : .byCity
            guard let tier else { return StatsText.titleOnLadder.text(["region": region, "grouping": grouping.text()]) }
            return StatsText.titleHolding.text(["tier": tier, "region": region, "grouping": grouping.text()])
        }
    }

    var columns: [Tabular.Column] {
        let head: [Tabular.Column] = [.init("code", StatsText.columnCode.text()), .init("name", StatsText.columnName.text())]
        switch grouping {
        case .tier:
            return head + [.init("count", StatsText.columnHolding.text(), alignment: .right),
                           .init("at_position", StatsText.columnAtPosition.text(), alignment: .right)]
        case .position:
            return head + [.init("count", StatsText.columnCount.text(), alignment: .right)]
        case .city, .county, .field:
            guard tier == nil else { return head + [.init("count", StatsText.columnCount.text(), alignment: .right)] }
            return head + [.init("count", StatsText.columnFirms.text(), alignment: .right)]
                + Tier.allCases.map { .init($0.rawValue, $0.heading(), alignment: .right) }
        }
    }

    var footer: [String] {
        var lines = [StatsText.total.text(["firms": ProseFormat.firms(total)])]
        if grouping == .tier, tier == nil { lines.append(StatsText.totalNote.text()) }
        return lines
    }
}
