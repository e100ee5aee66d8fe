/// A firm that meets a tier's rules on a day but does not hold it, or whose qualification ends
/// within the year: the list bureaus work from when they push firms to apply or re-apply.
public struct Candidate: Sendable {
    public enum Reason: String, Sendable {
        /// Meets the rules and holds no valid qualification of the tier.
        case notHeld = "not-held"
        /// Holds one that ends in the as-of year (期满当年) and still meets the rules.
        case endsThisYear = "ends-this-year"
    }

    public let creditCode: CreditCode
    public let name: String
    public let region: ReportingRegion
    public let reason: Reason
    /// The last valid day of the qualification that ends this year.
    public let ends: Day?
    public let score: Points?
}
