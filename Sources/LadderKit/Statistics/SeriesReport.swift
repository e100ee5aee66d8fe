/// `ladder series`: how many firms validly held a tier on the last day of each month, quarter or
/// year, in total or by reporting region.
public struct SeriesReport: Sendable {
    public struct Point: Sendable, Equatable {
        /// `2024-03`, `2024Q1` or `2024`.
        public let label: String
        public let end: Day
        public let total: Int
        /// Region code → count, when grouped by city (every listed region has an entry).
        public let counts: [String: Int]
    }

    public let tier: Tier
    public let step: SeriesStep
    public let byCity: Bool
    /// Only firms in this region on each period's day were counted; nil: every firm.
    public let region: Region?
    public let knownAt: Moment?
    public let policy: Policy
    /// The region columns when grouped by city: the 12 reporting regions, then any others with firms.
    public let regions: [ReportingRegion]
    public let points: [Point]

    init(tier: Tier, step: SeriesStep, byCity: Bool, region: Region? = nil, knownAt: Moment?, policy: Policy,
         periods: [(label: String, end: Day)], sweep: SeriesSweep) {
        self.tier = tier
        self.step = step
        self.byCity = byCity
        self.region = region
        self.knownAt = knownAt
        self.policy = policy
        var byRegion: [ReportingRegion: [Int]] = [:]
        // The sweep counts each place on each day after relocations, so keeping a region's places
        // keeps exactly the firms in it on each day.
        for (place, counts) in sweep.counts where region?.contains(place) ?? true {
            let region = place.location.reportingRegion
            byRegion[region] = zip(byRegion[region] ?? Array(repeating: 0, count: counts.count), counts).map(+)
        }
        let others = byRegion.keys.filter { !ReportingRegion.reporting.contains($0) }.sorted()
        regions = byCity ? ReportingRegion.reporting + others : []
        points = periods.enumerated().map { index, period in
            var counts: [String: Int] = [:]
            var total = 0
            for (region, values) in byRegion {
                total += values[index]
                if byCity { counts[region.code] = values[index] }
            }
            if byCity { for region in ReportingRegion.reporting where counts[region.code] == nil { counts[region.code] = 0 } }
            return Point(label: period.label, end: period.end, total: total, counts: counts)
        }
    }
}
