/// The reads the statistics are derived from, whichever engine answers them: each is one or two
/// statements, and everything decided from their rows (holdings, histories, series, listings)
/// is the same code on both engines. `SQLiteStatisticsReads` keeps SQLite's measured paths;
/// `ConnectionStatisticsReads` reads through a `RegistryConnection` (PostgreSQL).
protocol StatisticsReads {
    /// The policy in force at `knownAt` (now, when nil).
    func policy(knownAt: Moment?) throws -> Policy
    /// The rule that gives each grant its end under `policy`, as known at `knownAt`.
    func termRule(policy: Policy, knownAt: Moment?) throws -> TermRule
    /// Voids, revocations, relocations and place corrections recorded by `knownAt`.
    func corrections(knownAt: Moment?) throws -> Corrections
    /// Each grant of `bounds.tier` recorded by `knownAt` inside the bounds, cached or not.
    func forEachGrant(bounds: CandidateBounds, knownAt: Moment?, _ body: (GrantRecord) throws -> Void) throws
    /// The highest firm id.
    func maxFirmID() throws -> Int64
    /// Each of `firms`' 技术领域 as known at `knownAt` (absent when not entered).
    func fields(firms: [Int64], knownAt: Moment?) throws -> [Int64: String]
    /// Grant id → the firm's code, name on `day`, contact, phone, and the grant's number.
    func details(grants: [GrantRecord], on day: Day, knownAt: Moment?, corrections: Corrections) throws
        -> [Int64: FirmDetails]
    /// When the registry's first record was written (nil when empty).
    func firstRecordedAt() throws -> Moment?
}
