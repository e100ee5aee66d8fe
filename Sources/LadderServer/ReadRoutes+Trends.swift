import Hummingbird
import LadderKit

/// Counts over time: `series`, `cohort`, `funnel`, and the plan `targets`.
extension ReadRoutes {
    func series(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "from", "to", "every", "by", "region"] + ReadRoutes.times,
                              now: settings.clock())
        let tier = try query.requiredTier()
        guard let from = try query.month("from") else { throw APIError(.badRequest, ServeInputText.missingFrom.text()) }
        // As the CLI: the last month defaults to the month of the as-of day.
        let to = try query.month("to") ?? YearMonth(query.times.day)
        guard from <= to else { throw APIError(.badRequest, ServeInputText.fromAfterTo.text(["from": from, "to": to])) }
        guard (to.year - from.year) * 12 + to.month - from.month < ReadRoutes.seriesMonths else {
            throw APIError(.badRequest, ServeInputText.tooManyMonths.text(["from": from, "to": to, "years": ReadRoutes.seriesMonths / 12]))
        }
        let region = try query.region(for: account)
        let report = try registry.series(tier: tier, from: from, to: to, every: try query.choice("every", SeriesStep.self) ?? .month,
                                         byCity: try query.byCity(within: region), region: region,
                                         knownAt: query.times.moment)
        return APIError.json(text: report.tabular(for: .json).render(.json))
    }

    func cohort(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "by", "region"] + ReadRoutes.times, now: settings.clock())
        let region = try query.region(for: account)
        let report = try registry.cohort(tier: try query.tier() ?? .hnte, byCity: try query.byCity(within: region),
                                         region: region, asOf: query.times.day,
                                         knownAt: query.times.moment)
        return APIError.json(text: report.tabular.render(.json))
    }

    func funnel(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["from", "to", "within", "region"] + ReadRoutes.times, now: settings.clock())
        let from = try query.tier("from") ?? .tsme, to = try query.tier("to") ?? .hnte
        // The CLI's checks, in its words.
        guard from != to else { throw APIError(.badRequest, ServeInputText.sameTiers.text(["tier": from.rawValue])) }
        guard from < to else {
            throw APIError(.badRequest, ServeInputText.funnelDownward.text(["from": from.rawValue, "to": to.rawValue]))
        }
        let report = try registry.funnel(from: from, to: to, withinYears: try query.int("within", in: 1...100, unit: .unitYears),
                                         region: try query.region(for: account), asOf: query.times.day,
                                         knownAt: query.times.moment)
        return APIError.json(text: report.tabular.render(.json))
    }

    func targets(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["region"] + ReadRoutes.times, now: settings.clock())
        let report = try registry.targets(region: try query.region(for: account), asOf: query.times.day,
                                          knownAt: query.times.moment)
        return APIError.json(text: report.tabular.render(.json))
    }
}
