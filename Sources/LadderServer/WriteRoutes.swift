import Foundation
import Hummingbird
import LadderKit

/// The writes, with `ladder`'s fields and rules: a firm added, its events recorded (admit, certify,
/// select, revoke, rename, relocate), its facts set, an event voided. Each is made by an editor (or
/// admin) whose region holds the firm on the day the write is about, and recorded under the
/// account's name and the client's address.
struct WriteRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        router.post("/api/v1/enterprises") { request, context in try await addEnterprise(request, context: context) }
        router.post("/api/v1/enterprises/:code/facts") { request, context in try await setFacts(request, context: context) }
        router.post("/api/v1/events/:id/void") { request, context in try await void(request, context: context) }
        for action in EventAction.allCases {
            router.post("/api/v1/enterprises/:code/\(action.rawValue)") { request, context in
                try await record(action, request, context: context)
            }
        }
    }

    /// A write's parsed request: what to record once the firm is known and in scope.
    typealias EventWrite = (CreditCode, WriteContext) throws -> WriteOutcome

    /// One event on one firm: the body parsed first (400), then the firm found (404) and placed on
    /// `day` within the account's region (403), then recorded (201), found already recorded (200) or
    /// refused by the rules (422).
    func recordEvent(_ request: Request, _ context: ServerContext, action: String, fields: [String], overridable: Bool,
                     parse: (Body) throws -> (day: Day, write: EventWrite)) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        let query = try context.firmInPath()
        let body = try await Body(request, fields: fields + ["document", "note"] + (overridable ? ["override"] : []))
        let (day, write) = try parse(body)
        let now = settings.clock()
        let client = ClientAddress.of(request, context: context, trustProxy: settings.trustProxy)
        let document = try body.text("document"), note = try body.text("note")
        let override = overridable ? try body.text("override") : nil
        return try await WriteRoutes.refusing {
            let code = try checkWrite(account, firm: query, on: day, now: now)
            let outcome = try write(code, WriteContext(
                operatorName: account.name, at: now, command: "POST /api/v1/enterprises/\(code.text)/\(action)",
                document: document, note: note, override: override, clientAddress: client, operatorID: account.id))
            return APIError.json(status: outcome.isRecorded ? .created : .ok, body: WriteDocument(outcome))
        } alreadyRecorded: { error in
            APIError.json(status: .ok, body: WriteDocument(alreadyRecorded: error))
        }
    }

    /// A write about `day` needs the firm in the account's region on that day and today: a firm
    /// that has since moved away is its new region's to change, even about its past.
    func checkWrite(_ account: Account, firm query: String, on day: Day, now: Moment) throws -> CreditCode {
        let then = try registry.profile(of: query, asOf: day, knownAt: now)
        try Scope.check(account, profile: then)
        let code = then.enterprise.creditCode
        let today = ChinaTime.day(of: now)
        if today != day { try Scope.check(account, profile: try registry.profile(of: code.text, asOf: today, knownAt: now)) }
        return code
    }

    static func division(_ text: String) throws -> RegionCode {
        if let named = RegionCode.named(text) { return named }
        do {
            return try RegionCode(text)
        } catch {
            throw APIError(.badRequest, ServeInputText.badWriteRegion.text(["value": text, "reason": error.description]))
        }
    }

    static func zone(_ text: String) throws -> Zone {
        guard let zone = Zone(rawValue: text) else {
            throw APIError(.badRequest, ServeInputText.badZone.text(["value": text]))
        }
        return zone
    }
}

extension WriteOutcome {
    var isRecorded: Bool {
        if case .recorded = self { return true }
        return false
    }
}
