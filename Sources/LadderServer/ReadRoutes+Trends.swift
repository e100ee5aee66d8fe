import Hummingbird
import LadderKit

/// Counts over time: `series`, `cohort`, `funnel`, and the plan `targets`.
extension ReadRoutes {
    func series(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "from", "to", "every", "by", "region"] + ReadRoutes.times,
                              now: settings.clock())
        let tier = try query.requiredTier()
        guard let from = try query.month("from") else { throw APIError(.badRequest, "from is missing; give the first month, e.g. from=2024-01") }
        // As the CLI: the last month defaults to the month of the as-of day.
        let to = try query.month("to") ?? YearMonth(query.times.day)
        guard from <= to else { throw APIError(.badRequest, "from \(from) is after to \(to); give the earlier month first") }
        guard (to.year - from.year) * 12 + to.month - from.month < ReadRoutes.seriesMonths else {
            throw APIError(.badRequest, "from \(from) to \(to) is more than \(ReadRoutes.seriesMonths / 12) years; ask for fewer")
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
        guard from != to else { throw APIError(.badRequest, "from and to are both \(from.rawValue); name two tiers") }
        guard from < to else {
            throw APIError(.badRequest, "from \(from.rawValue) is above to \(to.rawValue) on the ladder; the funnel runs "
                + "from a lower tier to a higher one (e.g. from=tsme&to=hnte)")
        }
        let report = try registry.funnel(from: from, to: to, withinYears: try query.int("within", in: 1...100, unit: "years"),
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
