import GRDB

/// The firm core's reads for code that still holds a GRDB `Database` (find and the statistics:
/// SQLite's measured paths): each runs the one seam version on that transaction, so a
/// rule is never written twice.
extension Registry {
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
}

extension ListCalendar {
    static func load(_ db: Database, knownAt: Moment?, needed: Bool) throws -> ListCalendar {
        try load(GRDBConnection(db), knownAt: knownAt, needed: needed)
    }
}
