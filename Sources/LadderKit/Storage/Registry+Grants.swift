/// Writes that grant a qualification: admission, certification, listing.
extension Registry {
    /// Records a 科技型中小企业 admission (入库) with its 入库登记编号, valid from `effective`.
    public func admit(_ code: CreditCode, number: TsmeNumber, effective: Day, context: WriteContext) throws -> WriteOutcome {
        try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let policy = try Registry.policy(c, knownAt: nil)
            let end = policy.validity.tsme.end(numberYear: number.year)
            let yearStart = Day(year: number.year, month: 1, day: 1)!
            if effective < yearStart {
                throw RegistryError.effectiveBeforeStart(tier: .tsme, label: number.text, start: yearStart, effective: effective)
            }
            if effective > end {
                throw RegistryError.effectiveAfterEnd(tier: .tsme, label: number.text, end: end, effective: effective)
            }
            if let existing = try Registry.existingGrant(c, enterprise: enterprise, number: number.text, kind: .admit,
                                                         effective: effective) {
                return .unchanged(existing)
            }
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil, policy: policy)
            try Registry.checkReadmission(enterprise: enterprise, history: history, year: number.year,
                                          policy: policy.validity.tsme)
            try Registry.guardPromotion(c, enterprise: enterprise, tier: .tsme, category: nil, day: effective,
                                        context: context)
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id, detail: .admit(number: number),
                                              effective: effective, provenance: context.provenance))
        }
    }

    /// Records a 高新技术企业 certificate issued on `issued`.
    public func certify(_ code: CreditCode, number: CertificateNumber, issued: Day,
                        context: WriteContext) throws -> WriteOutcome {
        if let problem = number.issueDayProblem(issued) { throw RegistryError.badIssueDay(problem) }
        return try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            if let existing = try Registry.existingGrant(c, enterprise: enterprise, number: number.text, kind: .certify,
                                                         effective: issued) {
                return .unchanged(existing)
            }
            try Registry.guardPromotion(c, enterprise: enterprise, tier: .hnte, category: nil, day: issued, context: context)
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id, detail: .certify(number: number),
                                              effective: issued, provenance: context.provenance))
        }
    }

    /// Records a listing on the `year` growth or leader list, effective from `effective`.
    public func select(_ code: CreditCode, tier: Tier, category: ListCategory, year: Int, effective: Day,
                       context: WriteContext) throws -> WriteOutcome {
        guard category.tier == tier else { throw RegistryError.categoryNotInTier(category: category, tier: tier) }
        return try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let policy = try Registry.policy(c, knownAt: nil)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil, policy: policy)
            if let same = history.qualifications.first(where: { $0.tier == tier && $0.year == year }) {
                let event = history.visible.first { $0.id == same.grantEventID }!
                guard same.category == category, same.start == effective else {
                    throw RegistryError.conflictingSelection(code: code.text, tier: tier, year: year,
                                                             existing: same.category!, eventID: same.grantEventID)
                }
                return .unchanged(event)
            }
            try Registry.guardPromotion(c, enterprise: enterprise, tier: tier, category: category, day: effective,
                                        context: context)
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id,
                                              detail: .select(category: category, year: year),
                                              effective: effective, provenance: context.provenance))
        }
    }

    /// The same grant already in force for this firm (→ unchanged); refuses a number in force for
    /// another firm, or for this firm with a different day.
    static func existingGrant(_ c: any RegistryConnection, enterprise: Enterprise, number: String, kind: EventKind,
                              effective: Day) throws -> Event? {
        let rows = try c.rows("""
            SELECT e.id AS event_id, e.enterprise_id, e.effective_on, f.credit_code, f.name FROM event e
            JOIN enterprise f ON f.id = e.enterprise_id
            WHERE e.number = ? AND e.kind = ?
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            ORDER BY e.id
            """, [.text(number), .text(kind.rawValue)])
        for row in rows where row.int64(1) != enterprise.id {
            let history = try history(c, enterprise: try requireEnterprise(c, code: CreditCode(trusted: row.string(3))),
                                      knownAt: nil, policy: try policy(c, knownAt: nil))
            throw RegistryError.numberHeldByAnother(number: number, holderCode: row.string(3),
                                                    holderName: history.name(on: .distantFuture, registered: row.string(4)))
        }
        guard let row = rows.first else { return nil }
        guard row.text(2) == effective.iso else {
            throw RegistryError.conflictingGrant(code: enterprise.creditCode.text, number: number,
                                                 recorded: row.day(2)!, eventID: row.id(0), effective: effective)
        }
        return try event(c, id: row.id(0))
    }

    /// A firm whose 科小 registration was removed cannot be admitted again in the removal year,
    /// nor for the policy's bar after a removal for fraud.
    static func checkReadmission(enterprise: Enterprise, history: History, year: Int, policy: TsmeTerm) throws {
        for q in history.qualifications where q.tier == .tsme {
            guard let revokedOn = q.revokedOn, let eventID = q.revocationEventID,
                  let event = history.visible.first(where: { $0.id == eventID }),
                  case let .revoke(_, ground, _) = event.detail else { continue }
            let bar = ground == .fraud ? policy.fraudBarYears : 0
            let earliest = revokedOn.year + bar + 1
            if year >= revokedOn.year, year < earliest {
                throw RegistryError.readmissionBarred(code: enterprise.creditCode.text, year: year,
                                                      revokedIn: revokedOn.year, ground: ground, untilYear: earliest)
            }
        }
    }
}

extension Day {
    /// A day after every real effective day, for "the latest known" lookups.
    static let distantFuture = Day(ordinal: Day.ordinal(year: 9999, month: 12, day: 31))
}
