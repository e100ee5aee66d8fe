/// One imported file as recorded: what it was, who imported it, what it did.
public struct ImportBatch: Sendable {
    public let id: Int64
    public let fileName: String
    public let sha256: String
    public let sizeBytes: Int64
    public let encoding: String
    public let kind: String
    public let operatorName: String
    public let startedAt: Moment
    public let finishedAt: Moment?
    public let rows: Int
    public let newEnterprises: Int
    public let updatedEnterprises: Int
    public let newEvents: Int
    public let newFacts: Int
    public let unchanged: Int
    public let rejected: Int
    /// When the whole batch was voided, if it was.
    public let voidedAt: Moment?
    /// A published list's title, from above its header; nil when it had none (and before v5).
    public let title: String?
}
