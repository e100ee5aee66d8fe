/// The policy a result was computed under: `{"id": "jiangxi-2023", "version": 1}`.
public struct PolicyReference: Hashable, Sendable, Encodable {
    public let id: String
    public let version: Int

    public init(id: String, version: Int) {
        self.id = id
        self.version = version
    }

    public init(_ policy: Policy) { self.init(id: policy.id, version: policy.version) }
}
