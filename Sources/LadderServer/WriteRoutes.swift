import Foundation
import Hummingbird
import LadderKit

/// The writes. So far one: a relocation, recorded by an editor (or admin) of the region the firm is
/// in on the day it moves, under the account's name, as `ladder relocate` records it.
struct WriteRoutes {
    /// `ladder relocate`'s fields.
    struct Relocation: Decodable {
        var region: String
        var zone: String?
        var effective: String
        var document: String?
        var note: String?
    }

    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        router.post("/api/v1/enterprises/:code/relocate") { request, context in try await relocate(request, context: context) }
    }

    private func relocate(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        let code = try context.parameters.require("code")
        let body = try await request.decode(as: Relocation.self, context: context)
        guard let effective = DayParser.parse(body.effective) else {
            throw APIError(.badRequest, "effective '\(body.effective)' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
        }
        let division = try WriteRoutes.division(body.region)
        let zone = try body.zone.map { text in
            guard let zone = Zone(rawValue: text) else { throw APIError(.badRequest, "zone '\(text)' is not a zone; the only one is ganjiang (赣江新区)") }
            return zone
        }
        let now = settings.clock()
        // The source region decides: the firm must be in the account's region on the day it moves.
        let before = try registry.profile(of: code, asOf: effective, knownAt: now)
        try Scope.check(account, profile: before)
        let outcome = try registry.relocate(before.enterprise.creditCode, to: Location(division: division, zone: zone),
                                            effective: effective, context: WriteContext(
                                                operatorName: account.name, at: now,
                                                command: "POST /api/v1/enterprises/\(before.enterprise.creditCode.text)/relocate",
                                                document: body.document, note: body.note))
        return APIError.json(status: outcome.isRecorded ? .created : .ok, body: WriteDocument(outcome))
    }

    static func division(_ text: String) throws -> RegionCode {
        if let named = RegionCode.named(text) { return named }
        do {
            return try RegionCode(text)
        } catch {
            throw APIError(.badRequest, "region: \(error.description)")
        }
    }
}

extension WriteOutcome {
    var isRecorded: Bool {
        if case .recorded = self { return true }
        return false
    }
}
