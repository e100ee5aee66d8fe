import GRDB

/// The `grant_place` cache: filled in bulk from `event` and `enterprise`, never by a trigger, up to
/// a mark; reads take the rows past the mark from `event` itself, so the cache only ever speeds
/// a count up. Event ids only grow (events are appended, never deleted), so "past the mark" is
/// exactly what the cache lacks.
extension Registry {
    /// A granting event as a `grant_place` row: tier, year, effective_on, event_id, enterprise_id,
    /// division, zone, recorded_at, from `event g JOIN enterprise e`.
    static let grantPlaceColumns = """
        g.tier AS tier,
        CASE g.kind WHEN 'certify' THEN CAST(substr(g.effective_on, 1, 4) AS INTEGER)
                    WHEN 'admit' THEN CAST(substr(g.number, 1, 4) AS INTEGER) ELSE g.year END AS year,
        g.effective_on AS effective_on, g.id AS event_id, g.enterprise_id AS enterprise_id,
        CAST(e.division AS INTEGER) AS division, e.zone AS zone, g.recorded_at AS recorded_at
        """

    static let isGrant = "(g.kind = 'admit' OR g.kind = 'certify' OR g.kind = 'select')"

    /// The event id the cache is filled through.
    static func grantPlaceMark(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT through_event FROM grant_place_mark WHERE id = 1") ?? 0
    }

    /// Fills the cache through the newest event, in the caller's write transaction; returns the
    /// rows added. One statement for any number of events: the importer calls it once per file.
    @discardableResult
    static func fillGrantPlaces(_ db: Database) throws -> Int {
        let mark = try grantPlaceMark(db)
        guard let newest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM event"), newest > mark else { return 0 }
        try db.execute(sql: """
            INSERT OR REPLACE INTO grant_place (tier, year, effective_on, event_id, enterprise_id, division, zone,
                                                recorded_at)
            SELECT \(grantPlaceColumns) FROM event g NOT INDEXED JOIN enterprise e ON e.id = g.enterprise_id
            WHERE g.id > ? AND g.id <= ? AND \(isGrant)
            """, arguments: [mark, newest])
        let added = db.changesCount
        try db.execute(sql: """
            INSERT INTO grant_place_mark (id, through_event) VALUES (1, ?)
            ON CONFLICT (id) DO UPDATE SET through_event = excluded.through_event
            """, arguments: [newest])
        return added
    }

    /// Fills the cache through the newest event, waiting for the write lock like any write.
    @discardableResult
    public func fillGrantPlaces() throws -> Int {
        try transaction { db in try Registry.fillGrantPlaces(db) }
    }

    /// Reads for statistics. Reads never write: every write transaction brings the cache up to
    /// date before it commits, and events past the mark (a registry written by an older ladder) are
    /// read from `event` itself, so the answer is exact either way.
    func statisticsRead<T>(_ body: (Database) throws -> T) throws -> T {
        try read(body)
    }

    /// The statistics' reads in one snapshot, on either engine: SQLite's own statements on a file,
    /// the same reads through the seam on a server (`ConnectionStatisticsReads`).
    func statisticsReads<T>(_ body: (any StatisticsReads) throws -> T) throws -> T {
        switch store {
        case .sqlite:
            return try read { db in try body(SQLiteStatisticsReads(db: db)) }
        case .engine:
            return try reading { c in try body(ConnectionStatisticsReads(connection: c)) }
        }
    }
}
