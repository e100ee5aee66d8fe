/// Migration v8, frozen: the accounts of `ladder serve`, their API tokens, their sessions and the
/// failed logins that throttle guessing. Secrets are never stored: passwords as bcrypt hashes made
/// by the server, tokens and session ids as SHA-256 digests.
enum SchemaV8 {
    static let sql = """
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
    ) STRICT;

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
    """
}
