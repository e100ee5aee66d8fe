/// PostgreSQL v3, frozen: `grant_place`'s key carries the columns a statistic reads, so the grants
/// of a tier come from the key's index alone, in its order (an index-only scan): no visit to the
/// table's rows, which the key's order scatters, and no sort. No SQLite counterpart (SQLite's
/// table is itself ordered by its key).
enum PostgresSchemaV3 {
    static let sql = """
    ALTER TABLE grant_place DROP CONSTRAINT grant_place_pkey;
    ALTER TABLE grant_place ADD CONSTRAINT grant_place_pkey PRIMARY KEY (tier, year, effective_on, event_id)
        INCLUDE (enterprise_id, division, zone, recorded_at);
    """
}
