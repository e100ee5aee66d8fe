/// Migration v2, frozen: annual facts and policy documents.
enum SchemaV2 {
    static let sql = """
    -- fact: one recorded version of a firm's annual facts for a fiscal year (JSON object of the
    -- fields given, money in yuan); versions are appended, the newest wins field by field.
    CREATE TABLE fact (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        facts TEXT NOT NULL CHECK (json_valid(facts) AND json_type(facts) = 'object'),
        digest INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL CHECK (operator <> ''),
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE RESTRICT,
        command TEXT,
        CHECK (batch_id IS NOT NULL OR command IS NOT NULL)
    ) STRICT;

    CREATE INDEX fact_by_enterprise ON fact(enterprise_id, year, id);

    CREATE TRIGGER fact_is_append_only_update BEFORE UPDATE ON fact
    BEGIN
        SELECT RAISE(ABORT, 'fact is append-only: record a newer version instead');
    END;

    CREATE TRIGGER fact_is_append_only_delete BEFORE DELETE ON fact
    BEGIN
        SELECT RAISE(ABORT, 'fact is append-only: record a newer version instead');
    END;

    -- batch_void: an import batch undone as a whole (its events are voided one by one, its facts
    -- versions are ignored from recorded_at on); firms it registered stay registered.
    CREATE TABLE batch_void (
        batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE RESTRICT,
        reason TEXT NOT NULL CHECK (reason <> ''),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL
    ) STRICT;

    -- policy: policy documents (thresholds, bands, validity knobs); the newest recorded is in force.
    CREATE TABLE policy (
        id INTEGER PRIMARY KEY,
        policy_id TEXT NOT NULL CHECK (policy_id <> ''),
        version INTEGER NOT NULL CHECK (version > 0),
        document TEXT NOT NULL CHECK (json_valid(document)),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        UNIQUE (policy_id, version)
    ) STRICT;

    CREATE TRIGGER policy_is_append_only_update BEFORE UPDATE ON policy
    BEGIN
        SELECT RAISE(ABORT, 'policy documents are kept as recorded: import a new version instead');
    END;

    CREATE TRIGGER policy_is_append_only_delete BEFORE DELETE ON policy
    BEGIN
        SELECT RAISE(ABORT, 'policy documents are kept as recorded: import a new version instead');
    END;
    """
}
