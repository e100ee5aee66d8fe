/// A granting event (admit, certify, select) as statistics read it from the `grant_place` cache:
/// which firm and tier, the number's or list's year, the day it starts, and where the firm was
/// registered. Only events recorded by the moment of knowledge are read.
///
/// Packed into 24 bytes: reports hold up to a million of these, and at 48 bytes the time went
/// into allocating and copying memory rather than counting.
struct GrantRecord: Sendable {
    let grantID: Int64
    private let firm: Int32
    private let startOrdinal: Int32
    private let place: Int32
    private let year16: Int16
    let tier: Tier

    init(grantID: Int64, firmID: Int64, tier: Tier, year: Int, start: Day, registered: PlaceKey) {
        self.grantID = grantID
        firm = Int32(truncatingIfNeeded: firmID)
        startOrdinal = Int32(truncatingIfNeeded: start.ordinal)
        place = Int32(truncatingIfNeeded: registered.raw)
        year16 = Int16(truncatingIfNeeded: year)
        self.tier = tier
    }

    var firmID: Int64 { Int64(firm) }
    /// Number year (tsme), list year (growth, leader), issue year (hnte).
    var year: Int { Int(year16) }
    var start: Day { Day(ordinal: Int(startOrdinal)) }
    var registered: PlaceKey { PlaceKey(raw: Int(place)) }
}

extension GrantRecord {
    /// The qualification this grant gives, with its term's end and its earliest revocation in force.
    func qualification(end: Day?, revokedOn: Day?) -> Qualification {
        Qualification(grantEventID: grantID, tier: tier, number: nil, category: nil, year: year, start: start, end: end,
                      revokedOn: revokedOn)
    }
}
