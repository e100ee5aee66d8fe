import GRDB

/// Login sessions of `ladder serve`, kept in the registry so that a restart keeps them. The server
/// passes the time in; a session idle longer than `idle` is refused and deleted.
extension Registry {
    /// Opens a session for `account`, known by the digest of its cookie.
    @discardableResult
    public func openSession(account: Account, digest: String, csrfToken: String, client: String?,
                            at: Moment) throws -> LoginSession {
        try transaction { db in
            try db.execute(sql: """
                INSERT INTO login_session (account_id, digest, csrf_token, created_at, last_seen_at, client)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [account.id, digest, csrfToken, at.iso, at.iso, client])
            return LoginSession(id: db.lastInsertedRowID, account: account, csrfToken: csrfToken, lastSeenAt: at)
        }
    }

    /// The live session with this digest, its idle time restarted at `now`; nil when unknown, idle
    /// for more than `idleSeconds` (then deleted) or its account disabled.
    ///
    /// Checking a session only reads: a request signed in by cookie must not wait for an import
    /// holding the write lock. The idle time is restarted afterwards, in the background and at most
    /// once a minute (`touchSeconds`), so it counts to the minute.
    public func session(digest: String, now: Moment, idleSeconds: Int64, touchSeconds: Int64 = 60) throws -> LoginSession? {
        guard let row = try read({ db in
            try Row.fetchOne(db, sql: """
                SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, a.* FROM login_session s
                JOIN account a ON a.id = s.account_id WHERE s.digest = ?
                """, arguments: [digest])
        }) else { return nil }
        let id: Int64 = row["session_id"]
        let account = try Registry.account(row: row)
        guard let lastSeen = Moment(parsing: row["last_seen_at"], defaultOffsetSeconds: 0),
              now <= lastSeen.adding(microseconds: idleSeconds * 1_000_000), !account.isDisabled else {
            // In the background too: refusing a stale cookie must not wait for an import's write lock.
            writer.asyncWriteWithoutTransaction { db in
                try? db.execute(sql: "DELETE FROM login_session WHERE id = ?", arguments: [id])
            }
            return nil
        }
        if now > lastSeen.adding(microseconds: touchSeconds * 1_000_000) {
            let seen = now.iso
            writer.asyncWriteWithoutTransaction { db in
                try? db.execute(sql: "UPDATE login_session SET last_seen_at = ? WHERE id = ?", arguments: [seen, id])
            }
        }
        return LoginSession(id: id, account: account, csrfToken: row["csrf_token"], lastSeenAt: now)
    }

    /// Ends session `id` (signing out); nothing when it is already over.
    public func closeSession(id: Int64) throws {
        try transaction { db in
            try db.execute(sql: "DELETE FROM login_session WHERE id = ?", arguments: [id])
        }
    }
}
