/// `ladder candidates`: the firms, or their counts by city (all 12 reporting regions listed).
public enum CandidatesText {
    public static func render(_ search: CandidateSearch, tier: Tier, byCity: Bool, heading: String,
                              format: OutputFormat) -> String {
        let candidates = search.candidates
        let title = "candidates for \(tier.rawValue) \(tier.chineseName)" + Region.inTitle(search.region)
        if byCity {
            var table = Tabular(title: title, heading: heading, columns: [
                .init("code"), .init("name", "region"), .init("not_held", "not held", alignment: .right),
                .init("ends_this_year", "ends this year", alignment: .right), .init("count", alignment: .right),
            ])
            let regions = ReportingRegion.reporting + Set(candidates.map(\.region)).subtracting(ReportingRegion.reporting).sorted()
            for region in regions {
                let here = candidates.filter { $0.region == region }
                table.append([.text(region.code), .text(region.name), .int(here.filter { $0.reason == .notHeld }.count),
                              .int(here.filter { $0.reason == .endsThisYear }.count), .int(here.count)])
            }
            table.footer = ["total \(candidates.count)", checkedLine(search)]
            return table.render(format)
        }
        var table = Tabular(title: title, heading: heading, columns: [
            .init("credit_code", "统一社会信用代码"), .init("name", "企业名称"), .init("city", "region"),
            .init("reason"), .init("ends"), .init("score", alignment: .right),
        ])
        for c in candidates {
            table.append([.text(c.creditCode.text), .text(c.name), .text(c.region.name), .text(c.reason.rawValue),
                          c.ends.map { .text($0.iso) } ?? .null, c.score.map(\.tabularValue) ?? .null])
        }
        table.footer = ["\(candidates.count) firm(s)", checkedLine(search)]
        return table.render(format)
    }

    /// Why the others are not candidates: checked, failing, and lacking which facts.
    static func checkedLine(_ search: CandidateSearch) -> String {
        var line = "of \(search.checked) firm(s) with facts checked, \(search.notEligible) do not meet the rules and "
            + "\(search.insufficientData) lack facts"
        let missing = search.mostMissing(5)
        if !missing.isEmpty {
            line += " (most often: " + missing.map { "\($0.fact) \($0.firms)" }.joined(separator: ", ")
                + "; enter them with `ladder facts set` or import a facts file)"
        }
        return line
    }
}
