import Hummingbird
import LadderKit

extension WriteRoutes {
    /// The events recorded on a firm at `/api/v1/enterprises/{code}/{action}`, one per `ladder` command.
    enum EventAction: String, CaseIterable {
        case admit, certify, select, revoke, rename, relocate
    }

    /// What an action takes and how its fields are read, for the API and the pages alike: the
    /// fields (besides document and note), whether an override may set the rules aside, and the parse
    /// that answers the day the event is about and the write to make once the firm is known.
    struct EventForm {
        let fields: [String]
        let overridable: Bool
        let parse: (Body) throws -> (day: Day, write: EventWrite)
    }

    func record(_ action: EventAction, _ request: Request, context: ServerContext) async throws -> Response {
        let form = eventForm(action)
        return try await recordEvent(request, context, action: action.rawValue, fields: form.fields,
                                     overridable: form.overridable, parse: form.parse)
    }

    func eventForm(_ action: EventAction) -> EventForm {
        switch action {
        case .admit:
            // As `ladder admit`: the 入库登记编号 and the announcement day.
            return EventForm(fields: ["number", "effective"], overridable: true) { body in
                let number = try body.parsed("number") { try TsmeNumber($0) }
                guard let number else { throw body.missing("number", example: "2024360111A0000001") }
                let effective = try body.requiredDay("effective")
                return (effective, { code, written in
                    try registry.admit(code, number: number, effective: effective, context: written)
                })
            }
        case .certify:
            return EventForm(fields: ["number", "issued"], overridable: true) { body in
                let number = try body.parsed("number") { try CertificateNumber($0) }
                guard let number else { throw body.missing("number", example: "GR202336000123") }
                let issued = try body.requiredDay("issued")
                return (issued, { code, written in
                    try registry.certify(code, number: number, issued: issued, context: written)
                })
            }
        case .select:
            return EventForm(fields: ["tier", "category", "year", "effective"], overridable: true) { body in
                let tier = try WriteRoutes.tier(body, lists: true)
                let category = try body.parsed("category") { text in
                    guard let category = ListCategory(name: text, tier: tier) else {
                        throw APIError(.badRequest, ServeInputText.badListCategory.text([
                            "value": text, "tier": tier.rawValue,
                            "values": ListCategory.categories(of: tier).map(\.rawValue).joined(separator: ", "),
                        ]))
                    }
                    return category
                }
                guard let category else {
                    throw body.missing("category", example: ListCategory.categories(of: tier)[0].rawValue)
                }
                let year = try WriteRoutes.year(body, .listYear)
                let effective = try body.requiredDay("effective")
                return (effective, { code, written in
                    try registry.select(code, tier: tier, category: category, year: year, effective: effective, context: written)
                })
            }
        case .revoke:
            return EventForm(fields: ["tier", "number", "effective", "ground", "reason"], overridable: false) { body in
                let tier = try WriteRoutes.tier(body, lists: false)
                let number = try body.text("number")
                let ground = try body.parsed("ground") { text in
                    guard let ground = RevocationGround(rawValue: text) else {
                        throw APIError(.badRequest, ServeInputText.badGround.text([
                            "value": text, "values": RevocationGround.allCases.map(\.rawValue).joined(separator: ", "),
                        ]))
                    }
                    return ground
                } ?? .other
                let reason = try body.required("reason", example: "重大安全事故")
                let effective = try body.requiredDay("effective")
                return (effective, { code, written in
                    try registry.revoke(code, tier: tier, number: number, effective: effective, ground: ground, reason: reason,
                                        context: written)
                })
            }
        case .rename:
            return EventForm(fields: ["name", "effective"], overridable: false) { body in
                let name = try body.required("name", example: "江西某某科技有限公司")
                let effective = try body.requiredDay("effective")
                return (effective, { code, written in try registry.rename(code, to: name, effective: effective, context: written) })
            }
        case .relocate:
            // The firm's place on the day it moves, read before the move is recorded, decides: an editor
            // of the source region (or above).
            return EventForm(fields: ["region", "zone", "effective"], overridable: false) { body in
                guard let division = try body.parsed("region", WriteRoutes.division) else {
                    throw body.missing("region", example: "360702")
                }
                let zone = try body.parsed("zone", WriteRoutes.zone)
                let effective = try body.requiredDay("effective")
                return (effective, { code, written in
                    try registry.relocate(code, to: Location(division: division, zone: zone), effective: effective,
                                          context: written)
                })
            }
        }
    }

    static func missing(_ field: String, example: String) -> APIError {
        APIError(.badRequest, ServeInputText.missingField.text(["field": field, "example": example]))
    }

    static func tier(_ body: Body, lists: Bool) throws -> Tier {
        let allowed = lists ? [Tier.growth, .leader] : Tier.allCases
        let tier = try body.parsed("tier") { text in
            guard let tier = Tier(name: text), allowed.contains(tier) else {
                throw APIError(.badRequest, ServeInputText.badWriteTier.text(["value": text, "values": allowed.map(\.rawValue).joined(separator: ", ")]))
            }
            return tier
        }
        guard let tier else { throw body.missing("tier", example: allowed[0].rawValue) }
        return tier
    }

    static func year(_ body: Body, _ whose: ServeInputText) throws -> Int {
        guard let year = try body.count("year") else {
            throw body.isForm ? body.missing("year", example: "2024")
                : APIError(.badRequest, ServeInputText.missingYear.text(["whose": whose.text()]))
        }
        guard (1990...2200).contains(year) else {
            throw APIError(.badRequest, ServeInputText.implausibleYear.text(["year": year, "whose": whose.text()]))
        }
        return Int(year)
    }
}
