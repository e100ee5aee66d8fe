extension Event {
    /// Reads an event from a raw statement selecting `Event.columns`, as `init(row:)` reads a GRDB
    /// row: `candidates` reads every event of the registry, and a GRDB row each costs more than the query.
    /// `candidates` passes `provenanceDetails: false`: of the provenance only the moment and batch
    /// are read (the operator "", no command, document, note or override), all that `History` reads.
    init(statement s: SQLiteStatement, provenanceDetails: Bool = true) throws {
        guard let kind = EventKind(rawValue: s.text(2) ?? ""), let effective = s.day(3),
              let recordedAt = s.moment(14)
        else { throw RegistryError.corrupt(detail: "event \(s.int64(0)) has an unreadable kind or day") }
        let detail: EventDetail
        switch kind {
        case .admit: detail = .admit(number: TsmeNumber(trusted: s.text(5) ?? ""))
        case .certify: detail = .certify(number: CertificateNumber(trusted: s.text(5) ?? ""))
        case .select:
            guard let category = ListCategory(rawValue: s.text(6) ?? "") else {
                throw RegistryError.corrupt(detail: "event \(s.int64(0)) has an unknown category")
            }
            detail = .select(category: category, year: s.int(7))
        case .revoke:
            detail = .revoke(target: s.int64(8), ground: RevocationGround(rawValue: s.text(12) ?? "") ?? .other,
                             reason: s.text(13) ?? "")
        case .rename: detail = .rename(name: s.text(9) ?? "")
        case .relocate:
            let zone = s.text(11).flatMap(Zone.init(rawValue:))
            detail = .relocate(to: Location(division: RegionCode(trusted: s.text(10) ?? ""), zone: zone))
        case .void: detail = .void(target: s.int64(8), reason: s.text(13) ?? "")
        }
        self.init(id: s.int64(0), enterpriseID: s.int64(1), detail: detail, effective: effective,
                  provenance: provenanceDetails
                      ? Provenance(recordedAt: recordedAt, operatorName: s.text(15) ?? "",
                                   batchID: s.isNull(16) ? nil : s.int64(16), command: s.text(17),
                                   document: s.text(18), note: s.text(19), override: s.text(20))
                      : Provenance(recordedAt: recordedAt, operatorName: "", batchID: s.isNull(16) ? nil : s.int64(16)))
    }
}
