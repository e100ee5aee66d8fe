/// A list of qualifications with the firm details staff act on: those expiring soon, those that
/// lapsed, or everything valid on a day (for export).
public struct ListingReport: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Valid on the as-of day, last valid day within `days` days after it (or in `year`).
        case expiring(days: Int?, year: Int?)
        /// Ran to their end on or after `since`, with no successor within the window: the window
        /// closed, or with `pending` still open.
        case lapsed(since: Day, windowDays: Int, pending: Bool)
        /// Valid on the as-of day: one row per firm.
        case export
    }

    public struct Row: Sendable, Equatable {
        public let creditCode: String
        /// The name in force on the as-of day.
        public let name: String
        /// Where the firm is on the as-of day.
        public let location: Location
        public let tier: Tier
        /// Certificate or 入库登记编号; for lists, the list year and category.
        public let number: String
        public let start: Day
        /// The term's last day (nil: a list running until a next list not yet recorded).
        public let end: Day?
        /// The last day it is valid, counting a revocation recorded ahead of its day.
        public let lastValidDay: Day?
        public let contact: String?
        public let phone: String?
    }

    public let kind: Kind
    /// The tier listed; nil: every tier.
    public let tier: Tier?
    /// Only firms in this region on the as-of day; nil: every firm.
    public let region: Region?
    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    public let rows: [Row]
}

/// One qualification picked for a listing, before the firm's details are read.
struct ListingPick: Sendable {
    let grant: GrantRecord
    let end: Day?
    let lastValidDay: Day?
    let place: PlaceKey
}

extension ListingPick {
    /// A qualification valid on the day; its last valid day counts a revocation recorded ahead of its day.
    init(_ h: Holding, corrections: Corrections) {
        let q = h.grant.qualification(end: h.end, revokedOn: corrections.revokedOn(h.grant.grantID))
        self.init(grant: h.grant, end: h.end, lastValidDay: q.lastValidDay, place: h.place)
    }
}
