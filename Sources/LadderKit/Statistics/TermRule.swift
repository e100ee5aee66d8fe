/// The last day of a grant's term under the policy, computed exactly as `History.grant` does, so
/// the statistics and `ladder show` can never disagree about a qualification's end.
struct TermRule: Sendable {
    let policy: ValidityPolicy
    /// First days of each year's lists, for list terms that run until the next list.
    let calendar: ListCalendar

    /// The last valid day before any revocation; nil while a list runs until a next list not yet recorded.
    func end(of grant: GrantRecord) -> Day? {
        switch grant.tier {
        case .hnte: return policy.hnte.end(issued: grant.start)
        case .tsme: return policy.tsme.end(numberYear: grant.year)
        case .growth, .leader:
            return policy.listTerm(for: grant.tier).end(effective: grant.start,
                                                        nextListStart: calendar.nextListStart(grant.tier, grant.year))
        }
    }
}
