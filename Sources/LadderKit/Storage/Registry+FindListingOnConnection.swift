import GRDB

/// The firms a search lists, read through the seam: on SQLite `matches(_ db:…)` (its raw
/// statements are measured); elsewhere the same three queries (`Enterprise.columns`,
/// `Event.columns`, `correctionColumns`), their rows read by column position, and the same
/// listing (`listed`). The row readers (the log's too) are here until the seam has shared ones.
extension Registry {
    static func matches(_ c: any RegistryConnection, _ firms: [RankedFirm], asOf: Day, knownAt: Moment?, policy: Policy,
                        calendar: ListCalendar) throws -> [FirmMatch] {
        if let db = (c as? GRDBConnection)?.database {
            return try matches(db, firms, asOf: asOf, knownAt: knownAt, policy: policy, calendar: calendar)
        }
        guard !firms.isEmpty else { return [] }
        let list = StoredValue.text(jsonArray(firms.map(\.id)))
        var enterprises: [Int64: Enterprise] = [:]
        try c.forEachRow("SELECT \(Enterprise.columns) FROM enterprise WHERE id IN \(c.dialect.ids())", [list]) { row in
            let enterprise = try storedEnterprise(row)
            enterprises[enterprise.id] = enterprise
        }
        var events: [Int64: [Event]] = [:]
        try c.forEachRow("SELECT \(Event.columns) FROM event WHERE enterprise_id IN \(c.dialect.ids())", [list]) { row in
            let event = try storedEvent(row)
            events[event.enterpriseID, default: []].append(event)
        }
        var corrections: [Int64: [Correction]] = [:]
        try c.forEachRow("SELECT \(correctionColumns) FROM correction WHERE enterprise_id IN \(c.dialect.ids())", [list]) { row in
            let correction = try storedCorrection(row)
            corrections[correction.enterpriseID, default: []].append(correction)
        }
        return try firms.map { firm in
            guard let enterprise = enterprises[firm.id] else {
                throw RegistryError.corrupt(detail: "enterprise \(firm.id) is named but missing")
            }
            let history = History(events: events[firm.id] ?? [], knownAt: knownAt, policy: policy.validity,
                                  nextListStart: calendar.nextListStart, corrections: corrections[firm.id] ?? [])
            return listed(enterprise, history: history, kind: firm.kind, asOf: asOf)
        }
    }

    /// An `enterprise` row in `Enterprise.columns` order.
    private static func storedEnterprise(_ row: StoredRow) throws -> Enterprise {
        let id = row.int64(0) ?? 0
        guard let createdAt = row.text(9).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }) else {
            throw RegistryError.corrupt(detail: "enterprise \(id) has an unreadable created_at")
        }
        return Enterprise(id: id, creditCode: CreditCode(trusted: row.text(1) ?? ""), registeredName: row.text(2) ?? "",
                          registeredLocation: Location(division: RegionCode(trusted: row.text(3) ?? ""),
                                                       zone: row.text(4).flatMap(Zone.init(rawValue:))),
                          profile: EnterpriseProfileFields(founded: row.day(5), field: row.text(6), contact: row.text(7),
                                                           phone: row.text(8)),
                          createdAt: createdAt, createdBy: row.text(10) ?? "")
    }

    /// How many columns `Event.columns` and `correctionColumns` name.
    static let eventColumnCount = Event.columns.split(separator: ",").count
    static let correctionColumnCount = correctionColumns.split(separator: ",").count

    /// An `event` row in `Event.columns` order.
    static func storedEvent(_ row: StoredRow) throws -> Event {
        let id = row.int64(0) ?? 0
        guard let kind = row.text(2).flatMap(EventKind.init(rawValue:)), let effective = row.day(3),
              let recordedAt = row.text(14).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }) else {
            throw RegistryError.corrupt(detail: "event \(id) has an unreadable kind or day")
        }
        let detail: EventDetail
        switch kind {
        case .admit: detail = .admit(number: TsmeNumber(trusted: row.text(5) ?? ""))
        case .certify: detail = .certify(number: CertificateNumber(trusted: row.text(5) ?? ""))
        case .select:
            guard let category = row.text(6).flatMap(ListCategory.init(rawValue:)) else {
                throw RegistryError.corrupt(detail: "event \(id) has an unknown category")
            }
            detail = .select(category: category, year: Int(row.int64(7) ?? 0))
        case .revoke:
            detail = .revoke(target: row.int64(8) ?? 0, ground: row.text(12).flatMap(RevocationGround.init(rawValue:)) ?? .other,
                             reason: row.text(13) ?? "")
        case .rename: detail = .rename(name: row.text(9) ?? "")
        case .relocate:
            detail = .relocate(to: Location(division: RegionCode(trusted: row.text(10) ?? ""),
                                            zone: row.text(11).flatMap(Zone.init(rawValue:))))
        case .void: detail = .void(target: row.int64(8) ?? 0, reason: row.text(13) ?? "")
        }
        return Event(id: id, enterpriseID: row.int64(1) ?? 0, detail: detail, effective: effective,
                     provenance: Provenance(recordedAt: recordedAt, operatorName: row.text(15) ?? "", batchID: row.int64(16),
                                            command: row.text(17), document: row.text(18), note: row.text(19),
                                            override: row.text(20), clientAddress: row.text(21), operatorID: row.int64(22)))
    }

    /// A `correction` row in `correctionColumns` order.
    static func storedCorrection(_ row: StoredRow) throws -> Correction {
        let id = row.int64(0) ?? 0
        guard let recordedAt = row.text(7).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }) else {
            throw RegistryError.corrupt(detail: "correction \(id) has an unreadable recorded_at")
        }
        let location = row.text(3).map { Location(division: RegionCode(trusted: $0), zone: row.text(4).flatMap(Zone.init(rawValue:))) }
        return Correction(id: id, enterpriseID: row.int64(1) ?? 0, effective: row.day(2), location: location,
                          founded: row.day(5), reason: row.text(6) ?? "",
                          provenance: Provenance(recordedAt: recordedAt, operatorName: row.text(8) ?? "",
                                                 command: row.text(9), document: row.text(10), note: row.text(11),
                                                 clientAddress: row.text(12)))
    }
}
