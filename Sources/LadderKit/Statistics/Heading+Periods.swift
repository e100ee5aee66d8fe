extension Heading {
    /// The dates line of a report computed on many days: `as of each period end, 2019-01-31 … 2026-12-31 · …`.
    public static func periods(first: Day?, last: Day?, knownAt: Moment?, policy: Policy) -> String {
        let known = Heading.known(knownAt)
        let range = [first, last].compactMap { $0?.iso }.joined(separator: " … ")
        return TrendText.periods.text(["range": range, "known": known, "policy": policy.label])
    }
}
