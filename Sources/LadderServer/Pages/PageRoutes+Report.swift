import Foundation
import Hummingbird
import LadderKit

/// 报告 `/report?as_of=&known_at=&region=`: the HTML report `ladder report` writes, for the
/// account's region (`region=` within it) and the day asked, built by the same library call and
/// drawn by the same `ReportHTML`, with a bar of tools above it that does not print.
extension PageRoutes {
    func report(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "region"] + ReadRoutes.times, now: settings.clock())
        let (day, moment) = (query.times.day, query.times.moment)
        let region = try pageRegion(query, account: account)
        // As `ladder report` with its defaults: 24 months of trend, 90 days of expiring.
        let content = try registry.reportContent(region: region, asOf: day, knownAt: moment, generatedAt: settings.clock(),
                                                 language: Language.current)
        let tools = PageTemplates.render("reportTools", [
            "o": PageRoutes.words(PageOverviewText.self), "t": PageRoutes.words(PageText.self),
            "asOf": day.iso, "knownAt": query.text("known_at") ?? "", "region": query.text("region") ?? "",
            "ownRegion": account.region.code,
            "homeHref": PageRoutes.address("/", [("as_of", day.iso)] + PageRoutes.given(request, ["known_at", "region"])),
        ])
        return .document(ReportHTML.render(content, before: tools, extraStyle: PageRoutes.reportToolsStyle))
    }

    /// The bar's look, added to the report's own stylesheet (the report page carries its styles
    /// inline, as the file `ladder report` writes does); never printed.
    static let reportToolsStyle = """

        .report-tools { margin: 0; padding: 10px 18px; background: #13294b; color: #fff;
          font-size: 13px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-end; }
        .report-tools a { color: #fff; }
        .report-tools form { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; margin: 0; }
        .report-tools label { display: block; font-size: 12px; opacity: 0.85; }
        .report-tools input, .report-tools button { font: inherit; padding: 3px 6px; }
        .report-tools .hint { flex-basis: 100%; opacity: 0.85; margin: 0; }
        @media print { .report-tools { display: none; } }
        """
}
