import Hummingbird
import LadderKit

/// The reads: a firm (as `ladder show --format json`) and counts (as `ladder stats --format json`),
/// each within the account's scope.
struct ReadRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        router.get("/api/v1/enterprises/:code") { request, context in try enterprise(request, context: context) }
        router.get("/api/v1/stats") { request, context in try stats(request, context: context) }
    }

    private func enterprise(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let code = try context.parameters.require("code")
        let times = try QueryTimes(request.uri.queryParameters, now: settings.clock())
        let profile = try registry.profile(of: code, asOf: times.day, knownAt: times.moment)
        try Scope.check(account, profile: profile)
        return APIError.json(text: try JSONOutput.encode(ProfileDocument(profile), pretty: true))
    }

    private func stats(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = request.uri.queryParameters
        let times = try QueryTimes(query, now: settings.clock())
        let region = try Scope.region(for: account, asked: try ReadRoutes.region(query["region"]))
        let report = try registry.stats(tier: try ReadRoutes.tier(query["tier"]), by: try ReadRoutes.grouping(query["by"]),
                                        region: region, asOf: times.day, knownAt: times.moment)
        return APIError.json(text: report.tabular.render(OutputFormat.json))
    }

    static func tier(_ text: Substring?) throws -> Tier? {
        guard let text else { return nil }
        guard let tier = Tier(rawValue: String(text)) else {
            throw APIError(.badRequest, "tier '\(text)' is not one of \(Tier.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return tier
    }

    static func grouping(_ text: Substring?) throws -> StatsGrouping {
        guard let text else { return .tier }
        guard let grouping = StatsGrouping(rawValue: String(text)) else {
            throw APIError(.badRequest, "by '\(text)' is not one of \(StatsGrouping.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return grouping
    }

    static func region(_ text: Substring?) throws -> Region? {
        guard let text else { return nil }
        do {
            return try Region(parsing: String(text))
        } catch {
            throw APIError(.badRequest, "region: \(error.description)")
        }
    }
}
