/// Registrations set aside (`registration_change`): a firm registered by mistake, or by a batch
/// that was voided, with nothing else referring to it, is as if never registered for reads known
/// at or after the void; reads known earlier still see it. Its credit code registered again takes
/// up the same row ('renew'), so the code stays unique and the history stays one firm's.
extension Registry {
    /// The firms set aside as known at `knownAt` (now, when nil): their latest registration
    /// change recorded by then is a void. One statement, for reads that filter firm ids.
    static func setAsideSQL(knownAt: Moment?) -> String {
        let bound = StatsSQL.quote(knownBound(knownAt))
        return """
            SELECT r.enterprise_id FROM registration_change r
            WHERE r.kind = 'void' AND r.recorded_at <= \(bound)
              AND r.id = (SELECT max(x.id) FROM registration_change x
                          WHERE x.enterprise_id = r.enterprise_id AND x.recorded_at <= \(bound))
            """
    }

    static func setAsideFirms(_ c: any RegistryConnection, knownAt: Moment?) throws -> Set<Int64> {
        Set(try c.rows(setAsideSQL(knownAt: knownAt)).compactMap { $0.int64(0) })
    }

    /// When and why the firm was set aside, if it is as known at `knownAt`.
    static func setAside(_ c: any RegistryConnection, enterpriseID: Int64, knownAt: Moment?) throws -> (at: Moment, reason: String)? {
        guard let row = try c.cachedRows("""
            SELECT kind, recorded_at, reason FROM registration_change
            WHERE enterprise_id = ? AND recorded_at <= ? ORDER BY id DESC LIMIT 1
            """, [.integer(enterpriseID), .text(knownBound(knownAt))]).first, row.text(0) == "void" else { return nil }
        return (row.moment(1) ?? Moment(microseconds: 0), row.text(2) ?? "")
    }

    /// Refuses a firm set aside as known at `knownAt`, naming when and why.
    static func requireRegistered(_ c: any RegistryConnection, _ enterprise: Enterprise, knownAt: Moment?) throws -> Enterprise {
        if let aside = try setAside(c, enterpriseID: enterprise.id, knownAt: knownAt) {
            throw RegistryError.setAside(code: enterprise.creditCode.text, name: enterprise.registeredName,
                                         at: aside.at, reason: aside.reason)
        }
        return enterprise
    }

    /// Sets aside a firm registered by mistake (by `add` or an import), when nothing refers to it
    /// but voided events; refused with what refers to it otherwise.
    public func voidRegistration(_ code: CreditCode, reason: String, context: WriteContext) throws -> Enterprise {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty else { throw RegistryError.emptyReason }
        return try writing { c in
            guard let enterprise = try Registry.enterprise(c, code: code) else {
                throw RegistryError.unknownEnterprise(query: code.text)
            }
            if let aside = try Registry.setAside(c, enterpriseID: enterprise.id, knownAt: nil) {
                throw RegistryError.registrationAlreadySetAside(code: code.text, at: aside.at)
            }
            let references = try Registry.registrationReferences(c, enterpriseID: enterprise.id, exceptBatch: nil)
            guard references.isEmpty else {
                throw RegistryError.registrationReferenced(code: code.text, references: references)
            }
            try Registry.recordRegistrationChange(c, enterpriseID: enterprise.id, kind: "void", reason: reason,
                                                  batchID: nil, context: context)
            return enterprise
        }
    }

    /// What keeps a firm registered: events in force, facts versions and profile corrections not
    /// set aside, and corrections, apart from those of `exceptBatch` (the batch being voided).
    /// One line each, the first three of a kind.
    static func registrationReferences(_ c: any RegistryConnection, enterpriseID: Int64, exceptBatch: Int64?) throws -> [String] {
        func source(_ batch: Int64?, _ command: String?) -> String {
            batch.map { ShowText.batch.text(["id": $0]) } ?? (command ?? "").split(separator: " ").prefix(2).joined(separator: " ")
        }
        var lines: [String] = []
        // Typed: PostgreSQL cannot tell what a bare parameter compared with NULL is.
        let arguments: [StoredValue] = [.integer(enterpriseID), .init(exceptBatch)]
        let events = try c.rows("""
            SELECT \(Event.columns) FROM event e
            WHERE e.enterprise_id = ?1 AND e.kind <> 'void' AND (CAST(?2 AS bigint) IS NULL OR e.batch_id \(c.dialect.isNot) CAST(?2 AS bigint))
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            ORDER BY e.id
            """, arguments).map(Event.init(stored:))
        lines += events.prefix(3).map { event in
            RegistryErrorText.referenceEvent.text(["id": event.id, "kind": event.kind.name(),
                                                   "detail": EventDescription.detail(event.detail),
                                                   "source": source(event.provenance.batchID, event.provenance.command)])
        }
        let facts = try c.rows("""
            SELECT year, batch_id, command FROM fact f
            WHERE f.enterprise_id = ?1 AND (CAST(?2 AS bigint) IS NULL OR f.batch_id \(c.dialect.isNot) CAST(?2 AS bigint))
              AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = f.batch_id)
            ORDER BY f.id
            """, arguments)
        lines += facts.prefix(3).map {
            RegistryErrorText.referenceFacts.text(["year": $0.int(0) ?? 0, "source": source($0.int64(1), $0.text(2))])
        }
        let profiles = try c.rows("""
            SELECT batch_id FROM profile_version p
            WHERE p.enterprise_id = ?1 AND (CAST(?2 AS bigint) IS NULL OR p.batch_id \(c.dialect.isNot) CAST(?2 AS bigint))
              AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = p.batch_id)
            ORDER BY p.id
            """, arguments).compactMap { $0.int64(0) }
        lines += profiles.prefix(3).map { RegistryErrorText.referenceProfile.text(["batch": $0]) }
        let corrections = try c.rows("""
            SELECT \(correctionColumns) FROM correction WHERE enterprise_id = ? ORDER BY id
            """, [.integer(enterpriseID)]).map(correction(stored:))
        lines += corrections.prefix(3).map {
            RegistryErrorText.referenceCorrection.text(["id": $0.id, "summary": $0.summary, "source": source(nil, $0.provenance.command)])
        }
        return lines
    }

    static func recordRegistrationChange(_ c: any RegistryConnection, enterpriseID: Int64, kind: String, reason: String?,
                                         batchID: Int64?, context: WriteContext) throws {
        try c.execute("""
            INSERT INTO registration_change (enterprise_id, kind, reason, recorded_at, operator, batch_id, command,
                                             document, note, client, operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(enterpriseID), .text(kind), .init(reason), .text(context.at.iso), .text(context.operatorName),
                  .init(batchID), .init(context.command ?? (batchID == nil ? "library" : nil)), .init(context.document),
                  .init(context.note), .init(batchID == nil ? context.clientAddress : nil),
                  .init(batchID == nil ? context.operatorID : nil)])
        try forgetImportedRow(c, enterpriseID: enterpriseID)
    }

    /// Takes up a set-aside firm's row again for `add`: its registered name must be the one given
    /// (the row keeps it); a place or founding day that differs is recorded as a correction from
    /// the start.
    static func registerAgain(_ c: any RegistryConnection, _ enterprise: Enterprise, name: String, location: Location?,
                              profile: EnterpriseProfileFields, context: WriteContext) throws -> Enterprise {
        guard NameKey.of(name) == NameKey.of(enterprise.registeredName) else {
            throw RegistryError.registeredAgainUnderAnotherName(code: enterprise.creditCode.text,
                                                                 registered: enterprise.registeredName, given: name)
        }
        try recordRegistrationChange(c, enterpriseID: enterprise.id, kind: "renew", reason: nil, batchID: nil,
                                     context: context)
        let known = try Registry.known(c, enterprise, knownAt: nil)
        let history = try Registry.history(c, enterprise: known, knownAt: nil, policy: try Registry.policy(c, knownAt: nil))
        let place = location.flatMap { given in
            history.location(on: .beforeAll, registered: known.registeredLocation) == given ? nil : given
        }
        let founded = profile.founded.flatMap { $0 == known.profile.founded ? nil : $0 }
        if place != nil || founded != nil {
            try c.execute("""
                INSERT INTO correction (enterprise_id, effective_on, division, zone, founded_on, reason, recorded_at,
                                        operator, command, document, note, client, operator_id)
                VALUES (?, NULL, ?, ?, ?, 'registered again', ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(enterprise.id), .init(place?.division.code), .init(place?.zone?.rawValue), .init(founded?.iso),
                      .text(context.at.iso), .text(context.operatorName), .text(context.command ?? "library"),
                      .init(context.document), .init(context.note), .init(context.clientAddress), .init(context.operatorID)])
        }
        return try Registry.known(c, enterprise, knownAt: nil)
    }
}
