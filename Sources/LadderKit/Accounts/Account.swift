/// A person or script that uses `ladder serve`: a name, a role and the region it may see. The
/// password hash stays in the registry; the library only stores and compares what the server made.
public struct Account: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var role: AccountRole
    public var region: Region
    public var createdAt: Moment
    public var disabledAt: Moment?

    public init(id: Int64, name: String, role: AccountRole, region: Region, createdAt: Moment, disabledAt: Moment? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.region = region
        self.createdAt = createdAt
        self.disabledAt = disabledAt
    }

    public var isDisabled: Bool { disabledAt != nil }
}
