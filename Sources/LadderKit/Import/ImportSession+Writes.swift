import GRDB

extension ImportSession {
    /// Makes the row's writes; true when anything new was recorded.
    func write(_ plan: RowPlan) throws -> Bool {
        let row = plan.row
        var changed = false
        let firmID: Int64
        if let stored = plan.stored {
            firmID = stored.id
            // A firm set aside (a voided batch registered it) is registered again on its row: an updated firm.
            if stored.isSetAside { try statements.registerAgain(id: stored.id) }
            if try updateFirm(stored, plan: plan) || stored.isSetAside {
                report.updatedEnterprises += 1
                changed = true
            }
        } else {
            guard let code = row.code, let name = row.name else { return false }
            let location = ImportSession.placeOfNewFirm(code: code, place: row.place)
            firmID = try statements.insert(code: code, name: name, location: location, profile: row.profile,
                                           rowDigest: plan.key)
            trigrams?.add(rowid: firmID, name: name)
            report.newEnterprises += 1
            changed = true
        }
        for grant in plan.grants {
            try record(grant.detail, firmID: firmID, effective: grant.effective, row: row)
            changed = true
            if kind.isPublishedList, let stored = plan.stored, !stored.isNew {
                try reportContradiction(firmID: stored.id, grant: grant.detail, day: grant.effective, row: plan.number)
            }
        }
        if let revocation = plan.revocation, let r = row.revocation {
            try record(.revoke(target: revocation.target, ground: r.ground, reason: r.reason), firmID: firmID,
                       effective: revocation.effective, row: row)
            changed = true
        }
        if let facts = row.facts, try recordFacts(facts, firmID: firmID, firmIsNew: plan.stored == nil) {
            changed = true
        }
        if kind.isPublishedList, let stored = plan.stored, !stored.isNew, let place = row.place {
            try reportOtherPlace(stored, place: place, row: plan)
        }
        return changed
    }

    /// A published list does not move firms (its place column is the authority's note), but a place
    /// that differs from the registry's is said: one of the two may be out of date.
    private func reportOtherPlace(_ stored: ImportStatements.Stored, place: ParsedRow.Place, row plan: RowPlan) throws {
        let current = try statements.current(stored, on: plan.row.changeDay)
        guard let listed = ImportSession.move(from: current.location, to: place) else { return }
        warn(row: plan.number, column: column(place.field), value: listed.label,
             ImportCheckText.listPlacesElsewhere.text(["listed": listed.label, "registry": current.location.label]))
    }

    /// A published list records the authority's decision as it is; a firm whose facts on file
    /// say otherwise is reported (not refused), so staff can correct the facts or query the list.
    private func reportContradiction(firmID: Int64, grant: EventDetail, day: Day, row: Int) throws {
        guard let tier = grant.grantedTier else { return }
        var category: ListCategory?
        if case let .select(listed, _) = grant { category = listed }
        guard try connection.int64("SELECT CASE WHEN EXISTS (SELECT 1 FROM fact WHERE enterprise_id = ?) THEN 1 ELSE 0 END",
                                   [.integer(firmID)]) == 1,
              let code = try connection.text("SELECT credit_code FROM enterprise WHERE id = ?", [.integer(firmID)]),
              let enterprise = try Registry.enterprise(connection, code: CreditCode(trusted: code)) else { return }
        let result = try Registry.evaluate(connection, enterprise: enterprise, tier: tier, category: category, year: nil,
                                           asOf: day, knownAt: nil)
        guard result.verdict == .notEligible else { return }
        let failed = result.criteria.filter { $0.verdict == .fail }
        warn(row: row, column: "", value: code, ImportCheckText.factsFail.text(
            ["tier": tier.rawValue,
             "failed": failed.map { $0.failure() }
                .joined(separator: ImportText.semicolon.text())]))
    }

    /// Profile differences become a profile version; name and place differences become rename and
    /// relocate events.
    private func updateFirm(_ stored: ImportStatements.Stored, plan: RowPlan) throws -> Bool {
        let row = plan.row
        var changed = false
        let held = try Registry.currentProfile(connection, enterpriseID: stored.id), given = row.profile
        let changes = EnterpriseProfileFields(founded: given.founded == held.founded ? nil : given.founded,
                                              field: given.field == held.field ? nil : given.field,
                                              contact: given.contact == held.contact ? nil : given.contact,
                                              phone: given.phone == held.phone ? nil : given.phone)
        if changes != EnterpriseProfileFields() {
            try statements.correct(id: stored.id, changes: changes)
            changed = true
        }
        guard kind.recordsChanges else { return changed }
        let current = try statements.current(stored, on: row.changeDay)
        // A row older than a recorded change (a roster imported again after a rename) must not undo
        // it: a former name or place is reported, not recorded.
        if let name = row.name, NameKey.of(name) != NameKey.of(current.name) {
            if current.earlierNames.contains(where: { NameKey.of($0) == NameKey.of(name) }) {
                warn(row: plan.number, column: column(.name), value: name,
                     ImportCheckText.formerName.text(["value": name, "current": current.name]))
            } else {
                try record(.rename(name: name), firmID: stored.id, effective: row.changeDay, row: row)
                changed = true
            }
        }
        if let place = row.place, let moved = ImportSession.move(from: current.location, to: place) {
            if current.earlierLocations.contains(moved) {
                warn(row: plan.number, column: column(place.field), value: moved.label,
                     ImportCheckText.earlierPlace.text(["value": moved.label, "current": current.location.label]))
            } else {
                try record(.relocate(to: moved), firmID: stored.id, effective: row.changeDay, row: row)
                changed = true
            }
        }
        return changed
    }

    private func record(_ detail: EventDetail, firmID: Int64, effective: Day, row: ParsedRow) throws {
        try statements.insertEvent(enterpriseID: firmID, detail: detail, effective: effective,
                                   document: row.document ?? context.document, note: row.note ?? context.note)
        if case let .rename(name) = detail { try names?.add(name, enterpriseID: firmID) }
        report.newEvents += 1
    }

    /// The writes of a later row of a firm already settled by an earlier row of the file: its year's facts.
    func writeFacts(_ plan: RowPlan) throws -> Bool {
        guard let stored = plan.stored, let facts = plan.row.facts else { return false }
        return try recordFacts(facts, firmID: stored.id, firmIsNew: stored.isNew)
    }

    /// Appends a facts version unless an identical one is on file for that firm and year.
    private func recordFacts(_ facts: (year: Int, values: [(key: String, value: FactValue)]), firmID: Int64,
                             firmIsNew: Bool) throws -> Bool {
        let json = FactValue.json(facts.values)
        var hasher = FNV1a()
        hasher.add(json)
        let digest = Int64(bitPattern: hasher.value)
        if !firmIsNew, try statements.factDigests(enterpriseID: firmID, year: facts.year).contains(digest) { return false }
        try statements.insertFact(enterpriseID: firmID, year: facts.year, json: json, digest: digest)
        report.newFacts += 1
        return true
    }

    /// A new firm's place: the row's county or division code; when the row names only a city, the
    /// credit code's county if it lies in that city (so the order of imports does not matter).
    static func placeOfNewFirm(code: CreditCode, place: ParsedRow.Place?) -> Location {
        // The code's division only when needed: most rows name their county (cutting it out costs
        // more than the rest of the row's place).
        guard let place else { return Location(division: RegionCode(trusted: code.division)) }
        if place.cityOnly {
            let registered = RegionCode(trusted: code.division)
            if registered.city == place.division.city, !registered.isCityOrAbove {
                return Location(division: registered, zone: place.zone)
            }
        }
        return Location(division: place.division, zone: place.zone)
    }

    /// The new place when a row's place differs from the current one; a row naming only a city
    /// leaves a firm that is already in a county of that city where it is.
    static func move(from current: Location, to place: ParsedRow.Place) -> Location? {
        // A row that names the firm's own division without a zone column leaves its zone as it is.
        if place.zone == nil, place.division == current.division { return nil }
        let target = Location(division: place.division, zone: place.zone ?? (place.cityOnly ? current.zone : nil))
        if place.cityOnly {
            let sameCity = current.division.city == place.division.city || current.division == place.division
            if sameCity && target.zone == current.zone { return nil }
            return target
        }
        return target == current ? nil : target
    }
}

extension ImportKind {
    /// Lists published by an issuing authority: recorded without the promotion guard.
    var isPublishedList: Bool { self == .hnteList || self == .tsmeList || self == .selectionList }

    /// Kinds whose names and places are the firm's current ones (a difference is a rename or move).
    var recordsChanges: Bool { self == .roster || self == .renameList }
}
