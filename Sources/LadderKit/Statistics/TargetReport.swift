/// `ladder targets`: each target in force, where the count stands, and where it is heading.
public struct TargetReport: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        /// The count on the as-of day already reaches the target.
        case met
        /// Not yet, but the linear projection to the due day reaches it.
        case onTrack = "on-track"
        /// The projection falls short.
        case offTrack = "off-track"
        /// The due day has passed without the count reaching the target.
        case missed
    }

    public struct Row: Sendable, Equatable {
        public let target: Target
        /// Firms validly holding the tier in the region on the as-of day.
        public let current: Int
        /// The same count one year before the as-of day (Civil Code counting: 2024-02-29 → 2023-02-28).
        public let yearBefore: Int
        /// The count projected to the due day along the line through the two counts, rounded down.
        public let projection: Int
        public let status: Status
    }

    public let asOf: Day
    /// One year before `asOf`.
    public let yearBefore: Day
    /// The region asked about (its targets and those within it); nil: every target.
    public let region: Region?
    public let knownAt: Moment?
    public let policy: Policy
    public let rows: [Row]

    /// current + (current − before) × days to due ÷ days elapsed, in integers, rounded down; the
    /// current count itself once the due day is reached.
    public static func projection(current: Int, before: Int, elapsedDays: Int, remainingDays: Int) -> Int {
        guard remainingDays > 0, elapsedDays > 0 else { return current }
        let growth = (current - before) * remainingDays
        let step = growth >= 0 ? growth / elapsedDays : -((-growth + elapsedDays - 1) / elapsedDays)
        return current + step
    }

    static func status(target: Int, current: Int, projection: Int, asOf: Day, due: Day) -> Status {
        if current >= target { return .met }
        if due < asOf { return .missed }
        return projection >= target ? .onTrack : .offTrack
    }
}
