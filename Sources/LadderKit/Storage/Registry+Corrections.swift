import GRDB

/// Corrections of what was recorded about a firm's place and founding day (`correction`): valid
/// time corrected, transaction time kept, so a read known at an earlier moment still gives the
/// old answer.
extension Registry {
    /// Corrects the firm's place from `effective` (nil: from the start, the place as registered)
    /// and/or its founding day (always from the start). Already recorded when every value given
    /// is already the firm's on that day.
    public func correct(_ code: CreditCode, location: Location? = nil, founded: Day? = nil, effective: Day?,
                        reason: String, context: WriteContext) throws -> Correction {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty else { throw RegistryError.emptyReason }
        guard location != nil || founded != nil else { throw RegistryError.nothingToCorrect(code: code.text) }
        if founded != nil, let effective {
            throw RegistryError.foundedFromStart(code: code.text, effective: effective)
        }
        let today = ChinaTime.day(of: context.at)
        if let effective, effective > today {
            throw RegistryError.correctionInFuture(effective: effective, today: today)
        }
        return try writing { c in
            let enterprise = try Registry.known(c, Registry.requireEnterprise(c, code: code), knownAt: nil)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil,
                                               policy: try Registry.policy(c, knownAt: nil))
            let current = history.location(on: effective ?? .beforeAll, registered: enterprise.registeredLocation)
            let placeIsSame = location == nil || location == current
            let foundedIsSame = founded == nil || founded == enterprise.profile.founded
            if placeIsSame && foundedIsSame {
                var held: [String] = []
                if let location { held.append("in \(location.label) " + (effective.map { "on \($0.iso)" } ?? "from the start")) }
                if let founded { held.append("founded \(founded.iso)") }
                throw RegistryError.alreadyCorrected(code: code.text, detail: held.joined(separator: " and "))
            }
            let id = try c.insertReturningID("""
                INSERT INTO correction (enterprise_id, effective_on, division, zone, founded_on, reason, recorded_at,
                                        operator, command, document, note, client, operator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(enterprise.id), .init(location == nil ? nil : effective?.iso), .init(location?.division.code),
                      .init(location?.zone?.rawValue), .init(founded?.iso), .text(reason), .text(context.at.iso),
                      .text(context.operatorName), .text(context.command ?? "library"), .init(context.document),
                      .init(context.note), .init(context.clientAddress), .init(context.operatorID)])
            // The imported row that last set the firm stays known as unchanged: that roster imported
            // again must not put the wrong place or day back.
            return Correction(id: id, enterpriseID: enterprise.id,
                              effective: location == nil ? nil : effective, location: location, founded: founded,
                              reason: reason, provenance: Provenance(recordedAt: context.at, operatorName: context.operatorName,
                                                                     command: context.command ?? "library",
                                                                     document: context.document, note: context.note,
                                                                     clientAddress: context.clientAddress))
        }
    }

    static let correctionColumns = """
        id, enterprise_id, effective_on, division, zone, founded_on, reason, recorded_at, operator, command, document, note, client
        """

    /// Every correction of one firm (a `History` leaves out those recorded after its moment).
    static func corrections(_ c: any RegistryConnection, enterpriseID: Int64) throws -> [Correction] {
        try c.cachedRows("SELECT \(correctionColumns) FROM correction WHERE enterprise_id = ? ORDER BY id",
                         [.integer(enterpriseID)]).map(correction(stored:))
    }

    /// Reads a correction from a seam row selecting `correctionColumns`, in their order.
    static func correction(stored row: StoredRow) throws -> Correction {
        guard let recordedAt = row.moment(7) else {
            throw RegistryError.corrupt(detail: "correction \(row.id(0)) has an unreadable recorded_at")
        }
        let location = row.text(3).map {
            Location(division: RegionCode(trusted: $0), zone: row.text(4).flatMap(Zone.init(rawValue:)))
        }
        return Correction(id: row.id(0), enterpriseID: row.id(1), effective: row.day(2), location: location,
                          founded: row.day(5), reason: row.string(6),
                          provenance: Provenance(recordedAt: recordedAt, operatorName: row.string(8),
                                                 command: row.text(9), document: row.text(10), note: row.text(11),
                                                 clientAddress: row.text(12)))
    }

    static func correction(row: Row) throws -> Correction {
        guard let recordedAt = Moment(parsing: row["recorded_at"], defaultOffsetSeconds: 0) else {
            throw RegistryError.corrupt(detail: "correction \(row["id"] as Int64) has an unreadable recorded_at")
        }
        let location = (row["division"] as String?).map {
            Location(division: RegionCode(trusted: $0), zone: (row["zone"] as String?).flatMap(Zone.init(rawValue:)))
        }
        return Correction(id: row["id"], enterpriseID: row["enterprise_id"],
                          effective: (row["effective_on"] as String?).flatMap { Day(iso: $0) }, location: location,
                          founded: (row["founded_on"] as String?).flatMap { Day(iso: $0) }, reason: row["reason"],
                          provenance: Provenance(recordedAt: recordedAt, operatorName: row["operator"],
                                                 command: row["command"], document: row["document"], note: row["note"],
                                                 clientAddress: row["client"]))
    }

    /// Place corrections recorded by `knownAt`, as the moves statistics apply (from the start:
    /// effective before every day). Their ids are negated so they never meet an event id.
    static func placeCorrectionMoves(_ db: Database, knownAt: Moment?) throws -> [Corrections.Move] {
        var moves: [Corrections.Move] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, enterprise_id, effective_on, division, zone, recorded_at FROM correction
            WHERE division IS NOT NULL AND recorded_at <= ?
            """, arguments: [knownBound(knownAt)])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let division = Int(row[3] as String),
                  let recorded = Moment(parsing: row[5], defaultOffsetSeconds: 0) else { throw unreadable(-id) }
            let effective = try (row[2] as String?).map { text in
                guard let day = Day(iso: text) else { throw unreadable(-id) }
                return day
            } ?? .beforeAll
            moves.append(Corrections.Move(firm: row[1], eventID: -id, effective: effective,
                                          place: PlaceKey(divisionDigits: division, zone: (row[4] as String?) == nil ? nil : .ganjiang),
                                          recorded: recorded.microseconds))
        }
        return moves
    }
}
