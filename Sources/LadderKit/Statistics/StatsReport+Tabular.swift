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
        let subject = tier.map { "\($0.chineseName) (\($0.rawValue))" }
        switch grouping {
        case .tier:
            return "Valid qualifications by tier" + Region.inTitle(region)
        case .position:
            return "Ladder positions (each firm once, at its highest valid tier)"
                + (subject.map { " among holders of \($0)" } ?? "") + Region.inTitle(region)
        case .city, .county, .field:
            let what = subject.map { "Firms holding a valid \($0)" }
                ?? "Firms on the ladder (any valid tier; by position = highest tier)"
            return "\(what)\(Region.inTitle(region)), by \(groupedBy)"
        }
    }

    var columns: [Tabular.Column] {
        let head: [Tabular.Column] = [.init("code"), .init("name")]
        switch grouping {
        case .tier:
            return head + [.init("count", "holding", alignment: .right),
                           .init("at_position", "at position", alignment: .right)]
        case .position:
            return head + [.init("count", alignment: .right)]
        case .city, .county, .field:
            guard tier == nil else { return head + [.init("count", alignment: .right)] }
            return head + [.init("count", "firms", alignment: .right)]
                + Tier.allCases.map { .init($0.rawValue, alignment: .right) }
        }
    }

    var footer: [String] {
        var lines = ["total: \(total) firm\(total == 1 ? "" : "s"), each counted once"]
        if grouping == .tier, tier == nil {
            lines.append("a firm holding several tiers is in each 'holding' count, and in one 'at position' count")
        }
        return lines
    }
}
