/// One firm's recorded events seen from a moment of knowledge: which are in force, which were
/// voided, and what they add up to on any day. Pure: the same events and policy give the same answer.
public struct History: Sendable {
    /// Events recorded by `knownAt` (all, when nil), in recording order.
    public let visible: [Event]
    /// Event id → the void event that cancelled it, among visible events.
    public let voidedBy: [Int64: Event]
    public let qualifications: [Qualification]
    /// Corrections of the place or founding day recorded by `knownAt`, in recording order.
    public let corrections: [Correction]
    let renames: [Event]
    /// Relocations and place corrections in effective-day order (from the start first), a later
    /// recorded one after an earlier one on the same day: the last one effective by a day places the firm.
    let placeChanges: [(effective: Day, location: Location)]

    /// - Parameters:
    ///   - events: every event of one firm, any order.
    ///   - knownAt: only events recorded at or before this moment count; nil means all.
    ///   - policy: the validity knobs that give each qualification its end.
    ///   - nextListStart: for lists valid "until the next list", the day the next year's list of a
    ///     tier took effect, if recorded.
    ///   - corrections: the firm's corrections, any order; those recorded after `knownAt` are left out.
    public init(events: [Event], knownAt: Moment?, policy: ValidityPolicy,
                nextListStart: (Tier, Int) -> Day? = { _, _ in nil }, corrections: [Correction] = []) {
        // Each array filtered, then sorted in place: `candidates` makes a history per firm, and
        // `sorted` would copy every filtered array once more.
        var visible = events.filter { knownAt == nil || $0.recordedAt <= knownAt! }
        visible.sort { $0.id < $1.id }
        var voidedBy: [Int64: Event] = [:]
        for event in visible {
            if case let .void(target, _) = event.detail { voidedBy[target] = event }
        }
        // Every visible void cancels something, so with none cancelled there is no void to leave
        // out either: most firms, whose events are then shared rather than copied.
        let active = voidedBy.isEmpty ? visible : visible.filter { voidedBy[$0.id] == nil && $0.kind != .void }
        var revocations: [Int64: Event] = [:]
        for event in active {
            guard case let .revoke(target, _, _) = event.detail else { continue }
            if let earlier = revocations[target], earlier.effective <= event.effective { continue }
            revocations[target] = event
        }
        self.visible = visible
        self.voidedBy = voidedBy
        var qualifications = active.compactMap { event -> Qualification? in
            guard let q = History.grant(event, policy: policy, nextListStart: nextListStart) else { return nil }
            guard let revocation = revocations[event.id] else { return q }
            return q.revoked(on: revocation.effective, by: revocation.id)
        }
        qualifications.sort { ($0.start, $0.grantEventID) < ($1.start, $1.grantEventID) }
        self.qualifications = qualifications
        var renames = active.filter { $0.kind == .rename }
        renames.sort { ($0.effective, $0.id) < ($1.effective, $1.id) }
        self.renames = renames
        var kept = corrections.filter { knownAt == nil || $0.provenance.recordedAt <= knownAt! }
        kept.sort { $0.id < $1.id }
        self.corrections = kept
        var changes: [(effective: Day, recorded: Moment, order: Int, location: Location)] = []
        for event in active {
            if case let .relocate(to) = event.detail { changes.append((event.effective, event.recordedAt, 0, to)) }
        }
        for correction in self.corrections {
            guard let location = correction.location else { continue }
            changes.append((correction.effective ?? .beforeAll, correction.provenance.recordedAt, 1, location))
        }
        placeChanges = changes.sorted { ($0.effective, $0.recorded, $0.order) < ($1.effective, $1.recorded, $1.order) }
            .map { ($0.effective, $0.location) }
    }

    /// The qualification an admit, certify or select event grants under `policy`.
    static func grant(_ event: Event, policy: ValidityPolicy, nextListStart: (Tier, Int) -> Day?) -> Qualification? {
        let start = event.effective
        switch event.detail {
        case let .admit(number):
            return Qualification(grantEventID: event.id, tier: .tsme, number: number.text, category: nil,
                                 year: number.year, start: start, end: policy.tsme.end(numberYear: number.year))
        case let .certify(number):
            return Qualification(grantEventID: event.id, tier: .hnte, number: number.text, category: nil,
                                 year: start.year, start: start, end: policy.hnte.end(issued: start))
        case let .select(category, year):
            let tier = category.tier
            let end = policy.listTerm(for: tier).end(effective: start, nextListStart: nextListStart(tier, year))
            return Qualification(grantEventID: event.id, tier: tier, number: nil, category: category,
                                 year: year, start: start, end: end)
        default:
            return nil
        }
    }

    public func qualifications(validOn day: Day) -> [Qualification] {
        qualifications.filter { $0.isValid(on: day) }
    }

    /// The highest tier validly held on `day`, or nil when none.
    public func position(on day: Day) -> Tier? {
        qualifications(validOn: day).map(\.tier).max()
    }

    /// The name in force on `day`: the last rename effective by then, else the registered name.
    public func name(on day: Day, registered: String) -> String {
        guard let event = renames.last(where: { $0.effective <= day }), case let .rename(name) = event.detail
        else { return registered }
        return name
    }

    /// Every name the firm has had, oldest first, with the day each took effect (nil: as registered).
    public func names(registered: String) -> [(name: String, from: Day?)] {
        [(registered, nil)] + renames.compactMap { event in
            guard case let .rename(name) = event.detail else { return nil }
            return (name, event.effective)
        }
    }

    /// The place on `day`: the last relocation or place correction effective by then, else where
    /// the firm registered.
    public func location(on day: Day, registered: Location) -> Location {
        placeChanges.last(where: { $0.effective <= day })?.location ?? registered
    }
}
