/// An API token of an account, known by its id (the token itself is shown once and never stored).
public struct AccountToken: Hashable, Sendable {
    public var id: Int64
    public var accountName: String
    public var createdAt: Moment
    public var revokedAt: Moment?

    public init(id: Int64, accountName: String, createdAt: Moment, revokedAt: Moment? = nil) {
        self.id = id
        self.accountName = accountName
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
