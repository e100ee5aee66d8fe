import GRDB

/// The firm core's reads for code that still holds a GRDB `Database` (find, candidates, statistics,
/// listings: SQLite's measured paths): each runs the one seam version on that transaction, so a
/// rule is never written twice.
extension Registry {
    static func enterprise(_ db: Database, code: CreditCode) throws -> Enterprise? {
        try enterprise(GRDBConnection(db), code: code)
    }

    static func setAside(_ db: Database, enterpriseID: Int64, knownAt: Moment?) throws -> (at: Moment, reason: String)? {
        try setAside(GRDBConnection(db), enterpriseID: enterpriseID, knownAt: knownAt)
    }

    static func events(_ db: Database, enterpriseID: Int64) throws -> [Event] {
        try events(GRDBConnection(db), enterpriseID: enterpriseID)
    }

    static func corrections(_ db: Database, enterpriseID: Int64) throws -> [Correction] {
        try corrections(GRDBConnection(db), enterpriseID: enterpriseID)
    }

    static func policy(_ db: Database, knownAt: Moment?) throws -> Policy {
        try policy(GRDBConnection(db), knownAt: knownAt)
    }

    static func profileCorrections(_ db: Database, knownAt: Moment?,
                                   firm: Int64? = nil) throws -> [Int64: EnterpriseProfileFields] {
        try profileCorrections(GRDBConnection(db), knownAt: knownAt, firm: firm)
    }

    static func facts(_ db: Database, enterpriseID: Int64, knownAt: Moment?) throws -> [Int: AnnualFacts] {
        try facts(GRDBConnection(db), enterpriseID: enterpriseID, knownAt: knownAt)
    }
}

extension ListCalendar {
    static func load(_ db: Database, knownAt: Moment?, needed: Bool) throws -> ListCalendar {
        try load(GRDBConnection(db), knownAt: knownAt, needed: needed)
    }
}
