extension ReportHTML {
    /// Within this many days the remaining time is highlighted.
    static let urgentDays = 30

    static func expiringAside(_ content: ReportContent) -> String? {
        let end = content.asOf.adding(days: content.expiringWindowDays)
        return ReportText.expiringAside.text(in: content.language, [
            "count": ReportFormat.count(content.expiring.count), "from": content.asOf.iso, "to": end.iso,
        ])
    }

    /// Who to call: one row per qualification ending soon, in the order given.
    static func expiringTable(_ content: ReportContent) -> String {
        let language = content.language
        guard !content.expiring.isEmpty else { return empty(language) }
        let headings: [(ReportText, Bool)] = [
            (.expiringSerial, true), (.expiringName, false), (.expiringCode, false), (.expiringPlace, false),
            (.expiringTier, false), (.expiringNumber, false), (.expiringEnd, false), (.expiringDaysLeft, true),
            (.expiringContact, false), (.expiringPhone, false),
        ]
        var html = "<table>\n<thead><tr>"
            + headings.map { key, number in "<th\(number ? " class=\"n\"" : "")>\(key.text(in: language))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        for (index, row) in content.expiring.enumerated() {
            let days = content.asOf.days(until: row.endDay)
            let daysCell = days <= urgentDays ? "<td class=\"n soon\">\(days)</td>" : "<td class=\"n\">\(days)</td>"
            html += "<tr><td class=\"n\">\(index + 1)</td><td class=\"name\">\(HTMLText.escape(row.name))</td>"
                + "<td class=\"code\">\(HTMLText.escape(row.creditCode))</td>"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.city))</td>"
                + "<td><span class=\"badge\" style=\"background:\(row.tier.reportColor)\">\(row.tier.heading(in: language))</span></td>"
                + "<td class=\"code\">\(HTMLText.escape(row.number))</td><td class=\"nowrap\">\(row.endDay.iso)</td>\(daysCell)"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.contact ?? ""))</td>"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.phone ?? ""))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
