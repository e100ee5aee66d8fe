/// Expiring, lapsed and export lists as tables: firm, place, qualification, and who to call.
extension ListingReport {
    public var tabular: Tabular {
        let subject = (tier?.label() ?? ListText.everyTier.text()) + Region.inTitle(region)
        let title: String
        let day = ProseFormat.day(asOf)
        var columns: [Tabular.Column] = [.init("credit_code", "统一社会信用代码"), .init("name", ListText.columnName.text()),
                                         .init("city", ListText.columnCity.text())]
        let tierColumn = Tabular.Column("tier", ListText.columnTier.text()).labelled(Tier.headings)
        switch kind {
        case let .expiring(days, year):
            title = year.map { ListText.expiringInYear.text(["subject": subject, "day": day, "year": $0]) }
                ?? ListText.expiringWithin.text(["subject": subject, "day": day, "days": days ?? 90])
            columns += [tierColumn, .init("number", ListText.columnNumber.text()),
                        .init("last_valid_day", ListText.columnLastValidDay.text()),
                        .init("days_left", ListText.columnDaysLeft.text(), alignment: .right),
                        .init("contact", ListText.columnContact.text()), .init("phone", ListText.columnPhone.text())]
        case let .lapsed(since, window, pending):
            title = (pending ? ListText.lapsedPending : .lapsed).text(["subject": subject, "since": ProseFormat.day(since),
                                                                                "window": window])
            columns += [tierColumn, .init("number", ListText.columnNumber.text()), .init("start", ListText.columnStart.text()),
                        .init("end", ListText.columnEnd.text()), .init("renew_by", ListText.columnRenewBy.text()),
                        .init("contact", ListText.columnContact.text()), .init("phone", ListText.columnPhone.text())]
        case .export:
            title = ListText.holding.text(["subject": subject, "day": day])
            columns += [.init("county", ListText.columnCounty.text()), .init("number", ListText.columnNumber.text()),
                        .init("start", ListText.columnStart.text()), .init("end", ListText.columnEnd.text())]
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
        table.footer = [TableText.rows.text(["count": rows.count])]
        return table
    }
}
