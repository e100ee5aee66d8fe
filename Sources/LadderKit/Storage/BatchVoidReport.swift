/// What `voidBatch` did: the events it voided, the firms the batch registered that it set aside,
/// and those it kept because something outside the batch refers to them.
public struct BatchVoidReport: Equatable, Sendable {
    public struct Kept: Equatable, Sendable {
        public let creditCode: String
        public let name: String
        /// What refers to the firm, one line each (`event #12 certify 高企 GR… (batch 4)`).
        public let references: [String]
    }

    public let batch: Int64
    public let voidedEvents: Int
    /// Credit codes of the firms set aside, in registration order.
    public var setAside: [String] = []
    public var kept: [Kept] = []
}
