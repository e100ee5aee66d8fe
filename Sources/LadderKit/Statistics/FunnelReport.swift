/// `ladder funnel`: of the firms that first entered one tier in each year, how many went on to a
/// higher tier, and how long it took.
public struct FunnelReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// Year of the firm's first qualification of the lower tier.
        public let year: Int
        public let entered: Int
        /// Firms with a qualification of the higher tier starting on or after that first day (within
        /// the limit, when one was given) and by the as-of day.
        public let reached: Int
        /// Days from the first lower qualification to the first higher one: the median, halves kept.
        public let medianDays: Double?

        /// Reached / entered, in tenths of a percent rounded half up; nil when none entered.
        public var rateTenths: Int? { entered == 0 ? nil : (reached * 2000 + entered) / (2 * entered) }
    }

    public let from: Tier
    public let to: Tier
    /// The higher tier counts only when it started within this many years (Civil Code counting).
    public let withinYears: Int?
    /// Only firms in this region on the day they entered the lower tier; nil: every firm.
    public let region: Region?
    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    public let rows: [Row]
}

extension FunnelReport {
    init(from lower: TierHistory, to higher: TierHistory, withinYears: Int?, region: Region? = nil, asOf: Day,
         knownAt: Moment?, policy: Policy, corrections: Corrections) {
        from = lower.tier
        to = higher.tier
        self.withinYears = withinYears
        self.region = region
        self.asOf = asOf
        self.knownAt = knownAt
        self.policy = policy
        var entered: [Int: Int] = [:]
        var days: [Int: [Int]] = [:]
        lower.forEachChain { firm, chain in
            guard let entry = chain.first else { return }
            let first = entry.grant.start
            if let region, !region.contains(corrections.place(of: firm, on: first, registered: entry.grant.registered)) {
                return
            }
            entered[first.year, default: 0] += 1
            let limit = withinYears.map { first.civilPeriodEnd(years: $0) }
            let reach = higher.chain(of: firm).first { entry in
                let start = entry.grant.start
                return start >= first && limit.map { start <= $0 } ?? true
            }
            if let reach { days[first.year, default: []].append(first.days(until: reach.grant.start)) }
        }
        rows = entered.keys.sorted().map { year in
            let spans = (days[year] ?? []).sorted()
            var median: Double?
            if !spans.isEmpty {
                let mid = spans.count / 2
                median = spans.count % 2 == 1 ? Double(spans[mid]) : Double(spans[mid - 1] + spans[mid]) / 2
            }
            return Row(year: year, entered: entered[year]!, reached: spans.count, medianDays: median)
        }
    }
}
