/// Writes that change a firm's standing: revocation, rename, relocation, and corrections.
extension Registry {
    /// Ends a qualification of `tier` from `effective` (取消资格 / 撤销登记编号). When the firm holds
    /// several valid on that day, `number` (certificate, 入库编号, or list year) picks one.
    public func revoke(_ code: CreditCode, tier: Tier, number: String? = nil, effective: Day,
                       ground: RevocationGround, reason: String, context: WriteContext) throws -> WriteOutcome {
        try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let policy = try Registry.policy(c, knownAt: nil)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil, policy: policy)
            let target = try Registry.revocationTarget(history: history, code: code, tier: tier,
                                                       number: number?.trimmingSpaces().uppercased(),
                                                       effective: effective)
            let detail = EventDetail.revoke(target: target.grantEventID, ground: ground, reason: reason)
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id, detail: detail, effective: effective, provenance: context.provenance))
        }
    }

    /// The one qualification a revocation on `effective` would end, or why there is none.
    static func revocationTarget(history: History, code: CreditCode, tier: Tier, number: String?,
                                 effective: Day) throws -> Qualification {
        let candidates = history.qualifications.filter { q in
            q.tier == tier && (number == nil || q.number == number || String(q.year) == number)
        }
        let valid = candidates.filter { $0.isValid(on: effective) }
        if valid.count == 1 { return valid[0] }
        if valid.count > 1 {
            throw RegistryError.ambiguousQualification(code: code.text, tier: tier, day: effective,
                                                       numbers: valid.map { $0.number ?? String($0.year) })
        }
        if let later = candidates.first(where: { $0.status(on: effective) == .notStarted }), candidates.count == 1 {
            throw RegistryError.effectiveBeforeStart(tier: tier, label: later.number ?? String(later.year),
                                                     start: later.start, effective: effective)
        }
        // Said in the language of the command that asked; the days stay ISO, as the table shows them.
        let detail: String
        if candidates.isEmpty {
            detail = number.map { RegistryErrorText.noneNumbered.text(["number": $0]) } ?? RegistryErrorText.noneRecorded.text()
        } else {
            detail = candidates.map { q in
                let label = q.number ?? String(q.year)
                switch q.status(on: effective) {
                case .revoked: return RegistryErrorText.qualificationRevoked.text(["label": label, "day": q.revokedOn!.iso])
                case .expired: return RegistryErrorText.qualificationEnded.text(["label": label, "day": q.end!.iso])
                case .notStarted: return RegistryErrorText.qualificationStarts.text(["label": label, "day": q.start.iso])
                case .valid: return RegistryErrorText.qualificationValid.text(["label": label])
                }
            }.joined(separator: RegistryErrorText.listSeparator.text())
        }
        throw RegistryError.notValidOnDay(code: code.text, tier: tier, day: effective, detail: detail)
    }

    /// Records a change of name (更名) from `effective`; qualifications keep their numbers and ends.
    public func rename(_ code: CreditCode, to newName: String, effective: Day,
                       context: WriteContext) throws -> WriteOutcome {
        let name = newName.trimmingSpaces()
        guard !name.isEmpty else { throw RegistryError.emptyName }
        return try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil,
                                               policy: try Registry.policy(c, knownAt: nil))
            guard history.name(on: effective, registered: enterprise.registeredName) != name else {
                throw RegistryError.sameName(code: code.text, name: name)
            }
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id, detail: .rename(name: name),
                                              effective: effective, provenance: context.provenance))
        }
    }

    /// Records a move (迁移) to `location` from `effective`; qualifications move with the firm.
    public func relocate(_ code: CreditCode, to location: Location, effective: Day,
                         context: WriteContext) throws -> WriteOutcome {
        try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: nil,
                                               policy: try Registry.policy(c, knownAt: nil))
            let current = history.location(on: effective, registered: enterprise.registeredLocation)
            guard current != location else {
                throw RegistryError.sameLocation(code: code.text, location: location.label)
            }
            return .recorded(try Event.insert(c, enterpriseID: enterprise.id, detail: .relocate(to: location),
                                              effective: effective, provenance: context.provenance))
        }
    }

    /// Records that event `eventID` is to be treated as never having happened. Final: a void
    /// cannot itself be voided, and an event is voided at most once.
    public func void(eventID: Int64, reason: String, context: WriteContext) throws -> Event {
        try writing { c in
            guard let target = try Registry.event(c, id: eventID) else { throw RegistryError.unknownEvent(id: eventID) }
            if target.kind == .void { throw RegistryError.cannotVoidVoid(id: eventID) }
            if let voidID = try c.int64("SELECT id FROM event WHERE kind = 'void' AND target_id = ?",
                                        [.integer(eventID)]) {
                throw RegistryError.alreadyVoided(id: eventID, voidID: voidID)
            }
            return try Event.insert(c, enterpriseID: target.enterpriseID, detail: .void(target: eventID, reason: reason),
                                    effective: ChinaTime.day(of: context.at), provenance: context.provenance)
        }
    }
}

extension Location {
    /// `360111 青山湖区` or `360112 新建区 (赣江新区)`.
    public var label: String {
        var text = division.code
        if let name = division.name { text += " " + name }
        if let zone { text += " (\(zone.name))" }
        return text
    }
}
