import GRDB

/// The statistics' reads on a SQLite registry: the registry's own statements, unchanged (raw
/// `SQLiteStatement` loops on the hot paths), inside the caller's read transaction.
struct SQLiteStatisticsReads: StatisticsReads {
    let db: Database

    func policy(knownAt: Moment?) throws -> Policy { try Registry.policy(db, knownAt: knownAt) }

    func termRule(policy: Policy, knownAt: Moment?) throws -> TermRule {
        try Registry.termRule(db, policy: policy, knownAt: knownAt)
    }

    func corrections(knownAt: Moment?) throws -> Corrections { try Registry.corrections(db, knownAt: knownAt) }

    func forEachGrant(bounds: CandidateBounds, knownAt: Moment?, _ body: (GrantRecord) throws -> Void) throws {
        try Registry.forEachGrant(db, bounds: bounds, knownAt: knownAt, body)
    }

    func maxFirmID() throws -> Int64 { try Registry.maxFirmID(db) }

    func fields(firms: [Int64], knownAt: Moment?) throws -> [Int64: String] {
        try Registry.fields(db, firms: firms, knownAt: knownAt)
    }

    func details(grants: [GrantRecord], on day: Day, knownAt: Moment?, corrections: Corrections) throws
        -> [Int64: FirmDetails] {
        try Registry.details(db, grants: grants, on: day, knownAt: knownAt, corrections: corrections)
    }

    func firstRecordedAt() throws -> Moment? { try Registry.firstRecordedAt(db) }
}
