import Foundation
import Hummingbird
import LadderKit

/// 日志 `/log`: the records of the API's `log` read (`operator`, `since`, `region`, `as_of`, in the
/// same scope: a bureau's firms on the as-of day and what its accounts recorded), newest first,
/// a page of `limit` records at a time from `offset`, with 下一页; only that page is read.
extension PageRoutes {
    static let logLimit = 50
    static let logLimits = 1...200  // 200 rows keep the page well under 200 KB
    static let logFilters = ["operator", "since", "region", "as_of"]

    func logPage(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "limit", "offset"] + PageRoutes.logFilters, now: settings.clock())
        let limit = try PageRoutes.whole(query, "limit", in: PageRoutes.logLimits) ?? PageRoutes.logLimit
        let offset = try PageRoutes.whole(query, "offset", in: 0...10_000_000) ?? 0
        let region = try pageRegion(query, account: account)
        let shown = region ?? .province
        // Only this page of the log is read, newest first, and whether older records remain.
        let (newest, more) = try registry.logPage(operatorName: query.text("operator").flatMap { $0.isEmpty ? nil : $0 },
                                                  since: try query.day("since"), region: region, asOf: query.times.day,
                                                  offset: offset, limit: limit)
        let filters = PageRoutes.given(request, PageRoutes.logFilters + ["limit"])
        let records = RecordText.records
        var values: [String: Any] = [
            "operator": query.text("operator") ?? "", "since": query.text("since") ?? "",
            "region": query.text("region") ?? "", "ownRegion": account.region.code, "asOf": query.times.day.iso,
            "limit": limit, "hasRows": !newest.isEmpty, "record": PageRoutes.words(RecordText.self), "r": PageRoutes.words(PageRecordsText.self),
        ]
        if !newest.isEmpty {
            values["shownLine"] = PageRecordsText.logShown.text(["first": ProseFormat.grouped(offset + 1),
                                                                 "last": ProseFormat.grouped(offset + newest.count)])
        }
        if more {
            values["nextHref"] = PageRoutes.address(PagePaths.log, filters + [("offset", String(offset + limit))])
        }
        if offset > 0 { values["firstHref"] = PageRoutes.address(PagePaths.log, filters) }
        values["rows"] = newest.map { entry -> [String: Any] in
            var row: [String: Any] = [
                "at": BeijingTime.stamp(entry.at), "who": entry.operatorName,
                "whoHref": PageRoutes.address(PagePaths.log, [("operator", entry.operatorName)]),
                "kind": entry.record.rawValue, "kindName": records[entry.record.rawValue] ?? entry.record.rawValue,
                "what": entry.phrases.what.text(), "source": entry.phrases.source.text(),
                "client": entry.clientAddress ?? RecordText.thisMachine.text(),
            ]
            if let code = entry.creditCode {
                row["code"] = code
                row["hasFirm"] = true
                row["href"] = PageRoutes.firmHref(code, request: request)
            }
            return row
        }
        return .page(template: "log", title: PageRecordsText.logTitle.text(["region": shown.name]), values: values)
    }

    /// A whole number of the address within `range`, or the read's refusal naming it.
    static func whole(_ query: ReadRoutes.Query, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = query.text(name), !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw PageProblem(.badRequest, title: PageText.badRequestTitle.text(), message: ServeInputText.badWholeNumber.text([
                "name": name, "value": text, "unit": PageRecordsText.unitRows.text(), "low": range.lowerBound,
                "high": range.upperBound,
            ]))
        }
        return value
    }
}
