/// One firm's valid qualification of a tier on a day, and where the firm is that day.
struct Holding: Sendable {
    let grant: GrantRecord
    private let endOrdinal: Int32
    private let placeRaw: Int32

    init(grant: GrantRecord, end: Day?, place: PlaceKey) {
        self.grant = grant
        endOrdinal = end.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? .max
        placeRaw = Int32(truncatingIfNeeded: place.raw)
    }

    /// The term's last day (nil: a list running until a next list not yet recorded).
    var end: Day? { endOrdinal == .max ? nil : Day(ordinal: Int(endOrdinal)) }
    /// Where the firm is on the day.
    var place: PlaceKey { PlaceKey(raw: Int(placeRaw)) }
}

/// The firms validly holding one tier on one day, each counted once: a firm whose new certificate
/// starts before its old one ends holds two valid qualifications for a while, but is one 高企.
/// Validity is `Qualification.status(on:) == .valid`: started, not ended, not revoked by the day.
struct Holdings: Sendable {
    let tier: Tier
    let day: Day
    /// One per firm, once `finish` ran: the valid qualification starting last, when the firm holds several.
    private(set) var list: [Holding] = []

    private let corrections: Corrections
    /// Only firms in this region on the day are kept; nil: every firm.
    private let region: Region?
    private var ends: EndMemo
    /// Firms seen, and firms seen twice: a bit per firm id instead of an index per firm, since
    /// a firm holds two valid qualifications of a tier only in the weeks two terms overlap.
    private var seen: IDBits
    private var twice = IDBits()
    private var heldTwice = false

    /// Empty holdings, to be filled with `add` and closed with `finish`; `maxFirm` is the highest
    /// firm id that can come; `region`, when given, keeps only the firms in it on the day.
    init(tier: Tier, day: Day, maxFirm: Int64, rule: TermRule, corrections: Corrections, region: Region? = nil) {
        self.tier = tier
        self.day = day
        self.corrections = corrections
        self.region = region
        ends = EndMemo(rule: rule)
        seen = IDBits(capacity: maxFirm)
        // Room for every firm: untouched capacity costs no memory, and growing by copying did.
        list.reserveCapacity(Int(maxFirm) + 1)
    }

    /// Keeps `grant` when it is valid on the day.
    mutating func add(_ grant: GrantRecord) {
        guard grant.start <= day, !corrections.isVoided(grant.grantID) else { return }
        let end = ends.end(of: grant)
        if let end, end < day { return }
        if let revokedOn = corrections.revokedOn(grant.grantID), revokedOn <= day { return }
        let place = corrections.place(of: grant.firmID, on: day, registered: grant.registered)
        // A firm has one place on the day, so all its grants are kept or left out together.
        if let region, !region.contains(place) { return }
        if seen.contains(grant.firmID) {
            twice.insert(grant.firmID)
            heldTwice = true
        } else {
            seen.insert(grant.firmID)
        }
        list.append(Holding(grant: grant, end: end, place: place))
    }

    /// Keeps one qualification per firm: the one starting last (then the later grant).
    mutating func finish() {
        guard heldTwice else { return }
        var best: [Int64: Int] = [:]
        for (index, h) in list.enumerated() where twice.contains(h.grant.firmID) {
            if let kept = best[h.grant.firmID],
               (list[kept].grant.start, list[kept].grant.grantID) > (h.grant.start, h.grant.grantID) { continue }
            best[h.grant.firmID] = index
        }
        var kept = 0  // compacted in place: the list is the largest thing a report holds
        for index in list.indices where !twice.contains(list[index].grant.firmID) || best[list[index].grant.firmID] == index {
            list[kept] = list[index]
            kept += 1
        }
        list.removeLast(list.count - kept)
        twice = IDBits()
        heldTwice = false
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
