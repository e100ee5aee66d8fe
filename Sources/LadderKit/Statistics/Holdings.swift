/// One firm's valid qualification of a tier on a day, and where the firm is that day.
struct Holding: Sendable {
    let grant: GrantRecord
    /// The term's last day (nil: a list running until a next list not yet recorded).
    let end: Day?
    let place: PlaceKey
}

/// The firms validly holding one tier on one day, each counted once: a firm whose new certificate
/// starts before its old one ends holds two valid qualifications for a while, but is one 高企.
/// Validity is `Qualification.status(on:) == .valid`: started, not ended, not revoked by the day.
struct Holdings: Sendable {
    let tier: Tier
    let day: Day
    /// One per firm: the valid qualification starting last, when the firm holds several.
    private(set) var list: [Holding] = []

    init(tier: Tier, day: Day, records: [GrantRecord], rule: TermRule, corrections: Corrections) {
        self.tier = tier
        self.day = day
        // Firm id → index in `list`; firm ids are dense row ids, so an array beats a dictionary.
        let maxFirm = records.lazy.map(\.firmID).max() ?? 0
        var slot = [Int32](repeating: -1, count: Int(maxFirm) + 1)
        var ends = EndMemo(rule: rule)
        list.reserveCapacity(records.count)
        for grant in records where grant.start <= day && !corrections.isVoided(grant.grantID) {
            let end = ends.end(of: grant)
            if let end, end < day { continue }
            if let revokedOn = corrections.revokedOn(grant.grantID), revokedOn <= day { continue }
            let holding = Holding(grant: grant, end: end,
                                  place: corrections.place(of: grant.firmID, on: day, registered: grant.registered))
            let index = Int(slot[Int(grant.firmID)])
            if index < 0 {
                slot[Int(grant.firmID)] = Int32(list.count)
                list.append(holding)
            } else if (list[index].grant.start, list[index].grant.grantID) < (grant.start, grant.grantID) {
                list[index] = holding
            }
        }
    }

    var count: Int { list.count }
}

/// `TermRule.end` remembered for the last (tier, start, year): grants arrive in start order and
/// certificates are issued in a few batches a year, so most rows repeat the previous key.
struct EndMemo {
    let rule: TermRule
    private var key: (Tier, Day, Int)?
    private var value: Day?

    init(rule: TermRule) { self.rule = rule }

    mutating func end(of grant: GrantRecord) -> Day? {
        if let key, key.0 == grant.tier, key.1 == grant.start, key.2 == grant.year { return value }
        key = (grant.tier, grant.start, grant.year)
        value = rule.end(of: grant)
        return value
    }
}
