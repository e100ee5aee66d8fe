/// A signed-in browser: its account and the CSRF token its state-changing requests must send back.
public struct LoginSession: Hashable, Sendable {
    public var id: Int64
    public var account: Account
    public var csrfToken: String
    public var lastSeenAt: Moment

    public init(id: Int64, account: Account, csrfToken: String, lastSeenAt: Moment) {
        self.id = id
        self.account = account
        self.csrfToken = csrfToken
        self.lastSeenAt = lastSeenAt
    }
}
