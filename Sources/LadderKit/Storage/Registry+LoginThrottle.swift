/// Failed logins, counted per key ('account:NAME', 'client:ADDRESS') so the server can refuse
/// guessing; the server decides the limit and the window, and passes the time in.
extension Registry {
    public func recordLoginFailure(keys: [String], at: Moment) throws {
        try writing { c in
            for key in keys {
                try c.execute("INSERT INTO login_failure (key, at) VALUES (?, ?)", [.text(key), .text(at.iso)])
            }
        }
    }

    /// The failures of `key` at or after `since`.
    public func loginFailures(key: String, since: Moment) throws -> Int {
        try reading { c in
            Int(try c.int64("SELECT count(*) FROM login_failure WHERE key = ? AND at >= ?", [.text(key), .text(since.iso)]) ?? 0)
        }
    }

    /// Forgets the failures of `keys` (after a successful login), and any older than `before`.
    public func clearLoginFailures(keys: [String], before: Moment) throws {
        try writing { c in
            for key in keys {
                try c.execute("DELETE FROM login_failure WHERE key = ?", [.text(key)])
            }
            try c.execute("DELETE FROM login_failure WHERE at < ?", [.text(before.iso)])
        }
    }
}
