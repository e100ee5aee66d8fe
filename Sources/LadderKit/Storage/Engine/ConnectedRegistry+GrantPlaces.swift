/// The `grant_place` cache through the seam, filled as SQLite's `Registry.fillGrantPlaces` fills
/// it: every grant past the mark, in one statement, then the mark moved to the newest event.
extension ConnectedRegistry {
    /// Fills the cache inside the caller's write transaction (a copy's, so the cache arrives with
    /// the rows it derives from); returns the new mark.
    @discardableResult
    public static func fillGrantPlaces(_ connection: any RegistryConnection) throws -> Int64 {
        let mark = try connection.int64("SELECT through_event FROM grant_place_mark WHERE id = 1") ?? 0
        guard let newest = try connection.int64("SELECT max(id) FROM event"),
              newest > mark else { return mark }
        // An empty cache has nothing to conflict with: a first import on a server fills it while
        // its key is set aside (`FirstLoadIndexes`), and ON CONFLICT needs the key.
        let empty = mark == 0 ? try connection.int64("SELECT count(*) FROM (SELECT 1 FROM grant_place LIMIT 1) AS t") == 0 : false
        try connection.execute("""
            INSERT INTO grant_place (tier, year, effective_on, event_id, enterprise_id, division, zone, recorded_at)
            SELECT \(Registry.grantPlaceColumns) FROM event g JOIN enterprise e ON e.id = g.enterprise_id
            WHERE g.id > ? AND g.id <= ? AND \(Registry.isGrant)
            """ + (empty ? "" : """

            ON CONFLICT (tier, year, effective_on, event_id) DO UPDATE SET enterprise_id = excluded.enterprise_id,
                division = excluded.division, zone = excluded.zone, recorded_at = excluded.recorded_at
            """), [.integer(mark), .integer(newest)])
        try connection.execute("""
            INSERT INTO grant_place_mark (id, through_event) VALUES (1, ?)
            ON CONFLICT (id) DO UPDATE SET through_event = excluded.through_event
            """, [.integer(newest)])
        return newest
    }
}
