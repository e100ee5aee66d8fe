/// Everything `ladder show` tells about one firm on a day, as known at a moment.
public struct EnterpriseProfile: Sendable {
    public let enterprise: Enterprise
    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    public let history: History

    public var name: String { history.name(on: asOf, registered: enterprise.registeredName) }
    public var location: Location { history.location(on: asOf, registered: enterprise.registeredLocation) }
    public var position: Tier? { history.position(on: asOf) }
    public var names: [(name: String, from: Day?)] { history.names(registered: enterprise.registeredName) }
    public var qualifications: [(qualification: Qualification, status: QualificationStatus)] {
        history.qualifications.map { ($0, $0.status(on: asOf)) }
    }
    /// Every visible event in effective-day order, with the void that cancelled it if any.
    public var timeline: [(event: Event, voidedBy: Int64?)] {
        history.visible.sorted { ($0.effective, $0.id) < ($1.effective, $1.id) }
            .map { ($0, history.voidedBy[$0.id]?.id) }
    }
    /// Corrections of the place or founding day known at the moment, oldest first.
    public var corrections: [Correction] { history.corrections }
}
