/// Migration v3, frozen: the statistics cache and the index over corrections.
enum SchemaV3 {
    static let sql = """
    -- grant_place: a cache for statistics, derived from event and enterprise and rebuildable at any
    -- time (DELETE both tables below; the next statistics read fills them again). One row per
    -- granting event with its firm's registered place, keyed so that a count of valid
    -- qualifications by region reads one short range instead of one event row and one firm per
    -- grant (350k certificates: 40 ms instead of 600). Filled in bulk after writes, never by a
    -- trigger; rows cover the events up to grant_place_mark.through_event, and statistics read
    -- any newer ones from event itself, so a cache that lags is slower, never wrong.
    -- year: the number's year (tsme, read from the number as History reads it), the list year
    -- (growth, leader), the issue year (hnte, so a range of issue days is also a range of years).
    -- division: the firm's registered division code, as a number.
    CREATE TABLE grant_place (
        tier TEXT NOT NULL,
        year INTEGER NOT NULL,
        effective_on TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        enterprise_id INTEGER NOT NULL,
        division INTEGER NOT NULL,
        zone TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (tier, year, effective_on, event_id)
    ) STRICT, WITHOUT ROWID;

    -- grant_place_mark: the highest event id grant_place has been filled through (one row, or none).
    CREATE TABLE grant_place_mark (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        through_event INTEGER NOT NULL
    ) STRICT;

    -- Revocations, voids and relocations with every column statistics read, so a report reads the
    -- few thousand corrections from one small index instead of one table row each.
    CREATE INDEX event_correction ON event(kind, recorded_at, target_id, effective_on, enterprise_id, division, zone)
        WHERE kind = 'revoke' OR kind = 'void' OR kind = 'relocate';
    """
}
