/// Migration v4, frozen: corrections of a firm's profile kept as versions, not written over.
enum SchemaV4 {
    static let sql = """
    -- profile_version: a correction of a firm's profile (founding day, field, contact, phone) that an
    -- import found; only the fields it changed are set. (Registries from before v4 had their
    -- profiles corrected in place: what they held then is their profile as registered.) The enterprise row keeps the profile as first
    -- registered (enterprise.updated_at is no longer written); a read known at a moment applies, oldest
    -- first, the versions recorded by then, leaving out those of a batch voided by then. So a count
    -- by field, or a check, known at a moment is the same however the profile is corrected later.
    CREATE TABLE profile_version (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
        founded_on TEXT CHECK (founded_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        field TEXT,
        contact TEXT,
        phone TEXT,
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL CHECK (operator <> ''),
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE RESTRICT,
        CHECK (founded_on IS NOT NULL OR field IS NOT NULL OR contact IS NOT NULL OR phone IS NOT NULL)
    ) STRICT;

    CREATE INDEX profile_version_by_enterprise ON profile_version(enterprise_id, id);

    CREATE TRIGGER profile_version_is_append_only_update BEFORE UPDATE ON profile_version
    BEGIN
        SELECT RAISE(ABORT, 'profile_version is append-only: record a newer version instead');
    END;

    CREATE TRIGGER profile_version_is_append_only_delete BEFORE DELETE ON profile_version
    BEGIN
        SELECT RAISE(ABORT, 'profile_version is append-only: record a newer version instead');
    END;

    -- The profile as first registered stays as it was: corrections are profile versions.
    CREATE TRIGGER enterprise_profile_is_kept
    BEFORE UPDATE OF founded_on, field, contact, phone ON enterprise
    BEGIN
        SELECT RAISE(ABORT, 'the profile as first registered is kept: record a profile version instead');
    END;
    """
}
