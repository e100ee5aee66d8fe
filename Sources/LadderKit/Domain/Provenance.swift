/// Who recorded an event, when, from what, and on which authority.
public struct Provenance: Hashable, Sendable {
    /// Transaction time, UTC.
    public let recordedAt: Moment
    public let operatorName: String
    /// The import batch the event came from, or nil when it came from a command.
    public let batchID: Int64?
    /// The command line that recorded it, when not an import.
    public let command: String?
    /// 文号 of the notice, e.g. 赣高企认办〔2024〕3号.
    public let document: String?
    public let note: String?
    /// The operator's written reason for recording a promotion the rules refused.
    public let override: String?
    /// The client address of a write made through `ladder serve`; nil for a command on the machine
    /// (and for an imported row, whose batch carries it).
    public let clientAddress: String?
    /// The account that wrote it through `ladder serve` (schema v10); nil for a `ladder` command.
    public let operatorID: Int64?

    public init(recordedAt: Moment, operatorName: String, batchID: Int64? = nil, command: String? = nil,
                document: String? = nil, note: String? = nil, override: String? = nil, clientAddress: String? = nil,
                operatorID: Int64? = nil) {
        self.recordedAt = recordedAt
        self.operatorName = operatorName
        self.batchID = batchID
        self.command = command
        self.document = document
        self.note = note
        self.override = override
        self.clientAddress = clientAddress
        self.operatorID = operatorID
    }
}
