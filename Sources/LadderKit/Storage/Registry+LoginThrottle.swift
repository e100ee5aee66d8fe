import GRDB

/// Failed logins, counted per key ('account:NAME', 'client:ADDRESS') so the server can refuse
/// guessing; the server decides the limit and the window, and passes the time in.
extension Registry {
    public func recordLoginFailure(keys: [String], at: Moment) throws {
        try transaction { db in
            for key in keys {
                try db.execute(sql: "INSERT INTO login_failure (key, at) VALUES (?, ?)", arguments: [key, at.iso])
            }
        }
    }

    /// The failures of `key` at or after `since`.
    public func loginFailures(key: String, since: Moment) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM login_failure WHERE key = ? AND at >= ?",
                             arguments: [key, since.iso]) ?? 0
        }
    }

    /// Forgets the failures of `keys` (after a successful login), and any older than `before`.
    public func clearLoginFailures(keys: [String], before: Moment) throws {
        try transaction { db in
            for key in keys {
                try db.execute(sql: "DELETE FROM login_failure WHERE key = ?", arguments: [key])
            }
            try db.execute(sql: "DELETE FROM login_failure WHERE at < ?", arguments: [before.iso])
        }
    }
}
