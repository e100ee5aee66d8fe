/// `ladder candidates`: the firms, or their counts by city (all 12 reporting regions listed).
public enum CandidatesText {
    public static func render(_ search: CandidateSearch, tier: Tier, byCity: Bool, heading: String,
                              format: OutputFormat) -> String {
        let candidates = search.candidates
        let title = title(search, tier: tier)
        if byCity {
            var table = Tabular(title: title, heading: heading, columns: [
                .init("code", CandidateListText.columnCode.text()), .init("name", CandidateListText.columnRegion.text()),
                .init("not_held", CandidateListText.columnNotHeld.text(), alignment: .right),
                .init("ends_this_year", CandidateListText.columnEndsThisYear.text(), alignment: .right),
                .init("count", CandidateListText.columnCount.text(), alignment: .right),
            ])
            let regions = ReportingRegion.reporting + Set(candidates.map(\.region)).subtracting(ReportingRegion.reporting).sorted()
            for region in regions {
                let here = candidates.filter { $0.region == region }
                table.append([.text(region.code), .text(region.name), .int(here.filter { $0.reason == .notHeld }.count),
                              .int(here.filter { $0.reason == .endsThisYear }.count), .int(here.count)])
            }
            table.footer = [CandidateListText.total.text(["count": candidates.count]), checkedLine(search)]
            return table.render(format)
        }
        return tabular(search, title: title, heading: heading).render(format)
    }

    /// The candidates one per row, as `ladder candidates` lists them (and the web page shows them).
    public static func tabular(_ search: CandidateSearch, tier: Tier, heading: String) -> Tabular {
        tabular(search, title: title(search, tier: tier), heading: heading)
    }

    private static func title(_ search: CandidateSearch, tier: Tier) -> String {
        CandidateListText.title.text(["tier": Language.current == .zh ? tier.chineseName : "\(tier.rawValue) \(tier.chineseName)",
                                      "region": Region.inTitle(search.region)])
    }

    private static func tabular(_ search: CandidateSearch, title: String, heading: String) -> Tabular {
        let candidates = search.candidates
        let reasons = [Candidate.Reason.notHeld.rawValue: CandidateListText.notHeld.text(),
                       Candidate.Reason.endsThisYear.rawValue: CandidateListText.endsThisYear.text()]
        var table = Tabular(title: title, heading: heading, columns: [
            .init("credit_code", "统一社会信用代码"), .init("name", CandidateListText.columnName.text()),
            .init("city", CandidateListText.columnRegion.text()),
            Tabular.Column("reason", CandidateListText.columnReason.text()).labelled(reasons),
            .init("ends", CandidateListText.columnEnds.text()), .init("score", CandidateListText.columnScore.text(), alignment: .right),
        ])
        for c in candidates {
            table.append([.text(c.creditCode.text), .text(c.name), .text(c.region.name), .text(c.reason.rawValue),
                          c.ends.map { .text($0.iso) } ?? .null, c.score.map(\.tabularValue) ?? .null])
        }
        table.footer = [CandidateListText.firms.text(["count": candidates.count]), checkedLine(search)]
        return table
    }

    /// Why the others are not candidates: checked, failing, and lacking which facts.
    static func checkedLine(_ search: CandidateSearch) -> String {
        let missing = search.mostMissing(5)
        let most = missing.isEmpty ? "" : CandidateListText.mostOften.text(["facts": missing.map {
            CandidateListText.missingFact.text(["fact": FactText.missing($0.fact), "count": $0.firms])
        }.joined(separator: CandidateListText.separator.text())])
        return CandidateListText.checked.text(["checked": search.checked, "failing": search.notEligible,
                                               "lacking": search.insufficientData, "most": most])
    }
}
