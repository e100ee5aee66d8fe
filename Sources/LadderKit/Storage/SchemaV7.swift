/// Migration v7, frozen: corrections of what was recorded about a firm's place and founding day
/// (valid time, not a move), and registrations set aside or taken up again.
enum SchemaV7 {
    static let sql = """
    -- correction: a correction of what was recorded about a firm's place or founding day, by command;
    -- not a move (a move is a relocate event). effective_on: the first day the corrected place
    -- holds (NULL: from the start, so the place as registered is corrected); it holds until the
    -- next relocation or correction in effective-day order. founded_on is always from the start.
    -- Reads known at a moment apply the corrections recorded by then; one recorded later wins a tie.
    CREATE TABLE correction (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
        effective_on TEXT CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        division TEXT CHECK (length(division) = 6 AND division NOT GLOB '*[^0-9]*'),
        zone TEXT CHECK (zone IN ('ganjiang')),
        founded_on TEXT CHECK (founded_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        reason TEXT NOT NULL CHECK (reason <> ''),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL CHECK (operator <> ''),
        command TEXT NOT NULL,
        document TEXT,
        note TEXT,
        CHECK (division IS NOT NULL OR founded_on IS NOT NULL),
        CHECK (zone IS NULL OR division IS NOT NULL),
        CHECK (founded_on IS NULL OR effective_on IS NULL)
    ) STRICT;

    CREATE INDEX correction_by_enterprise ON correction(enterprise_id, id);

    CREATE TRIGGER correction_is_append_only_update BEFORE UPDATE ON correction
    BEGIN
        SELECT RAISE(ABORT, 'correction is append-only: record a newer correction instead');
    END;

    CREATE TRIGGER correction_is_append_only_delete BEFORE DELETE ON correction
    BEGIN
        SELECT RAISE(ABORT, 'correction is append-only: record a newer correction instead');
    END;

    -- registration_change: a firm's registration set aside ('void': registered by mistake, or by a
    -- voided batch, with nothing else referring to it) or taken up again ('renew': its credit code
    -- registered again, which re-opens the same enterprise row). The latest recorded by a moment
    -- decides: reads known at or after a void treat the firm as never registered; reads known
    -- earlier still see it. batch_id: the voided batch (void) or the importing batch (renew).
    CREATE TABLE registration_change (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind = 'void' OR kind = 'renew'),
        reason TEXT CHECK (reason <> ''),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL CHECK (operator <> ''),
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE RESTRICT,
        command TEXT,
        document TEXT,
        note TEXT,
        CHECK (batch_id IS NOT NULL OR command IS NOT NULL),
        CHECK (kind <> 'void' OR reason IS NOT NULL)
    ) STRICT;

    CREATE INDEX registration_change_by_enterprise ON registration_change(enterprise_id, id);

    CREATE TRIGGER registration_change_is_append_only_update BEFORE UPDATE ON registration_change
    BEGIN
        SELECT RAISE(ABORT, 'registration_change is append-only: record a newer change instead');
    END;

    CREATE TRIGGER registration_change_is_append_only_delete BEFORE DELETE ON registration_change
    BEGIN
        SELECT RAISE(ABORT, 'registration_change is append-only: record a newer change instead');
    END;
    """
}
