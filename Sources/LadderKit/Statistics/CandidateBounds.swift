/// Which grants of a tier can be valid on some day of `first...last`, as bounds an index range
/// can use. Every bound comes from the policy's own end rule, never from a second copy of it in
/// SQL: each end rule is monotone (a later start or year never ends earlier), so "ends on or
/// after `first`" is "starts on or after the earliest such start" (or "has a year from …").
/// Rows inside the bounds are still checked one by one with `TermRule`.
struct CandidateBounds: Equatable, Sendable {
    let tier: Tier
    /// Grants starting after this day are not valid yet.
    let startThrough: Day
    /// Certificates and fixed-term lists: the earliest start whose term reaches `first`.
    var startFrom: Day?
    /// 科小: the earliest number year whose term reaches `first`.
    var minimumYear: Int?
    /// Lists valid until the next list: the list years not yet replaced on `first`.
    var years: [Int]?

    init(tier: Tier, first: Day, last: Day, rule: TermRule) {
        self.tier = tier
        startThrough = last
        let policy = rule.policy
        switch tier {
        case .hnte:
            startFrom = CandidateBounds.earliestStart(reaching: first, years: policy.hnte.years) {
                policy.hnte.end(issued: $0)
            }
        case .tsme:
            var year = first.year - 2
            while policy.tsme.end(numberYear: year) < first { year += 1 }
            minimumYear = year
        case .growth, .leader:
            let term = policy.listTerm(for: tier)
            switch term.term {
            case .years:
                startFrom = CandidateBounds.earliestStart(reaching: first, years: term.years) {
                    term.end.end(of: $0, years: term.years)
                }
            case .untilNextList:
                years = (rule.calendar.firstDay[tier] ?? [:]).keys.sorted().filter { year in
                    guard let next = rule.calendar.nextListStart(tier, year) else { return true }
                    return next > first
                }
            }
        }
    }

    /// The first start whose term of `years` years ends on or after `day`. A term of N years is
    /// at most 366·N days, so the search starts where every end is still before `day`.
    static func earliestStart(reaching day: Day, years: Int, end: (Day) -> Day) -> Day {
        var start = day.adding(days: -(366 * max(years, 0) + 1))
        while end(start) < day { start = start.adding(days: 1) }
        return start
    }
}

extension CandidateBounds {
    /// Every grant of `tier` starting by `day`: for reports that follow whole histories (cohorts,
    /// funnels, successors), where a lower bound would cut chains.
    init(tier: Tier, startingBy day: Day) {
        self.tier = tier
        startThrough = day
    }
}
