/// Expiring, lapsed and export lists as tables: firm, place, qualification, and who to call.
extension ListingReport {
    public var tabular: Tabular {
        let subject = (tier.map { "\($0.chineseName) (\($0.rawValue))" } ?? "qualifications of every tier")
            + Region.inTitle(region)
        let title: String
        var columns: [Tabular.Column] = [.init("credit_code", "统一社会信用代码"), .init("name"), .init("city")]
        switch kind {
        case let .expiring(days, year):
            title = "Valid \(subject) on \(asOf.iso) and ending " + (year.map { "in \($0)" } ?? "within \(days ?? 90) days")
            columns += [.init("tier"), .init("number"), .init("last_valid_day", "last valid day"),
                        .init("days_left", "days left", alignment: .right), .init("contact"), .init("phone")]
        case let .lapsed(since, window, pending):
            title = pending ? "Ended \(subject): from \(since.iso), not yet renewed, window of \(window) days still open"
                : "Ended \(subject): from \(since.iso) with no successor within \(window) days"
            columns += [.init("tier"), .init("number"), .init("start"), .init("end"),
                        .init("renew_by", "renew by"), .init("contact"), .init("phone")]
        case .export:
            title = "Firms holding a valid \(subject) on \(asOf.iso)"
            columns += [.init("county"), .init("number"), .init("start"), .init("end")]
        }
        var table = Tabular(title: title, heading: Heading.dates(asOf: asOf, knownAt: knownAt, policy: policy),
                            columns: columns)
        for row in rows {
            let region = row.location.reportingRegion
            var values: [Tabular.Value] = [.text(row.creditCode), .text(row.name), .text(region.name)]
            let text: (String?) -> Tabular.Value = { $0.map(Tabular.Value.text) ?? .null }
            switch kind {
            case .expiring:
                values += [.text(row.tier.rawValue), .text(row.number), text(row.lastValidDay?.iso),
                           row.lastValidDay.map { .int(asOf.days(until: $0)) } ?? .null, text(row.contact), text(row.phone)]
            case let .lapsed(_, window, _):
                values += [.text(row.tier.rawValue), .text(row.number), .text(row.start.iso), text(row.end?.iso),
                           text(row.end?.adding(days: window).iso), text(row.contact), text(row.phone)]
            case .export:
                let county = row.location.division
                values += [.text(county.name ?? county.code), .text(row.number), .text(row.start.iso),
                           text(row.end?.iso)]
            }
            table.append(values)
        }
        table.footer = ["\(rows.count) row\(rows.count == 1 ? "" : "s")"]
        return table
    }
}
