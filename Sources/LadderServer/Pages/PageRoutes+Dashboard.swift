import Foundation
import Hummingbird
import LadderKit

/// 首页 `/`: the region's firms per tier (the figures of `ladder stats`), progress toward its
/// targets, the monthly trend, by city or county, the qualifications ending within 90 days and the
/// latest imports, on the day and knowledge asked
/// (`?as_of=&known_at=&region=`), with a link that shows the same figures later.
extension PageRoutes {
    static let expiringShown = 5
    static let importsShown = 5

    func dashboard(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "region"] + ReadRoutes.times, now: settings.clock())
        let (day, moment) = (query.times.day, query.times.moment)
        let region = try pageRegion(query, account: account)
        let shown = region ?? .province
        let tiers = try registry.stats(tier: nil, by: .tier, region: region, asOf: day, knownAt: moment)
        let places = try registry.stats(tier: nil, by: .city, region: region, asOf: day, knownAt: moment)
        let expiring = try registry.expiring(withinDays: 90, region: region, asOf: day, knownAt: moment)
        // Only imports already made at the knowledge asked: a page of an earlier moment never names a later file.
        let imports = try registry.importBatches(region: region).filter { $0.startedAt <= moment }
            .suffix(PageRoutes.importsShown).reversed()
        var values: [String: Any] = [
            "dayLine": PageText.asOfLine.text(["day": day.iso, "known": PageRoutes.known(request, moment)]),
            "asOf": day.iso, "knownAt": query.text("known_at") ?? "", "region": query.text("region") ?? "",
            "ownRegion": account.region.code,
            "permalink": "/?as_of=\(day.iso)&known_at=\(PageRoutes.encoded(moment.iso))&region=\(shown.code)",
            "cards": tiers.rows.compactMap { row -> [String: Any]? in
                guard let tier = Tier(rawValue: row.code) else { return nil }
                return ["tier": tier.rawValue, "label": PageText.validFirms.text(["tier": tier.label()]),
                        "count": row.count, "shown": ProseFormat.grouped(row.count)]
            },
            "firmsCounted": PageText.firmsCounted.text(["count": ProseFormat.grouped(tiers.total)]),
            "placeTitle": (shown == .province ? PageText.byPlace : PageText.byCounty).text(),
            "tierHeads": Tier.allCases.map { $0.heading() },
            "places": places.rows.map { row -> [String: Any] in
                ["code": row.code, "name": row.name, "count": row.count, "shown": ProseFormat.grouped(row.count),
                 "positions": Tier.allCases.map { ProseFormat.grouped(row.positions[$0] ?? 0) }]
            },
        ]
        let soon = expiring.rows.sorted { ($0.lastValidDay ?? day, $0.creditCode) < ($1.lastValidDay ?? day, $1.creditCode) }
        values["expiring"] = soon.prefix(PageRoutes.expiringShown).map { row -> [String: Any] in
            let left = row.lastValidDay.map { day.days(until: $0) }
            return ["code": row.creditCode, "href": PageRoutes.firmHref(row.creditCode, request: request), "name": row.name,
                    "tier": row.tier.rawValue, "tierName": row.tier.heading(), "number": row.number,
                    "place": PageRoutes.place(row.location), "lastDay": row.lastValidDay?.iso ?? "",
                    "daysLeft": left.map(String.init) ?? "", "soon": (left ?? 99) <= 30]
        }
        values["hasExpiring"] = !soon.isEmpty
        if !soon.isEmpty {
            values["expiringCount"] = soon.count
            values["expiringShown"] = PageText.expiringShown.text(["count": soon.count, "shown": min(soon.count, PageRoutes.expiringShown)])
        }
        values["imports"] = imports.map(PageRoutes.batchRow)
        values["hasImports"] = !imports.isEmpty
        values["countHeads"] = PageRoutes.countLabels.map { $0.text() }
        values.merge(try targetValues(region: region, day: day, moment: moment)) { a, _ in a }
        values.merge(try trendValues(region: region, day: day, moment: moment)) { a, _ in a }
        // The whole list and the report, for the same day, knowledge and region as this page.
        let pinned = [("as_of", day.iso)] + PageRoutes.given(request, ["known_at", "region"])
        values["expiringHref"] = PageRoutes.address(PagePaths.expiring, [("days", "90")] + pinned)
        values["reportHref"] = PageRoutes.address(PagePaths.report, pinned)
        values["importsHref"] = PageRoutes.address(PagePaths.imports, PageRoutes.given(request, ["region"]))
        return .page(template: "dashboard", title: PageText.dashboardTitle.text(["region": shown.name]), values: values)
    }
}
