import Foundation
import Hummingbird
import LadderKit

/// 查找 `/firms?q=` (the API's `find`, in the account's region) and 企业 `/firms/{code}` (the
/// API's `enterprises/{code}` with its eligibility and facts), refusing a firm outside the region
/// with a page that says where it is.
extension PageRoutes {
    static let findLimit = 50

    func find(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["q", "region", "lang"] + ReadRoutes.times, now: settings.clock())
        let text = query.text("q") ?? ""
        var values: [String: Any] = ["q": text]
        let title = PageText.findTitle.text()
        guard !text.isEmpty else { return .page(template: "find", title: title, values: values) }
        let region = try pageRegion(query, account: account)
        let search = try registry.find(text, asOf: query.times.day, knownAt: query.times.moment, limit: PageRoutes.findLimit,
                                       region: region)
        if search.refusal != nil {
            values["refusal"] = PageText.findRefused.text()
            return .page(status: .badRequest, template: "find", title: title, values: values)
        }
        if search.matches.isEmpty, search.outside > 0, case let .code(code)? = try? FirmQuery(text) {
            try checkScope(account, profile: try registry.profile(of: code.text, asOf: query.times.day, knownAt: query.times.moment))
        }
        if search.matches.isEmpty {
            values["nothing"] = PageText.nothingFound.text(["text": text])
            values["hasNearest"] = region == nil && !search.nearest.isEmpty
            values["nearest"] = region == nil ? search.nearest : []
        } else {
            values["foundLine"] = PageText.found.text(["count": search.total])
            if search.truncated { values["truncatedLine"] = PageText.foundTruncated.text(["count": search.matches.count]) }
        }
        if search.outside > 0 { values["outsideLine"] = PageText.outsideRegion.text(["count": search.outside]) }
        values["results"] = search.matches.map { match -> [String: Any] in
            var row: [String: Any] = ["code": match.code.text, "href": PageRoutes.firmHref(match.code.text, request: request),
                                      "name": match.name, "place": PageRoutes.place(match.location)]
            if !match.formerNames.isEmpty {
                row["former"] = PageText.formerNames.text(["names": match.formerNames.joined(separator: "、")])
            }
            row.merge(PageRoutes.position(match.position)) { a, _ in a }
            return row
        }
        return .page(template: "find", title: "\(text) · \(title)", values: values)
    }

    func firm(_ request: Request, context: ServerContext, account: Account, posted: PostedAction? = nil,
              status: HTTPResponse.Status = .ok) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "done"] + ReadRoutes.times, now: settings.clock())
        let (day, moment) = (query.times.day, query.times.moment)
        let whole = try registry.profile(of: try context.firmInPath(), asOf: day, knownAt: moment)
        try checkScope(account, profile: whole)
        let profile = whole.seen(from: account.region)
        let code = profile.enterprise.creditCode.text
        var values: [String: Any] = [
            "code": code, "name": profile.name, "place": PageRoutes.place(profile.location),
            "placeLabel": PageText.placeOn.text(["day": day.iso]),
            "asOfLine": PageText.asOfLine.text(["day": day.iso, "known": PageRoutes.known(request, moment)]),
            "names": profile.names.map { entry in
                entry.from.map { ShowText.nameFrom.text(["name": entry.name, "day": $0.iso]) } ?? entry.name
            },
        ]
        values.merge(PageRoutes.position(profile.position)) { a, _ in a }
        let fields = profile.enterprise.profile
        values["profile"] = [(ShowText.founded, fields.founded?.iso), (ShowText.field, fields.field),
                             (ShowText.contact, fields.contact)].compactMap { label, value in
            value.map { ["label": label.text(), "value": $0] }
        } + (fields.phone.map { [["label": PageText.phone.text(), "value": $0]] } ?? [])
        let qualifications = profile.qualifications.map { PageRoutes.qualificationRow($0.qualification, status: $0.status) }
        values["qualifications"] = qualifications
        values["hasQualifications"] = !qualifications.isEmpty
        let events = profile.timeline.map { PageRoutes.eventRow($0.event, voidedBy: $0.voidedBy) }
        values["events"] = events
        values["hasEvents"] = !events.isEmpty
        values["eligibilityIntro"] = PageText.eligibilityIntro.text(["day": day.iso])
        values["checks"] = try Tier.allCases.map { tier in
            PageRoutes.checkRow(try registry.check(code, tier: tier, asOf: day, knownAt: moment))
        }
        values.merge(try factsTable(code, knownAt: moment, stays: profile.shownStays)) { a, _ in a }
        // The actions this account may take on the firm today, and what the last one did.
        values["actions"] = actionSection(code: code, timeline: profile.timeline, account: account, posted: posted)
        values["doneLine"] = PageRoutes.doneLine(query.text("done"))
        return .page(status: status, template: "firm", title: profile.name, values: values)
    }

    /// A firm placed outside the account's region on the day asked: a 403 page saying where it is,
    /// decided by `Scope` as for the API.
    func checkScope(_ account: Account, profile: EnterpriseProfile) throws {
        try PageProblem.forbidding { try Scope.check(account, profile: profile) }
    }

    /// The region a page covers (`region=` within the account's, else the account's), refused by
    /// `Scope` as for the API.
    func pageRegion(_ query: ReadRoutes.Query, account: Account) throws -> Region? {
        let asked = try ReadRoutes.region(query.parameters["region"].flatMap { $0.isEmpty ? nil : $0 })
        return try PageProblem.forbidding { try Scope.region(for: account, asked: asked) }
    }

    /// The facts by year; seen from a region, only the years the firm lay in it on some day.
    private func factsTable(_ code: String, knownAt: Moment, stays: Stays?) throws -> [String: Any] {
        let byYear = try registry.facts(of: code, knownAt: knownAt).byYear
        let years = byYear.keys.sorted().filter { year in
            guard let stays, let first = Day(year: year, month: 1, day: 1) else { return true }
            return stays.overlaps(first, through: Day(year: year, month: 12, day: 31))
        }
        let perYear = years.map { FactsText.fields(of: byYear[$0]!) }
        var keys: [String] = []
        for list in perYear { for (key, _) in list where !keys.contains(key) { keys.append(key) } }
        let rows = keys.map { key -> [String: Any] in
            ["label": PageRoutes.factLabel(key),
             "values": perYear.map { list in list.first { $0.key == key }.map { PageRoutes.figure($0.value) } ?? "" }]
        }
        return ["years": years.map(String.init), "hasYears": !years.isEmpty, "facts": rows]
    }
}
