extension ReportHTML {
    /// One row per issue year; the retention cell is coloured on a five-step scale (shown in
    /// a legend) so weak cohorts stand out in print as on screen.
    static func cohortTable(_ content: ReportContent) -> String {
        guard !content.cohorts.isEmpty else { return empty }
        var html = "<table>\n<thead><tr><th>发证年度</th><th class=\"n\">认定数</th><th class=\"n\">仍有效</th>"
            + "<th class=\"n\">重新认定</th><th class=\"n\">取消资格</th><th class=\"n\">到期未重新认定</th>"
            + "<th class=\"n\">到期待重新认定</th>"
            + "<th class=\"n\">留存率</th></tr></thead>\n<tbody>\n"
        for row in content.cohorts {
            let cells = [row.issued, row.stillValid, row.recertified, row.revoked, row.lapsed, row.pending]
                .map { "<td class=\"n\">\(ReportFormat.count($0))</td>" }.joined()
            let retention: String
            if let basisPoints = row.retentionBasisPoints {
                retention = "<td class=\"n heat h\(heatLevel(basisPoints: basisPoints))\">"
                    + "\(ReportFormat.percent(basisPoints: basisPoints))</td>"
            } else {
                retention = "<td class=\"n\">—</td>"
            }
            html += "<tr><td>\(row.issueYear) 年</td>\(cells)\(retention)</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let steps = ["&lt; 50%", "50–70%", "70–80%", "80–90%", "≥ 90%"].enumerated().map { index, label in
            "<li><i class=\"h\(index + 1)\"></i>\(label)</li>"
        }
        return html + "<ul class=\"legend\"><li>留存率：</li>\(steps.joined())</ul>\n"
    }

    /// 1 (< 50%) … 5 (≥ 90%).
    static func heatLevel(basisPoints: Int) -> Int {
        switch basisPoints {
        case ..<5000: return 1
        case ..<7000: return 2
        case ..<8000: return 3
        case ..<9000: return 4
        default: return 5
        }
    }
}
