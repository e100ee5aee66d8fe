import GRDB

extension ImportSession {
    /// Decides the row's grants and revocation, rejecting numbers held by another firm and
    /// days that contradict what is recorded.
    func check(_ plan: inout RowPlan) throws {
        let row = plan.row
        let firmID = plan.stored?.id
        if plan.stored == nil, row.name == nil {
            plan.reject(column(.name), row.code?.text ?? "", ImportCheckText.newFirmNeedsName.text())
        }
        if let tsme = row.tsme {
            try checkGrant(&plan, number: tsme.number.text, kind: .admit, effective: tsme.admitted, firmID: firmID)
            let end = policy.validity.tsme.end(numberYear: tsme.number.year)
            if tsme.admitted.year < tsme.number.year {
                plan.reject(column(.tsmeNumber), tsme.number.text, ImportCheckText.admittedBeforeYear.text(
                    ["day": tsme.admitted.iso, "number": tsme.number.text, "year": tsme.number.year]))
            } else if tsme.admitted > end {
                plan.reject(column(.tsmeNumber), tsme.number.text, ImportCheckText.admittedAfterEnd.text(
                    ["day": tsme.admitted.iso, "number": tsme.number.text, "end": end.iso]))
            } else {
                plan.grants.append((.admit(number: tsme.number), tsme.admitted, .tsme))
            }
        }
        if let certificate = row.certificate, kind != .renameList {
            try checkGrant(&plan, number: certificate.number.text, kind: .certify, effective: certificate.issued,
                           firmID: firmID)
            plan.grants.append((.certify(number: certificate.number), certificate.issued, .hnte))
        }
        if let selection = row.selection {
            try checkSelection(&plan, selection)
        }
        if let revocation = row.revocation {
            try checkRevocation(&plan, revocation)
        }
        checkFacts(&plan)
        // A grant already recorded exactly is not a new event.
        let recorded = plan.recorded
        plan.grants.removeAll { ImportSession.isRecorded($0, among: recorded) }
    }

    /// Each innovation part within the policy's maximum for it (the row parser knows only that a
    /// score is out of 100).
    func checkFacts(_ plan: inout RowPlan) {
        guard let facts = plan.row.facts else { return }
        for (key, value) in facts.values {
            // Only scores can be above a maximum: other facts pass without a look-up.
            guard case let .points(points) = value, let max = innovationMaxima[key], points > Points(max),
                  let field = ImportField(rawValue: key) else { continue }
            plan.reject(column(field), points.description, ImportCheckText.aboveMaximum.text(
                ["value": points, "max": max, "column": column(field), "policy": policy.label]))
        }
    }

    private func checkGrant(_ plan: inout RowPlan, number: String, kind: EventKind, effective: Day,
                            firmID: Int64?) throws {
        let header = column(kind == .certify ? .certificateNumber : .tsmeNumber)
        if startedEmpty {
            var hasher = FNV1a()
            hasher.add(number)
            if numbersRecorded.insert(hasher.value).inserted { return }
        }
        for grant in try statements.grants(number: number, kind: kind) {
            if grant.enterpriseID != firmID {
                let holder = try statements.holder(firm: grant.enterpriseID, on: connection)
                plan.reject(header, number, ImportCheckText.heldByOther.text(
                    ["number": number, "holder": holder ?? ImportCheckText.anotherFirm.text(), "event": grant.id]))
            } else if grant.effective != effective.iso {
                plan.reject(header, number, ImportCheckText.recordedFromOtherDay.text(
                    ["number": number, "recorded": grant.effective, "event": grant.id, "day": effective.iso]))
            } else {
                plan.recorded.insert(number)
            }
        }
    }

    private static func isRecorded(_ grant: (detail: EventDetail, effective: Day, tier: Tier),
                                   among recorded: Set<String>) -> Bool {
        switch grant.detail {
        case let .admit(number): return recorded.contains(number.text)
        case let .certify(number): return recorded.contains(number.text)
        default: return false
        }
    }

    private func checkSelection(_ plan: inout RowPlan, _ selection: (category: ListCategory, year: Int, effective: Day)) throws {
        let tier = selection.category.tier
        if let stored = plan.stored, !stored.isNew {
            let history = try firmHistory(stored)
            if let same = history.qualifications.first(where: { $0.tier == tier && $0.year == selection.year }) {
                if same.category == selection.category, same.start == selection.effective { return }
                plan.reject(column(.category), selection.category.rawValue, ImportCheckText.alreadyListed.text(
                    ["year": selection.year, "tier": tier.rawValue, "category": same.category?.rawValue ?? "",
                     "start": same.start.iso, "event": same.grantEventID]))
                return
            }
        }
        plan.grants.append((.select(category: selection.category, year: selection.year), selection.effective, tier))
    }

    private func checkRevocation(_ plan: inout RowPlan, _ r: (tier: Tier, number: String?, effective: Day,
                                                             fromYear: Bool, ground: RevocationGround, reason: String))
        throws {
        guard let stored = plan.stored, let code = try plan.row.code ?? enterpriseCode(stored.id) else { return }
        let history = try firmHistory(stored)
        let matching = history.qualifications.filter { q in
            q.tier == r.tier && (r.number == nil || q.number == r.number || String(q.year) == r.number)
        }
        // "Cancelled from 2023" for a certificate issued in 2023: from its first day.
        var effective = r.effective
        if r.fromYear, let start = matching.map(\.start).filter({ $0 > effective && $0.year == effective.year }).min() {
            effective = start
        }
        // The same cancellation already recorded: unchanged.
        if matching.contains(where: { $0.revokedOn == effective }) { return }
        do {
            let target = try Registry.revocationTarget(history: history, code: code, tier: r.tier, number: r.number,
                                                       effective: effective)
            plan.revocation = (target.grantEventID, effective)
        } catch let error as RegistryError {
            plan.reject(column(r.tier == .hnte ? .certificateNumber : .tsmeNumber), r.number ?? code.text, error.description)
        }
    }

    func firmHistory(_ stored: ImportStatements.Stored) throws -> History {
        let events = try Registry.events(connection, enterpriseID: stored.id)
        let calendar = try ListCalendar.load(connection, knownAt: nil, needed: policy.validity.needsListCalendar)
        return History(events: events, knownAt: nil, policy: policy.validity, nextListStart: calendar.nextListStart)
    }

    private func enterpriseCode(_ id: Int64) throws -> CreditCode? {
        try connection.text("SELECT credit_code FROM enterprise WHERE id = ?", [.integer(id)]).map(CreditCode.init(trusted:))
    }
}
