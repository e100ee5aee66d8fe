import Hummingbird
import LadderKit

extension WriteRoutes {
    /// A firm added, as `ladder add` says it: where it is placed and which region counts it.
    struct AddDocument: Encodable {
        var recorded: Bool
        var creditCode: String
        var name: String
        var location: String
        var region: String
        var message: String

        enum CodingKeys: String, CodingKey {
            case recorded, name, location, region, message
            case creditCode = "credit_code"
        }
    }

    /// `POST /api/v1/enterprises`, as `ladder add`: the firm's place (its code's division unless
    /// `region` says otherwise) must lie in the account's region. A firm already registered answers
    /// 200 with the firm as it is today, when the account may see it.
    func addEnterprise(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        let body = try await Body(request, fields: ["code", "name", "region", "zone", "founded", "field", "contact", "phone",
                                                    "document", "note"])
        guard let code = try body.parsed("code", { try CreditCode($0) }) else {
            throw WriteRoutes.missing("code", example: "91360722MA35G1YK7R")
        }
        let name = try body.required("name", example: "江西某某科技有限公司")
        let division = try body.parsed("region", WriteRoutes.division)
        let zone = try body.parsed("zone", WriteRoutes.zone)
        let location = Location(division: division ?? RegionCode(trusted: code.division), zone: zone)
        let profile = EnterpriseProfileFields(founded: try body.day("founded"), field: try body.text("field"),
                                              contact: try body.text("contact"), phone: try body.text("phone"))
        let now = settings.clock()
        guard account.region.contains(location) else {
            throw APIError(.forbidden, ServeInputText.placedOutside.text([
                "code": code.text, "name": name, "place": location.label, "region": account.region.name,
                "account": account.name,
            ]))
        }
        let written = WriteContext(operatorName: account.name, at: now, command: "POST /api/v1/enterprises",
                                   document: try body.text("document"), note: try body.text("note"),
                                   clientAddress: ClientAddress.of(request, context: context, trustProxy: settings.trustProxy),
                                   operatorID: account.id)
        return try await WriteRoutes.refusing {
            // A firm on file (set aside or not) is its own region's: taking it up again is theirs.
            if let existing = try registry.enterpriseOnFile(code), !account.region.contains(existing.registeredLocation) {
                throw APIError(.forbidden, ServeInputText.onFileOutside.text([
                    "code": code.text, "place": existing.registeredLocation.label, "region": account.region.name,
                    "account": account.name,
                ]))
            }
            let enterprise = try registry.add(code, name: name, location: division == nil && zone == nil ? nil : location,
                                              profile: profile, context: written)
            let place = enterprise.registeredLocation
            return APIError.json(status: .created, body: AddDocument(
                recorded: true, creditCode: enterprise.creditCode.text, name: enterprise.registeredName, location: place.label,
                region: place.reportingRegion.name,
                message: "added \(enterprise.registeredName) (\(enterprise.creditCode)) in \(place.label) · \(place.reportingRegion.name)"))
        } alreadyRecorded: { error in
            // What exists, today, and only to an account whose region holds it: everything recorded,
            // since a writer that added it at the same time (another request, another server) may
            // have been recorded after this request's `now`, while this one waited its turn.
            let existing = try registry.profile(of: code.text, asOf: ChinaTime.day(of: now))
            try Scope.check(account, profile: existing)
            return APIError.json(status: .ok, body: AddDocument(
                recorded: false, creditCode: code.text, name: existing.name, location: existing.location.label,
                region: existing.location.reportingRegion.name, message: error.description))
        }
    }

    /// `POST /api/v1/events/{id}/void`, as `ladder void ID`: by an editor whose region holds the firm
    /// on the day the event is about (for a move, the day before it: the region it left, which
    /// recorded it).
    func void(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        let idText = try context.parameters.require("id")
        guard let id = Int64(idText), id > 0 else {
            throw APIError(.badRequest, ServeInputText.badEvent.text(["value": idText]))
        }
        let body = try await Body(request, fields: ["reason", "document", "note"])
        let reason = try body.required("reason", example: "录入错误")
        let now = settings.clock()
        let written = WriteContext(operatorName: account.name, at: now, command: "POST /api/v1/events/\(id)/void",
                                   document: try body.text("document"), note: try body.text("note"),
                                   clientAddress: ClientAddress.of(request, context: context, trustProxy: settings.trustProxy),
                                   operatorID: account.id)
        return try await WriteRoutes.refusing {
            let event = try voidInScope(account, eventID: id, reason: reason, now: now, context: written)
            return APIError.json(status: .created, body: WriteDocument(void: event, of: id))
        } alreadyRecorded: { error in
            APIError.json(status: .ok, body: WriteDocument(alreadyRecorded: error))
        }
    }

    /// The void itself, for the API and the pages: by an account whose region held the firm on the
    /// day the event is about (for a move, the day before it: the region it left, which recorded it).
    func voidInScope(_ account: Account, eventID id: Int64, reason: String, now: Moment, context written: WriteContext) throws
        -> Event {
        let (target, code) = try registry.event(id: id)
        let day = target.kind == .relocate ? target.effective.adding(days: -1) : target.effective
        _ = try checkWrite(account, firm: code.text, on: day, now: now)
        return try registry.void(eventID: id, reason: reason, context: written)
    }
}
