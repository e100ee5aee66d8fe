extension ReportHTML {
    /// One row per issue year; the retention cell is coloured on a five-step scale (shown in
    /// a legend) so weak cohorts stand out in print as on screen.
    static func cohortTable(_ content: ReportContent) -> String {
        let language = content.language
        guard !content.cohorts.isEmpty else { return empty(language) }
        let numbers: [ReportText] = [.cohortIssued, .cohortValid, .cohortRecertified, .cohortRevoked, .cohortLapsed,
                                     .cohortPending, .retention]
        var html = "<table>\n<thead><tr><th>\(ReportText.cohortYear.text(in: language))</th>"
            + numbers.map { "<th class=\"n\">\($0.text(in: language))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
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
            html += "<tr><td>\(ReportText.year.text(in: language, ["year": row.issueYear]))</td>\(cells)\(retention)</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let steps = ["&lt; 50%", "50–70%", "70–80%", "80–90%", "≥ 90%"].enumerated().map { index, label in
            "<li><i class=\"h\(index + 1)\"></i>\(label)</li>"
        }
        return html + "<ul class=\"legend\"><li>\(ReportText.retentionLegend.text(in: language))</li>\(steps.joined())</ul>\n"
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
