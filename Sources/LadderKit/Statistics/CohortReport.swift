/// `ladder cohort`: qualifications by year of issue, and what became of them by the as-of day.
public struct CohortReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// Year the qualifications started (发证年度 for certificates).
        public let year: Int
        /// Where the firms were on the start day, when grouped by city.
        public let region: ReportingRegion?
        public var issued = 0
        /// Still valid on the as-of day.
        public var valid = 0
        public var revoked = 0
        /// Ran to their end by the as-of day (not revoked) …
        public var ended = 0
        /// … and a successor started within the window around the end.
        public var recertified = 0
        /// … and none did, with the window closed.
        public var lapsed = 0
        /// … and none has yet, with the window still open on the as-of day.
        public var pending = 0

        /// Re-certified / (re-certified + lapsed): of the ended qualifications whose outcome is
        /// decided, the share renewed, in tenths of a percent rounded half up; nil when none is
        /// decided yet (a firm still inside its window has not failed to renew).
        public var retentionTenths: Int? {
            let decided = recertified + lapsed
            return decided == 0 ? nil : (recertified * 2000 + decided) / (2 * decided)
        }
    }

    public let tier: Tier
    public let byCity: Bool
    /// Only qualifications of firms in this region on their start day were followed; nil: all.
    public let region: Region?
    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    public let statistics: StatisticsPolicy
    public let rows: [Row]
}

extension CohortReport {
    init(history: TierHistory, byCity: Bool, region: Region? = nil, asOf: Day, knownAt: Moment?, policy: Policy,
         statistics: StatisticsPolicy, corrections: Corrections) {
        tier = history.tier
        self.byCity = byCity
        self.region = region
        self.asOf = asOf
        self.knownAt = knownAt
        self.policy = policy
        self.statistics = statistics
        let window = statistics.recertificationWindowDays
        var rows: [String: Row] = [:]
        history.forEachChain { firm, chain in
            for entry in chain {
                let q = entry.qualification
                let place = corrections.place(of: firm, on: q.start, registered: entry.grant.registered)
                if let region, !region.contains(place) { continue }
                let region = byCity ? place.location.reportingRegion : nil
                let key = "\(q.start.year) \(region?.code ?? "")"
                var row = rows[key] ?? Row(year: q.start.year, region: region)
                row.issued += 1
                switch q.status(on: asOf) {
                case .valid, .notStarted: row.valid += 1
                case .revoked: row.revoked += 1
                case .expired:
                    row.ended += 1
                    if TierHistory.successor(of: q, in: chain, windowDays: window, asOf: asOf) != nil {
                        row.recertified += 1
                    } else if TierHistory.windowClosed(end: q.end!, windowDays: window, asOf: asOf) {
                        row.lapsed += 1
                    } else {
                        row.pending += 1
                    }
                }
                rows[key] = row
            }
        }
        var ordered = Array(rows.values)
        if byCity {  // every reporting region for each year, even with nothing issued
            for year in Set(ordered.map(\.year)) {
                for region in ReportingRegion.reporting where rows["\(year) \(region.code)"] == nil {
                    ordered.append(Row(year: year, region: region))
                }
            }
        }
        self.rows = ordered.sorted { a, b in
            guard a.year == b.year, let ra = a.region, let rb = b.region else { return a.year < b.year }
            return ra < rb
        }
    }
}
