/// Everything `ladder show` tells about one firm on a day, as known at a moment.
public struct EnterpriseProfile: Sendable {
    public let enterprise: Enterprise
    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    public let history: History
    /// When seen from a region (`seen(from:)`): the days the firm lay in it, which limit the lists
    /// below to what happened there. Nil: the whole record.
    public internal(set) var shownStays: Stays? = nil

    public var name: String { history.name(on: asOf, registered: enterprise.registeredName) }
    public var location: Location { history.location(on: asOf, registered: enterprise.registeredLocation) }
    public var position: Tier? { history.position(on: asOf) }
    public var names: [(name: String, from: Day?)] {
        let all = history.names(registered: enterprise.registeredName)
        guard let shownStays else { return all }
        return all.enumerated().filter { index, entry in
            let last = index + 1 < all.count ? all[index + 1].from?.adding(days: -1) : nil
            return shownStays.overlaps(entry.from ?? .beforeAll, through: last)
        }.map(\.element)
    }
    public var qualifications: [(qualification: Qualification, status: QualificationStatus)] {
        history.qualifications.compactMap(shown).map { ($0, $0.status(on: asOf)) }
    }
    /// Every visible event in effective-day order, with the void that cancelled it if any.
    public var timeline: [(event: Event, voidedBy: Int64?)] {
        history.visible.filter(isShown).sorted { ($0.effective, $0.id) < ($1.effective, $1.id) }
            .map { ($0, history.voidedBy[$0.id]?.id) }
    }
    /// Corrections of the place or founding day known at the moment, oldest first.
    public var corrections: [Correction] {
        guard let shownStays else { return history.corrections }
        return history.corrections.filter { $0.effective.map(shownStays.containsEitherSide) ?? true }
    }
}
