/// The JSON form of `ladder show`.
public struct ProfileDocument: Encodable, Sendable {
    struct PolicyRef: Encodable { let id: String; let version: Int }
    struct Region: Encodable {
        let division: String, divisionName: String?, city: String, cityName: String, zone: String?
    }
    struct Name: Encodable { let name: String; let from: String? }
    struct QualificationRow: Encodable {
        let eventId: Int64, tier: String, number: String?, category: String?, year: Int
        let start: String, end: String?, revokedOn: String?, status: String
    }
    struct EventRow: Encodable {
        let id: Int64, kind: String, effective: String, detail: String, recordedAt: String, `operator`: String
        let source: String, document: String?, note: String?, override: String?, voidedBy: Int64?
    }

    let asOf: String
    let knownAt: String?
    let policy: PolicyRef
    let creditCode: String
    let name: String
    let registeredName: String
    let region: Region
    let founded: String?
    let field: String?
    let position: String?
    let names: [Name]
    let qualifications: [QualificationRow]
    let events: [EventRow]

    public init(_ profile: EnterpriseProfile) {
        let location = profile.location
        let reporting = location.reportingRegion
        asOf = profile.asOf.iso
        knownAt = profile.knownAt?.iso
        policy = PolicyRef(id: profile.policy.id, version: profile.policy.version)
        creditCode = profile.enterprise.creditCode.text
        name = profile.name
        registeredName = profile.enterprise.registeredName
        region = Region(division: location.division.code, divisionName: location.division.name,
                        city: reporting.code, cityName: reporting.name, zone: location.zone?.rawValue)
        founded = profile.enterprise.profile.founded?.iso
        field = profile.enterprise.profile.field
        position = profile.position?.rawValue
        names = profile.names.map { Name(name: $0.name, from: $0.from?.iso) }
        qualifications = profile.qualifications.map { q, status in
            QualificationRow(eventId: q.grantEventID, tier: q.tier.rawValue, number: q.number,
                             category: q.category?.rawValue, year: q.year, start: q.start.iso, end: q.end?.iso,
                             revokedOn: q.revokedOn?.iso, status: status.rawValue)
        }
        events = profile.timeline.map { event, voidedBy in
            EventRow(id: event.id, kind: event.kind.rawValue, effective: event.effective.iso,
                     detail: EventDescription.detail(event.detail), recordedAt: event.recordedAt.iso,
                     operator: event.provenance.operatorName, source: EventDescription.source(event.provenance),
                     document: event.provenance.document, note: event.provenance.note,
                     override: event.provenance.override, voidedBy: voidedBy)
        }
    }
}
