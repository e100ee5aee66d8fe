/// The JSON form of `ladder show`.
public struct ProfileDocument: Encodable, Sendable {
    struct PolicyRef: Encodable { let id: String; let version: Int }
    struct Region: Encodable {
        let division: String
        @Nullable var divisionName: String?
        let city: String
        let cityName: String
        @Nullable var zone: String?
    }
    struct Name: Encodable { let name: String; @Nullable var from: String? }
    struct QualificationRow: Encodable {
        let eventId: Int64
        let tier: String
        @Nullable var number: String?
        @Nullable var category: String?
        let year: Int
        let start: String
        @Nullable var end: String?
        @Nullable var revokedOn: String?
        let status: String
    }
    struct EventRow: Encodable {
        let id: Int64
        let kind: String
        let effective: String
        let detail: String
        let recordedAt: String
        let `operator`: String
        let source: String
        @Nullable var document: String?
        @Nullable var note: String?
        @Nullable var override: String?
        @Nullable var voidedBy: Int64?
    }

    struct CorrectionRow: Encodable {
        let id: Int64
        @Nullable var effective: String?
        let detail: String
        let reason: String
        let recordedAt: String
        let `operator`: String
        let source: String
        @Nullable var document: String?
        @Nullable var note: String?
    }

    let asOf: String
    @Nullable var knownAt: String?
    let policy: PolicyRef
    let creditCode: String
    let name: String
    let registeredName: String
    let region: Region
    @Nullable var founded: String?
    @Nullable var field: String?
    @Nullable var position: String?
    let names: [Name]
    let qualifications: [QualificationRow]
    let events: [EventRow]
    /// Corrections of the place or founding day (`effective` null: from the start).
    let corrections: [CorrectionRow]

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
        corrections = profile.corrections.map { c in
            CorrectionRow(id: c.id, effective: c.effective?.iso, detail: c.summary(in: .en), reason: c.reason,
                          recordedAt: c.provenance.recordedAt.iso, operator: c.provenance.operatorName,
                          source: EventDescription.source(c.provenance), document: c.provenance.document,
                          note: c.provenance.note)
        }
    }
}
