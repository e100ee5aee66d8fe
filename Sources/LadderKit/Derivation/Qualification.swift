/// A qualification derived from a granting event, the policy and any revocation:
/// (firm, tier, number or list year, start day, end day).
public struct Qualification: Hashable, Sendable {
    /// The admit, certify or select event that granted it.
    public let grantEventID: Int64
    public let tier: Tier
    /// Certificate or 入库登记编号; nil for list memberships.
    public let number: String?
    public let category: ListCategory?
    /// Evaluation year (tsme) or list year (growth, leader); issue year for certificates.
    public let year: Int
    public let start: Day
    /// The last valid day by the policy; nil while a list term runs until a next list not yet recorded.
    public let end: Day?
    /// Effective day of the earliest revocation in force: not valid from that day on.
    public let revokedOn: Day?
    public let revocationEventID: Int64?

    public init(grantEventID: Int64, tier: Tier, number: String?, category: ListCategory?, year: Int,
                start: Day, end: Day?, revokedOn: Day? = nil, revocationEventID: Int64? = nil) {
        self.grantEventID = grantEventID
        self.tier = tier
        self.number = number
        self.category = category
        self.year = year
        self.start = start
        self.end = end
        self.revokedOn = revokedOn
        self.revocationEventID = revocationEventID
    }

    public func status(on day: Day) -> QualificationStatus {
        if day < start { return .notStarted }
        if let revokedOn, revokedOn <= day { return .revoked }
        if let end, end < day { return .expired }
        return .valid
    }

    public func isValid(on day: Day) -> Bool { status(on: day) == .valid }

    /// The last day it was or will be valid, counting a revocation (nil: open-ended).
    public var lastValidDay: Day? {
        guard let revokedOn else { return end }
        let beforeRevocation = revokedOn.adding(days: -1)
        return end.map { min($0, beforeRevocation) } ?? beforeRevocation
    }

    func revoked(on day: Day, by eventID: Int64) -> Qualification {
        Qualification(grantEventID: grantEventID, tier: tier, number: number, category: category, year: year,
                      start: start, end: end, revokedOn: day, revocationEventID: eventID)
    }
}
