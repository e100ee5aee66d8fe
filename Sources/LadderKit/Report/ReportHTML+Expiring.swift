extension ReportHTML {
    /// Within this many days the remaining time is highlighted.
    static let urgentDays = 30

    static func expiringAside(_ content: ReportContent) -> String? {
        let end = content.asOf.adding(days: content.expiringWindowDays)
        return "共 \(ReportFormat.count(content.expiring.count)) 家 · \(content.asOf.iso) 至 \(end.iso)"
    }

    /// Who to call: one row per qualification ending soon, in the order given.
    static func expiringTable(_ content: ReportContent) -> String {
        guard !content.expiring.isEmpty else { return empty }
        var html = "<table>\n<thead><tr><th class=\"n\">序号</th><th>企业名称</th><th>统一社会信用代码</th><th>地区</th>"
            + "<th>类别</th><th>证书/登记编号</th><th>有效期至</th><th class=\"n\">剩余天数</th><th>联系人</th>"
            + "<th>联系电话</th></tr></thead>\n<tbody>\n"
        for (index, row) in content.expiring.enumerated() {
            let days = content.asOf.days(until: row.endDay)
            let daysCell = days <= urgentDays ? "<td class=\"n soon\">\(days)</td>" : "<td class=\"n\">\(days)</td>"
            html += "<tr><td class=\"n\">\(index + 1)</td><td class=\"name\">\(HTMLText.escape(row.name))</td>"
                + "<td class=\"code\">\(HTMLText.escape(row.creditCode))</td>"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.city))</td>"
                + "<td><span class=\"badge\" style=\"background:\(row.tier.reportColor)\">\(row.tier.shortChineseName)</span></td>"
                + "<td class=\"code\">\(HTMLText.escape(row.number))</td><td class=\"nowrap\">\(row.endDay.iso)</td>\(daysCell)"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.contact ?? ""))</td>"
                + "<td class=\"nowrap\">\(HTMLText.escape(row.phone ?? ""))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
