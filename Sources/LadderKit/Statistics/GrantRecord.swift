/// A granting event (admit, certify, select) as statistics read it from the `grant_place` cache:
/// which firm and tier, the number's or list's year, the day it starts, and where the firm was
/// registered. Only events recorded by the moment of knowledge are read. A plain value: reports
/// hold hundreds of thousands.
struct GrantRecord: Sendable {
    let grantID: Int64
    let firmID: Int64
    let tier: Tier
    /// Number year (tsme), list year (growth, leader), issue year (hnte).
    let year: Int
    let start: Day
    let registered: PlaceKey
}
