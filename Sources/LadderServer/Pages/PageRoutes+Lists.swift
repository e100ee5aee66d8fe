import Foundation
import Hummingbird
import LadderKit

/// 即将到期 `/expiring`, 已失效 `/lapsed`, 培育对象 `/candidates`: the rows of the API's list of
/// the same name, in the account's region (`region=` within it), filtered by `tier` and `days`,
/// sorted by a column, with the files of `ladder export` for the same filters.
extension PageRoutes {
    func listPage(_ list: PageList, request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "sort", "order"] + list.filters, now: settings.clock())
        let read = try readList(list, query: query, account: account)
        let sort = try PageListSort(key: query.text("sort"), order: query.text("order"), table: read.table)
        let shown = read.region ?? .province
        let filters = PageRoutes.given(request, list.filters)
        let pinned = PageRoutes.pinned(filters, day: read.day)
        var values: [String: Any] = [
            "path": list.path, "subject": read.table.title ?? "", "heading": read.table.heading ?? "",
            "region": query.text("region") ?? "", "ownRegion": account.region.code, "asOf": read.day.iso,
            "knownAt": query.text("known_at") ?? "", "days": query.text("days") ?? "",
            "takesDays": list.daysHint != nil, "daysHint": list.daysHint?.text() ?? "",
            "count": read.table.rows.count, "countLine": PageText.rowsCount.text(["count": read.table.rows.count]),
            "hasRows": !read.table.rows.isEmpty, "footer": read.table.footer,
            "xlsxHref": PageRoutes.address(list.path + ".xlsx", pinned), "csvHref": PageRoutes.address(list.path + ".csv", pinned),
            "permalink": PageRoutes.address(list.path, pinned + (filters.contains { $0.0 == "known_at" } ? []
                : [("known_at", query.times.moment.iso)]) + PageRoutes.sortQuery(sort)),
            "hasSort": sort.key != nil, "sort": sort.key ?? "", "order": sort.descending ? "desc" : "asc",
        ]
        values["tiers"] = (list.defaultTier == nil ? [["value": "", "label": PageText.tierAll.text(), "selected": read.tier == nil]] : [])
            + Tier.allCases.map { ["value": $0.rawValue, "label": $0.label(), "selected": read.tier == $0] }
        values["columns"] = read.table.columns.enumerated().map { index, column -> [String: Any] in
            let current = sort.key == column.key
            let next = PageListSort.Order(key: column.key, descending: current && !sort.descending)
            return ["key": column.key, "header": column.header, "numeric": column.alignment == .right,
                    "sorted": current, "arrow": sort.descending ? "▼" : "▲",
                    "ariaSort": current ? (sort.descending ? "descending" : "ascending") : "none",
                    "sortTitle": PageText.sortBy.text(["column": column.header]) + " · "
                        + (next.descending ? PageText.sortedDescending : PageText.sortedAscending).text(),
                    "sortHref": PageRoutes.address(list.path, filters + next.query)]
        }
        values["rows"] = sort.rows(of: read.table).map { row in PageRoutes.listRow(row, columns: read.table.columns, request: request) }
        let title = PageText.listTitle.text(["list": list.title.text(), "region": shown.name])
        return .page(template: "list", title: title, values: values)
    }

    func listExport(_ list: PageList, format: ExportFormat, request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang"] + list.filters, now: settings.clock())
        let read = try readList(list, query: query, account: account)
        let shown = read.region ?? .province
        let tierName = read.tier.map(\.word)
        let name = [list.title.text()] + (tierName.map { [$0] } ?? []) + [shown.name, read.day.iso]
        let ascii = [list.rawValue] + (read.tier.map { [$0.rawValue] } ?? []) + [shown.code, read.day.iso]
        return .download(PageDownload(data: try read.file(format, language: Language.current),
                                      contentType: format == .xlsx ? PageDownload.xlsxType : PageDownload.csvType,
                                      fileName: name.joined(separator: "-") + "." + format.rawValue,
                                      asciiName: PageDownload.ascii(ascii.joined(separator: "-")) + "." + format.rawValue))
    }

    /// The list's rows by the same library calls as the API's, in the page's region.
    func readList(_ list: PageList, query: ReadRoutes.Query, account: Account) throws -> PageListRead {
        let region = try pageRegion(query, account: account)
        let (day, moment) = (query.times.day, query.times.moment)
        let tier = try query.tier() ?? list.defaultTier
        switch list {
        case .expiring:
            let days = try query.int("days", in: 0...36_500, unit: .unitDays)
            let report = try registry.expiring(tier: tier, withinDays: days ?? 90, region: region, asOf: day, knownAt: moment)
            return PageListRead(table: report.tabular, report: report, tier: tier, region: region, day: day)
        case .lapsed:
            let days = try query.int("days", in: 0...36_500, unit: .unitDays)
            let report = try registry.lapsed(tier: tier, since: days.map { day.adding(days: -$0) }, region: region,
                                             asOf: day, knownAt: moment)
            return PageListRead(table: report.tabular, report: report, tier: tier, region: region, day: day)
        case .candidates:
            let tier = tier ?? .hnte
            let found = try registry.candidates(tier: tier, region: region, asOf: day, knownAt: moment)
            let heading = Heading.dates(asOf: day, knownAt: moment, policy: try registry.policy(knownAt: moment))
            return PageListRead(table: CandidatesText.tabular(found, tier: tier, heading: heading), report: nil, tier: tier,
                                region: region, day: day)
        }
    }

    /// A row's cells as the page shows them: the code and the name link to the firm, a tier is its
    /// badge, a code a cell holds shows as its words (`not_held` → 未持有).
    static func listRow(_ row: [Tabular.Value], columns: [Tabular.Column], request: Request) -> [String: Any] {
        var code = ""
        if let index = columns.firstIndex(where: { $0.key == "credit_code" }), case let .text(text) = row[index] { code = text }
        let href = code.isEmpty ? "" : firmHref(code, request: request)
        let cells = zip(columns, row).map { column, value -> [String: Any] in
            let plain = PageRoutes.plain(value)
            let linked = !href.isEmpty && (column.key == "credit_code" || column.key == "name")
            let badge = column.key == "tier" && Tier(rawValue: plain) != nil
            let css = column.alignment == .right ? "n" : column.key == "credit_code" || column.key == "number" ? "code" : ""
            return ["text": column.labels[plain] ?? plain, "href": href, "linked": linked, "badge": badge,
                    "tier": badge ? plain : "", "css": css]
        }
        return ["code": code, "cells": cells]
    }

    static func plain(_ value: Tabular.Value) -> String {
        switch value {
        case let .text(text): text
        case let .int(n): String(n)
        case let .decimal(d, digits): String(format: "%.\(digits)f", d)
        case .null: ""
        }
    }

    /// The parameters of `names` the request gave, in the order named.
    static func given(_ request: Request, _ names: [String]) -> [(String, String)] {
        names.compactMap { name in request.uri.queryParameters[Substring(name)].map { (name, String($0)) } }
    }

    /// The filters with the day the page showed, so a file or a link gives the same rows tomorrow.
    static func pinned(_ filters: [(String, String)], day: Day) -> [(String, String)] {
        filters.contains { $0.0 == "as_of" } ? filters : filters + [("as_of", day.iso)]
    }

    static func sortQuery(_ sort: PageListSort) -> [(String, String)] {
        sort.key.map { PageListSort.Order(key: $0, descending: sort.descending).query } ?? []
    }

    static func address(_ path: String, _ query: [(String, String)]) -> String {
        query.isEmpty ? path : path + "?" + query.map { encoded($0.0) + "=" + encoded($0.1) }.joined(separator: "&")
    }
}
