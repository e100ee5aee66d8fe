import GRDB

extension Event {
    /// The columns read back by `Event(row:)`, in order.
    static let columns = """
        id, enterprise_id, kind, effective_on, tier, number, category, year, target_id, name, division, zone,
        ground, reason, recorded_at, operator, batch_id, command, document, note, override, client, operator_id
        """

    /// Reads an event row; the schema's CHECKs guarantee the kind-specific columns are present.
    init(row: Row) throws {
        let kindText: String = row["kind"]
        guard let kind = EventKind(rawValue: kindText),
              let effective = Day(iso: row["effective_on"] as String),
              let recordedAt = Moment(parsing: row["recorded_at"], defaultOffsetSeconds: 0)
        else { throw RegistryError.corrupt(detail: "event \(row["id"] as Int64) has an unreadable kind or day") }
        let detail: EventDetail
        switch kind {
        case .admit: detail = .admit(number: TsmeNumber(trusted: row["number"]))
        case .certify: detail = .certify(number: CertificateNumber(trusted: row["number"]))
        case .select:
            guard let category = ListCategory(rawValue: row["category"]) else {
                throw RegistryError.corrupt(detail: "event \(row["id"] as Int64) has an unknown category")
            }
            detail = .select(category: category, year: row["year"])
        case .revoke:
            detail = .revoke(target: row["target_id"], ground: RevocationGround(rawValue: row["ground"]) ?? .other,
                             reason: row["reason"])
        case .rename: detail = .rename(name: row["name"])
        case .relocate:
            let zone = (row["zone"] as String?).flatMap(Zone.init(rawValue:))
            detail = .relocate(to: Location(division: RegionCode(trusted: row["division"]), zone: zone))
        case .void: detail = .void(target: row["target_id"], reason: row["reason"])
        }
        self.init(id: row["id"], enterpriseID: row["enterprise_id"], detail: detail, effective: effective,
                  provenance: Provenance(recordedAt: recordedAt, operatorName: row["operator"], batchID: row["batch_id"],
                                         command: row["command"], document: row["document"], note: row["note"],
                                         override: row["override"], clientAddress: row["client"],
                                         operatorID: row["operator_id"]))
    }

    /// Reads an event from a seam row selecting `columns`, in their order.
    init(stored row: StoredRow) throws { try self.init(stored: row, provenanceDetails: true) }

    /// `provenanceDetails` as for `init(statement:provenanceDetails:)`.
    init(stored row: StoredRow, provenanceDetails: Bool) throws {
        let id = row.id(0)
        guard let kind = row.text(2).flatMap(EventKind.init(rawValue:)), let effective = row.day(3),
              let recordedAt = row.moment(14)
        else { throw RegistryError.corrupt(detail: "event \(id) has an unreadable kind or day") }
        let detail: EventDetail
        switch kind {
        case .admit: detail = .admit(number: TsmeNumber(trusted: row.string(5)))
        case .certify: detail = .certify(number: CertificateNumber(trusted: row.string(5)))
        case .select:
            guard let category = row.text(6).flatMap(ListCategory.init(rawValue:)), let year = row.int(7) else {
                throw RegistryError.corrupt(detail: "event \(id) has an unknown category")
            }
            detail = .select(category: category, year: year)
        case .revoke:
            detail = .revoke(target: row.id(8), ground: row.text(12).flatMap(RevocationGround.init(rawValue:)) ?? .other,
                             reason: row.string(13))
        case .rename: detail = .rename(name: row.string(9))
        case .relocate:
            detail = .relocate(to: Location(division: RegionCode(trusted: row.string(10)),
                                            zone: row.text(11).flatMap(Zone.init(rawValue:))))
        case .void: detail = .void(target: row.id(8), reason: row.string(13))
        }
        self.init(id: id, enterpriseID: row.id(1), detail: detail, effective: effective,
                  provenance: provenanceDetails
                      ? Provenance(recordedAt: recordedAt, operatorName: row.string(15), batchID: row.int64(16),
                                   command: row.text(17), document: row.text(18), note: row.text(19),
                                   override: row.text(20), clientAddress: row.text(21), operatorID: row.int64(22))
                      : Provenance(recordedAt: recordedAt, operatorName: "", batchID: row.int64(16)))
    }

    /// Inserts a new event and returns it with its id.
    static func insert(_ c: any RegistryConnection, enterpriseID: Int64, detail: EventDetail, effective: Day,
                       provenance: Provenance) throws -> Event {
        let k = detail.columns(effective: effective)
        let id = try c.insertReturningID("""
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, category, year, target_id, name,
                division, zone, ground, reason, recorded_at, operator, batch_id, command, document, note, override, client,
                operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(enterpriseID), .text(detail.kind.rawValue), .text(effective.iso),
                  .init(detail.grantedTier?.rawValue), .init(k.number), .init(k.category), .init(k.year), .init(k.target),
                  .init(k.name), .init(k.division), .init(k.zone), .init(k.ground), .init(k.reason),
                  .text(provenance.recordedAt.iso), .text(provenance.operatorName), .init(provenance.batchID),
                  .init(provenance.command), .init(provenance.document), .init(provenance.note), .init(provenance.override),
                  .init(provenance.clientAddress), .init(provenance.operatorID)])
        let event = Event(id: id, enterpriseID: enterpriseID, detail: detail, effective: effective, provenance: provenance)
        try Registry.forgetImportedRow(c, enterpriseID: enterpriseID)
        return event
    }
}
