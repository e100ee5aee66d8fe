import LadderKit

/// Refuses logins after too many failures, per account name and per client, for a while. The
/// counts live in the registry, so a restart does not reset them.
struct LoginThrottle {
    let registry: Registry
    let settings: ServerSettings

    static func keys(username: String, client: String) -> [String] { ["account:" + username, "client:" + client] }

    func isLocked(keys: [String], now: Moment) throws -> Bool {
        let since = now.adding(microseconds: -settings.lockoutSeconds * 1_000_000)
        return try keys.contains { try registry.loginFailures(key: $0, since: since) >= settings.loginFailureLimit }
    }

    func fail(keys: [String], now: Moment) throws { try registry.recordLoginFailure(keys: keys, at: now) }

    func succeed(keys: [String], now: Moment) throws {
        try registry.clearLoginFailures(keys: keys, before: now.adding(microseconds: -settings.lockoutSeconds * 1_000_000))
    }
}
