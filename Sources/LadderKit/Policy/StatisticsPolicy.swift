/// The statistics knobs of the policy document (`"statistics"`); reports print the policy id
/// and version they used.
public struct StatisticsPolicy: Hashable, Sendable {
    /// A new qualification of the same tier and firm whose start falls within this many days
    /// either side of an old one's end is its successor: the firm re-certified rather than lapsed.
    /// Default 365 (one year): certificates are issued in batches, and a firm re-applies in the
    /// year its certificate ends (期满当年), so the new one may start months before or after.
    public var recertificationWindowDays: Int

    public init(recertificationWindowDays: Int) {
        self.recertificationWindowDays = recertificationWindowDays
    }

    /// `recertification_window_days: 365`.
    public static let standard = StatisticsPolicy(recertificationWindowDays: 365)
}

extension StatisticsPolicy {
    var json: PolicyJSON { .object(["recertification_window_days": .integer(recertificationWindowDays)]) }

    init(_ r: PolicyReader) throws(PolicyError) {
        self.init(recertificationWindowDays: try r.int("recertification_window_days", atLeast: 0))
    }
}
