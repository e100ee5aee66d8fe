/// Migration v1, frozen: the registry core. Never edit a released migration; add a new one.
enum SchemaV1 {
    static let sql = """
    -- import_batch: one row per imported file; the events it recorded point to it.
    CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        encoding TEXT NOT NULL,
        kind TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        operator TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        rows INTEGER NOT NULL DEFAULT 0,
        new_enterprises INTEGER NOT NULL DEFAULT 0,
        updated_enterprises INTEGER NOT NULL DEFAULT 0,
        new_events INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    -- enterprise: one row per firm, keyed by its credit code; name and place as first registered here.
    CREATE TABLE enterprise (
        id INTEGER PRIMARY KEY,
        credit_code TEXT NOT NULL UNIQUE CHECK (length(credit_code) = 18),
        name TEXT NOT NULL CHECK (name <> ''),
        division TEXT NOT NULL CHECK (length(division) = 6 AND division NOT GLOB '*[^0-9]*'),
        zone TEXT CHECK (zone IN ('ganjiang')),
        founded_on TEXT CHECK (founded_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        field TEXT,
        contact TEXT,
        phone TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE RESTRICT,
        updated_at TEXT
    ) STRICT;

    CREATE INDEX enterprise_by_name ON enterprise(name);

    -- Renames and relocations are events; the registered name and place never change.
    CREATE TRIGGER enterprise_identity_is_fixed
    BEFORE UPDATE OF credit_code, name, division, zone, created_at ON enterprise
    BEGIN
        SELECT RAISE(ABORT, 'enterprise identity is fixed: record a rename or relocate event instead');
    END;

    -- event: the append-only history; every admission, certificate, listing, revocation, rename,
    -- relocation and correction, with valid time (effective_on) and transaction time (recorded_at).
    CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('admit', 'certify', 'select', 'revoke', 'rename', 'relocate', 'void')),
        effective_on TEXT NOT NULL CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        tier TEXT CHECK (tier IN ('tsme', 'hnte', 'growth', 'leader')),
        number TEXT,
        category TEXT CHECK (category IN ('unicorn', 'potential-unicorn', 'seed-unicorn', 'gazelle',
                                          'potential-gazelle', 'leader', 'reserve')),
        year INTEGER,
        target_id INTEGER REFERENCES event(id) ON DELETE RESTRICT,
        name TEXT,
        division TEXT CHECK (length(division) = 6 AND division NOT GLOB '*[^0-9]*'),
        zone TEXT CHECK (zone IN ('ganjiang')),
        ground TEXT CHECK (ground IN ('fraud', 'accident', 'unreported-change', 'missed-reports', 'other')),
        reason TEXT,
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL CHECK (operator <> ''),
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE RESTRICT,
        command TEXT,
        document TEXT,
        note TEXT,
        override TEXT,
        CHECK (batch_id IS NOT NULL OR command IS NOT NULL),
        CHECK (CASE kind
            WHEN 'admit' THEN tier = 'tsme' AND number IS NOT NULL AND year IS NOT NULL
            WHEN 'certify' THEN tier = 'hnte' AND number IS NOT NULL AND year IS NOT NULL
            WHEN 'select' THEN tier IN ('growth', 'leader') AND category IS NOT NULL AND year IS NOT NULL
            WHEN 'revoke' THEN tier IS NOT NULL AND target_id IS NOT NULL AND ground IS NOT NULL
                AND reason IS NOT NULL
            WHEN 'rename' THEN name IS NOT NULL AND name <> ''
            WHEN 'relocate' THEN division IS NOT NULL
            WHEN 'void' THEN target_id IS NOT NULL AND reason IS NOT NULL
        END)
    ) STRICT;

    CREATE INDEX event_by_enterprise ON event(enterprise_id, effective_on);
    CREATE INDEX event_grant_by_day ON event(tier, effective_on) WHERE kind IN ('admit', 'certify', 'select');
    CREATE INDEX event_by_target ON event(target_id) WHERE target_id IS NOT NULL;
    CREATE UNIQUE INDEX event_void_once ON event(target_id) WHERE kind = 'void';
    CREATE INDEX event_by_number ON event(number) WHERE number IS NOT NULL;
    CREATE INDEX event_rename_by_name ON event(name) WHERE kind = 'rename';
    CREATE INDEX event_relocation ON event(enterprise_id, effective_on) WHERE kind = 'relocate';
    CREATE INDEX event_by_batch ON event(batch_id) WHERE batch_id IS NOT NULL;

    -- Revocations, voids and relocations with every column statistics read, so a report reads the few
    -- thousand corrections from one small index instead of one table row each.
    CREATE INDEX event_correction ON event(kind, recorded_at, target_id, effective_on, enterprise_id, division, zone)
        WHERE kind IN ('revoke', 'void', 'relocate');

    CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
    BEGIN
        SELECT RAISE(ABORT, 'event is append-only: record a void or a new event instead');
    END;

    CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
    BEGIN
        SELECT RAISE(ABORT, 'event is append-only: record a void instead of deleting');
    END;

    -- A void cancels an earlier event of the same firm, and is itself final.
    CREATE TRIGGER event_void_target BEFORE INSERT ON event WHEN NEW.kind = 'void'
    BEGIN
        SELECT RAISE(ABORT, 'a void must target an earlier event of the same enterprise')
        WHERE NOT EXISTS (SELECT 1 FROM event t WHERE t.id = NEW.target_id
                          AND t.enterprise_id = NEW.enterprise_id);
        SELECT RAISE(ABORT, 'a void cannot be voided')
        WHERE (SELECT kind FROM event t WHERE t.id = NEW.target_id) = 'void';
    END;

    -- A revocation ends a qualification of the same firm and tier.
    CREATE TRIGGER event_revoke_target BEFORE INSERT ON event WHEN NEW.kind = 'revoke'
    BEGIN
        SELECT RAISE(ABORT, 'a revocation must target a qualification of the same enterprise and tier')
        WHERE NOT EXISTS (SELECT 1 FROM event t WHERE t.id = NEW.target_id
                          AND t.enterprise_id = NEW.enterprise_id AND t.tier = NEW.tier
                          AND t.kind IN ('admit', 'certify', 'select'));
    END;

    -- grant_place: a cache for statistics, rebuildable from event and enterprise at any time. One row per
    -- granting event (admit, certify, select) with its firm's registered place, keyed so that a count
    -- of valid qualifications by region reads one short range of this table instead of one event row
    -- and one firm per grant (on 350k certificates: 40 ms instead of 600).
    -- year: the number's year (tsme, from the number as History reads it), the list year (growth,
    -- leader), the issue year (hnte, so a range of issue days is also a range of years).
    -- division: the firm's registered division code, as a number.
    -- Rebuild: DELETE FROM grant_place; then the INSERT of the trigger below as one INSERT … SELECT.
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

    -- Events are append-only and a firm's registered place is fixed, so a row, once written, stays true.
    CREATE TRIGGER grant_place_fill AFTER INSERT ON event WHEN NEW.kind IN ('admit', 'certify', 'select')
    BEGIN
        INSERT INTO grant_place (tier, year, effective_on, event_id, enterprise_id, division, zone, recorded_at)
        SELECT NEW.tier,
               CASE NEW.kind WHEN 'certify' THEN CAST(substr(NEW.effective_on, 1, 4) AS INTEGER)
                             WHEN 'admit' THEN CAST(substr(NEW.number, 1, 4) AS INTEGER)
                             ELSE NEW.year END,
               NEW.effective_on, NEW.id, NEW.enterprise_id, CAST(e.division AS INTEGER), e.zone, NEW.recorded_at
        FROM enterprise e WHERE e.id = NEW.enterprise_id;
    END;

    -- target: plan targets (e.g. 10000 valid 高企 by 2025-12-31), per tier and optionally per region;
    -- the latest row for a (tier, region) is in force.
    CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        tier TEXT NOT NULL CHECK (tier IN ('tsme', 'hnte', 'growth', 'leader')),
        region TEXT NOT NULL DEFAULT '' CHECK (region = '' OR region = 'ganjiang' OR (length(region) = 6
                                                AND region NOT GLOB '*[^0-9]*')),
        count INTEGER NOT NULL CHECK (count > 0),
        due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        note TEXT
    ) STRICT;

    CREATE INDEX target_by_tier ON target(tier, region, id);
    """
}
