import GRDB

/// Login sessions of `ladder serve`, kept in the registry so that a restart keeps them. The server
/// passes the time in; a session idle longer than `idle` is refused and deleted.
extension Registry {
    /// Opens a session for `account`, known by the digest of its cookie.
    @discardableResult
    public func openSession(account: Account, digest: String, csrfToken: String, client: String?,
                            at: Moment) throws -> LoginSession {
        try writing { c in
            let id = try c.insertReturningID("""
                INSERT INTO login_session (account_id, digest, csrf_token, created_at, last_seen_at, client)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(account.id), .text(digest), .text(csrfToken), .text(at.iso), .text(at.iso), .init(client)])
            return LoginSession(id: id, account: account, csrfToken: csrfToken, lastSeenAt: at)
        }
    }

    /// The live session with this digest, its idle time restarted at `now`; nil when unknown, idle
    /// for more than `idleSeconds` (then deleted) or its account disabled.
    ///
    /// Checking a session only reads: a request signed in by cookie must not wait for an import
    /// holding the write lock. The idle time is restarted afterwards, in the background and at most
    /// once a minute (`touchSeconds`), so it counts to the minute.
    public func session(digest: String, now: Moment, idleSeconds: Int64, touchSeconds: Int64 = 60) throws -> LoginSession? {
        guard let row = try readingOneStatement({ c in
            try c.rows("""
                SELECT s.id, s.csrf_token, s.last_seen_at, a.id, a.name, a.role, a.region, a.created_at, a.disabled_at
                FROM login_session s JOIN account a ON a.id = s.account_id WHERE s.digest = ?
                """, [.text(digest)]).first
        }) else { return nil }
        let id = row.id(0)
        let account = try Registry.account(row: row, offset: 3)
        guard let lastSeen = row.moment(2),
              now <= lastSeen.adding(microseconds: idleSeconds * 1_000_000), !account.isDisabled else {
            // In the background too: refusing a stale cookie must not wait for an import's write lock.
            touchSession("DELETE FROM login_session WHERE id = ?", [.integer(id)])
            return nil
        }
        if now > lastSeen.adding(microseconds: touchSeconds * 1_000_000) {
            touchSession("UPDATE login_session SET last_seen_at = ? WHERE id = ?", [.text(now.iso), .integer(id)])
        }
        return LoginSession(id: id, account: account, csrfToken: row.string(1), lastSeenAt: now)
    }

    /// Ends session `id` (signing out); nothing when it is already over.
    public func closeSession(id: Int64) throws {
        try writing { c in
            try c.execute("DELETE FROM login_session WHERE id = ?", [.integer(id)])
        }
    }

    /// A session's own row changed outside the write lock, best effort: on SQLite in the background
    /// (after an import's transaction); on a server at once, in a transaction of its own (a row
    /// lock on that session, not the registry's write lock).
    private func touchSession(_ sql: String, _ arguments: [StoredValue]) {
        switch store {
        case let .sqlite(writer):
            let arguments = StatementArguments(arguments.map(\.databaseValue))
            writer.asyncWriteWithoutTransaction { db in try? db.execute(sql: sql, arguments: arguments) }
        case let .engine(engine):
            _ = try? engine.withConnection { c in try c.execute(sql, arguments) }
        }
    }
}
