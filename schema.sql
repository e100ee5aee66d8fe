-- ladder registry schema: the current state of all migrations, for people to read.
-- A test proves that running this file builds the same tables, indexes and triggers as the
-- migrations in Sources/LadderKit/Storage. Days are YYYY-MM-DD text (_on), moments are UTC
-- ISO text with microseconds (_at), money is INTEGER yuan.
--
-- client (added by v9, hence its place at the end of a table or before its table constraints):
-- the address a write came from through `ladder serve` (the last X-Forwarded-For hop behind a
-- trusted proxy); NULL for a `ladder` command run on the machine itself, and for the rows an import
-- wrote, whose batch carries it. `ladder log` shows it.
-- operator_id (added by v10, after client): the account that made a write through `ladder serve`;
-- NULL for a `ladder` command (whose --operator is any name) and for what was written before v10.
-- A bureau's log and import list tell its accounts' records by it.

-- import_batch: one row per imported file; the events it recorded point to it. title (added by v5, hence
-- its place): the first non-empty row above a published list's header, NULL when there was none.
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
    new_facts INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
, title TEXT, client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT) STRICT;

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
    updated_at TEXT,
    -- A cache: the fingerprint of the imported row that last set this firm's state, so the same
    -- row imported again is known unchanged without re-checking; cleared by any other write.
    row_digest INTEGER
, client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT) STRICT;

-- Renames and relocations are events; the registered name and place never change.
CREATE TRIGGER enterprise_identity_is_fixed
BEFORE UPDATE OF credit_code, name, division, zone, created_at ON enterprise
BEGIN
    SELECT RAISE(ABORT, 'enterprise identity is fixed: record a rename or relocate event instead');
END;

-- event: the append-only history; every admission, certificate, listing, revocation, rename,
-- relocation and correction, with valid time (effective_on) and transaction time (recorded_at).
-- tier is set on granting events only (a revocation's tier is its target's). Enumerations are
-- checked with OR chains, not IN lists: SQLite builds a temporary index for an IN list of more
-- than two constants on every insert, which a million-row import would pay a million times.
-- For the same reason the only insert trigger is v11's, on grant numbers (each costs about as
-- much as the insert itself): that a void's target is not a void and a revocation's target is a
-- grant is checked by the library before writing and by `ladder verify` after.
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind = 'admit' OR kind = 'certify' OR kind = 'select' OR kind = 'revoke'
                              OR kind = 'rename' OR kind = 'relocate' OR kind = 'void'),
    effective_on TEXT NOT NULL CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    tier TEXT CHECK (tier = 'tsme' OR tier = 'hnte' OR tier = 'growth' OR tier = 'leader'),
    number TEXT,
    category TEXT CHECK (category = 'unicorn' OR category = 'potential-unicorn' OR category = 'seed-unicorn'
                         OR category = 'gazelle' OR category = 'potential-gazelle' OR category = 'leader'
                         OR category = 'reserve'),
    year INTEGER,
    target_id INTEGER,
    name TEXT,
    division TEXT CHECK (length(division) = 6 AND division NOT GLOB '*[^0-9]*'),
    zone TEXT CHECK (zone IN ('ganjiang')),
    ground TEXT CHECK (ground = 'fraud' OR ground = 'accident' OR ground = 'unreported-change'
                       OR ground = 'missed-reports' OR ground = 'other'),
    reason TEXT,
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL CHECK (operator <> ''),
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE RESTRICT,
    command TEXT,
    document TEXT,
    note TEXT,
    override TEXT,
    client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT,
    CHECK (batch_id IS NOT NULL OR command IS NOT NULL),
    -- A revocation or void acts on an earlier event of the same firm.
    UNIQUE (id, enterprise_id),
    FOREIGN KEY (target_id, enterprise_id) REFERENCES event(id, enterprise_id) ON DELETE RESTRICT,
    CHECK (target_id < id),
    CHECK (CASE kind
        WHEN 'admit' THEN tier = 'tsme' AND number IS NOT NULL AND year IS NOT NULL
        WHEN 'certify' THEN tier = 'hnte' AND number IS NOT NULL AND year IS NOT NULL
        WHEN 'select' THEN tier IN ('growth', 'leader') AND category IS NOT NULL AND year IS NOT NULL
        WHEN 'revoke' THEN tier IS NULL AND target_id IS NOT NULL AND ground IS NOT NULL AND reason IS NOT NULL
        WHEN 'rename' THEN tier IS NULL AND name IS NOT NULL AND name <> ''
        WHEN 'relocate' THEN tier IS NULL AND division IS NOT NULL
        WHEN 'void' THEN tier IS NULL AND target_id IS NOT NULL AND reason IS NOT NULL
    END)
) STRICT;

CREATE INDEX event_by_enterprise ON event(enterprise_id, effective_on);
CREATE INDEX event_grant_by_day ON event(tier, effective_on) WHERE tier IS NOT NULL;
CREATE INDEX event_by_target ON event(target_id) WHERE target_id IS NOT NULL;
CREATE UNIQUE INDEX event_void_once ON event(target_id) WHERE kind = 'void';
CREATE INDEX event_by_number ON event(number) WHERE number IS NOT NULL;
CREATE INDEX event_rename_by_name ON event(name) WHERE kind = 'rename';
CREATE INDEX event_change_by_enterprise ON event(enterprise_id, effective_on) WHERE kind IN ('rename', 'relocate');

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only: record a void or a new event instead');
END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only: record a void instead of deleting');
END;

-- A certificate or 科小 number is in force for one grant at a time: a second admission or
-- certificate of the same kind and number is refused until the first is voided (v11; a voided
-- grant keeps its number, so no unique index can say this). A first import into an empty
-- registry drops it with the indexes and checks the whole table once before it commits.
CREATE TRIGGER event_number_in_force_once BEFORE INSERT ON event
WHEN NEW.number IS NOT NULL AND EXISTS (
    SELECT 1 FROM event e WHERE e.number = NEW.number AND e.kind = NEW.kind
      AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id))
BEGIN
    SELECT RAISE(ABORT, 'this certificate or 科小 number is already in force for another grant: void that grant first');
END;

-- target: plan targets (e.g. 10000 valid 高企 by 2025-12-31), per tier and optionally per region;
-- the latest row for a (tier, region) is in force.
CREATE TABLE target (
    id INTEGER PRIMARY KEY,
    tier TEXT NOT NULL CHECK (tier = 'tsme' OR tier = 'hnte' OR tier = 'growth' OR tier = 'leader'),
    region TEXT NOT NULL DEFAULT '' CHECK (region = '' OR region = 'ganjiang' OR (length(region) = 6
                                            AND region NOT GLOB '*[^0-9]*')),
    count INTEGER NOT NULL CHECK (count > 0),
    due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    note TEXT
, client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT) STRICT;

CREATE INDEX target_by_tier ON target(tier, region, id);

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
    client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT,
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
-- versions are ignored from recorded_at on); since v7 the firms it registered are set aside
-- (registration_change) unless something outside the batch refers to them.
CREATE TABLE batch_void (
    batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE RESTRICT,
    reason TEXT NOT NULL CHECK (reason <> ''),
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL
, client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT) STRICT;

-- policy: policy documents (thresholds, bands, validity knobs); the newest recorded is in force.
CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    policy_id TEXT NOT NULL CHECK (policy_id <> ''),
    version INTEGER NOT NULL CHECK (version > 0),
    document TEXT NOT NULL CHECK (json_valid(document)),
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT,
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
    client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT,
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
    client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT,
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

-- firm_name: every name a firm was registered or renamed under, as a search key (full-width
-- letters, digits and brackets as ASCII, no spaces: how imports compare names). A cache derived
-- from enterprise and rename events, filled in bulk after writes up to firm_name_mark, never by
-- a trigger; lookups read the firms and renames past the mark from their own tables, so a cache
-- that lags is slower, never wrong. event_id: the rename that gave the name (NULL for the name as
-- registered); a name whose rename was voided is left out when read. Rebuildable: DELETE FROM
-- firm_name_mark and the next write fills it again.
CREATE TABLE firm_name (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL,
    event_id INTEGER,
    key TEXT NOT NULL
) STRICT;

-- Whole names: the exact lookup every command naming a firm makes (ASCII letters in either case).
CREATE INDEX firm_name_by_key ON firm_name(key COLLATE NOCASE);

-- Substrings of 3 or more characters: trigrams of firm_name.key. (Both full-text tables keep no
-- sizes, detail = 'none' and columnsize = 0: a lookup needs only which names hold a token.)
CREATE VIRTUAL TABLE firm_name_trigram USING fts5(
    key, content = 'firm_name', content_rowid = 'id', tokenize = 'trigram', detail = 'none', columnsize = 0);

-- Substrings of 2 characters, which trigrams cannot find: every pair of adjacent characters of
-- firm_name.key as one token (rowid = firm_name.id), nothing else stored.
CREATE VIRTUAL TABLE firm_name_bigram USING fts5(
    pairs, content = '', detail = 'none', columnsize = 0,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'");

-- firm_name_mark: the highest firm id and event id firm_name has been filled through (one row).
CREATE TABLE firm_name_mark (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    through_enterprise INTEGER NOT NULL,
    through_event INTEGER NOT NULL
) STRICT;

-- account: who may use the server. region: '' (the province), a six-digit city or county code,
-- or 'ganjiang' (Region.stored). password_hash: bcrypt, made outside the library.
-- disabled_at: set once, never cleared (a disabled account is replaced by a new one).
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '' AND length(name) <= 64),
    role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    region TEXT NOT NULL CHECK (region = '' OR region = 'ganjiang'
                                OR (length(region) = 6 AND region NOT GLOB '*[^0-9]*')),
    password_hash TEXT NOT NULL CHECK (password_hash <> ''),
    created_at TEXT NOT NULL,
    disabled_at TEXT
) STRICT;

-- account_change: every change to an account, by whom and with which command (append-only).
CREATE TABLE account_change (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'disable', 'passwd', 'token', 'revoke')),
    token_id INTEGER REFERENCES account_token(id) ON DELETE RESTRICT,
    recorded_at TEXT NOT NULL,
    operator TEXT NOT NULL CHECK (operator <> ''),
    command TEXT
, client TEXT, operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT) STRICT;

CREATE TRIGGER account_change_is_append_only_update BEFORE UPDATE ON account_change
BEGIN
    SELECT RAISE(ABORT, 'account_change is append-only');
END;

CREATE TRIGGER account_change_is_append_only_delete BEFORE DELETE ON account_change
BEGIN
    SELECT RAISE(ABORT, 'account_change is append-only');
END;

-- account_token: an API token for scripts, stored as the SHA-256 hex digest of the token.
CREATE TABLE account_token (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
    digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
    created_at TEXT NOT NULL,
    revoked_at TEXT
) STRICT;

-- login_session: a signed-in browser, by the SHA-256 hex digest of its cookie. last_seen_at
-- moves on with each request; a session idle too long is refused and deleted.
CREATE TABLE login_session (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
    csrf_token TEXT NOT NULL CHECK (csrf_token <> ''),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    client TEXT
) STRICT;

-- login_failure: a failed login, by account name ('account:NAME') and by client
-- ('client:ADDRESS'); a success clears the account's and the client's.
CREATE TABLE login_failure (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL CHECK (key <> ''),
    at TEXT NOT NULL
) STRICT;

CREATE INDEX login_failure_by_key ON login_failure(key, at);
