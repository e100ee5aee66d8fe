import Hummingbird
import LadderKit

/// Lists of firms with contacts: `expiring`, `lapsed`, `candidates`.
extension ReadRoutes {
    func expiring(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "within", "year", "region"] + ReadRoutes.times, now: settings.clock())
        let within = try query.int("within", in: 0...36_500, unit: .unitDays), year = try query.int("year", in: ReadRoutes.years, unit: .unitYears)
        if within != nil, year != nil { throw APIError(.badRequest, ServeInputText.withinOrYear.text()) }
        let report = try registry.expiring(tier: try query.tier(), withinDays: within ?? 90, year: year,
                                           region: try query.region(for: account), asOf: query.times.day,
                                           knownAt: query.times.moment)
        return APIError.json(text: report.tabular.render(.json))
    }

    func lapsed(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "since", "pending", "region"] + ReadRoutes.times, now: settings.clock())
        let report = try registry.lapsed(tier: try query.tier(), since: try query.day("since"), pending: try query.flag("pending"),
                                         region: try query.region(for: account), asOf: query.times.day,
                                         knownAt: query.times.moment)
        return APIError.json(text: report.tabular.render(.json))
    }

    func candidates(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "category", "year", "by", "region"] + ReadRoutes.times,
                              now: settings.clock())
        let tier = try query.requiredTier()
        let category = try query.text("category").map { text in
            guard let category = ListCategory(name: text) else {
                throw APIError(.badRequest, ServeInputText.badCategory.text([
                    "value": text, "values": ListCategory.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            }
            return category
        }
        let region = try query.region(for: account), byCity = try query.byCity(within: region)
        let found = try registry.candidates(tier: tier, category: category, year: try query.int("year", in: ReadRoutes.years, unit: .unitYears),
                                            region: region, asOf: query.times.day, knownAt: query.times.moment)
        let heading = Heading.dates(asOf: query.times.day, knownAt: query.times.moment,
                                    policy: try registry.policy(knownAt: query.times.moment))
        return APIError.json(text: CandidatesText.render(found, tier: tier, byCity: byCity, heading: heading, format: .json))
    }
}
