/// Who is writing, when, and on what authority: stamped on every event a write records.
public struct WriteContext: Sendable {
    public var operatorName: String
    /// The transaction time; read from the clock by the caller, never by the library.
    public var at: Moment
    /// The command line, for events not from an import batch.
    public var command: String?
    public var batchID: Int64?
    /// 文号 of the notice.
    public var document: String?
    public var note: String?
    /// A written reason to record a promotion that the rules refuse.
    public var override: String?
    /// Where the write came from over the network (`ladder serve`'s client address); nil for a
    /// `ladder` command run on the machine itself.
    public var clientAddress: String?
    /// The account that made the write through `ladder serve` (schema v10); nil for a `ladder`
    /// command, whose operator is only a name.
    public var operatorID: Int64?

    public init(operatorName: String, at: Moment, command: String? = nil, batchID: Int64? = nil,
                document: String? = nil, note: String? = nil, override: String? = nil, clientAddress: String? = nil,
                operatorID: Int64? = nil) {
        self.operatorName = operatorName
        self.at = at
        self.command = command
        self.batchID = batchID
        self.document = document
        self.note = note
        self.override = override
        self.clientAddress = clientAddress
        self.operatorID = operatorID
    }

    var provenance: Provenance {
        Provenance(recordedAt: at, operatorName: operatorName, batchID: batchID, command: command,
                   document: document, note: note, override: override, clientAddress: clientAddress,
                   operatorID: operatorID)
    }
}

/// What a write did: recorded a new event, or found the same fact already recorded.
public enum WriteOutcome: Sendable, Equatable {
    case recorded(Event)
    case unchanged(Event)

    public var event: Event {
        switch self {
        case let .recorded(event), let .unchanged(event): return event
        }
    }
}
