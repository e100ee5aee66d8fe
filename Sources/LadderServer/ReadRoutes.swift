import Hummingbird
import LadderKit

/// The reads, each the JSON of the CLI command of the same question (`ladder show`, `stats`, `find`,
/// `series`, … `--format json`), with its options as query parameters, within the account's scope:
/// a firm placed in the account's region on the day asked, counts and lists of its region or a
/// region within it.
struct ReadRoutes {
    let registry: Registry
    let settings: ServerSettings
    /// Counts kept until the registry changes: a national `stats` costs tens of milliseconds.
    let answers: AnswerCache

    init(registry: Registry, settings: ServerSettings) {
        self.registry = registry
        self.settings = settings
        answers = AnswerCache(registry: registry)
    }

    /// The two times every dated read takes.
    static let times = ["as_of", "known_at"]
    /// The years a `year` parameter may name.
    static let years = 1949...2999
    /// The longest `series` the API counts, in months (the CLI counts any).
    static let seriesMonths = 100 * 12

    func add(to router: Router<ServerContext>) {
        router.get("/api/v1/enterprises/:code") { request, context in try enterprise(request, context: context) }
        router.get("/api/v1/stats") { request, context in try stats(request, context: context) }
        router.get("/api/v1/find") { request, context in try find(request, context: context) }
        router.get("/api/v1/series") { request, context in try series(request, context: context) }
        router.get("/api/v1/cohort") { request, context in try cohort(request, context: context) }
        router.get("/api/v1/funnel") { request, context in try funnel(request, context: context) }
        router.get("/api/v1/targets") { request, context in try targets(request, context: context) }
        router.get("/api/v1/expiring") { request, context in try expiring(request, context: context) }
        router.get("/api/v1/lapsed") { request, context in try lapsed(request, context: context) }
        router.get("/api/v1/candidates") { request, context in try candidates(request, context: context) }
        router.get("/api/v1/imports") { request, context in try imports(request, context: context) }
        router.get("/api/v1/log") { request, context in try log(request, context: context) }
    }

    private func enterprise(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let code = try context.firmInPath()
        let times = try Query(request, takes: ReadRoutes.times, now: settings.clock()).times
        let profile = try Scope.visible(account, profile: try registry.profile(of: code, asOf: times.day,
                                                                               knownAt: times.moment))
        return APIError.json(text: try JSONOutput.encode(ProfileDocument(profile), pretty: true))
    }

    private func stats(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["tier", "by", "region"] + ReadRoutes.times, now: settings.clock())
        let tier = try query.tier(), by = try query.choice("by", StatsGrouping.self) ?? .tier
        let region = try query.region(for: account)
        // Without known_at the answer is "everything recorded", the same until the registry changes.
        let known = request.uri.queryParameters["known_at"] == nil ? "now" : query.times.moment.iso
        let key = "stats \(tier?.rawValue ?? "-") \(by.rawValue) \(region?.code ?? "-") \(query.times.day.iso) \(known)"
        return APIError.json(text: try answers.answer(key) {
            try registry.stats(tier: tier, by: by, region: region, asOf: query.times.day, knownAt: query.times.moment)
                .tabular.render(OutputFormat.json)
        })
    }

    static func region(_ text: Substring?) throws -> Region? {
        guard let text else { return nil }
        do {
            return try Region(parsing: String(text))
        } catch {
            throw APIError(.badRequest, ServeInputText.badRegion.text(["reason": error.description]))
        }
    }
}
