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

    /// Inserts a new event and returns it with its id.
    static func insert(_ db: Database, enterpriseID: Int64, detail: EventDetail, effective: Day,
                       provenance: Provenance) throws -> Event {
        let c = detail.columns(effective: effective)
        try db.execute(sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, category, year, target_id, name,
                division, zone, ground, reason, recorded_at, operator, batch_id, command, document, note, override, client,
                operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [enterpriseID, detail.kind.rawValue, effective.iso, detail.grantedTier?.rawValue, c.number, c.category,
                             c.year, c.target, c.name, c.division, c.zone, c.ground, c.reason, provenance.recordedAt.iso,
                             provenance.operatorName, provenance.batchID, provenance.command, provenance.document,
                             provenance.note, provenance.override, provenance.clientAddress, provenance.operatorID])
        let event = Event(id: db.lastInsertedRowID, enterpriseID: enterpriseID, detail: detail, effective: effective,
                          provenance: provenance)
        try Registry.forgetImportedRow(db, enterpriseID: enterpriseID)
        return event
    }
}
