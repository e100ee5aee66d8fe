/// One line of `ladder log`: who recorded what, when, and from which import batch or command.
public struct LogEntry: Equatable, Sendable {
    /// What kind of record it is; the order of the cases orders records written at one moment.
    public enum Record: String, CaseIterable, Sendable {
        case batch = "import"
        case enterprise
        case event
        case facts
        case profile
        case policy
        case batchVoid = "batch-void"
        case correction
        /// A registration set aside, or taken up again.
        case registration
    }

    /// Transaction time (for an import, when it started).
    public let at: Moment
    public let operatorName: String
    public let record: Record
    /// The firm it concerns, if any.
    public let creditCode: String?
    public let what: String
    /// `batch 3`, or the command line that recorded it.
    public let source: String
    /// The client address it was sent from through `ladder serve`; nil for a `ladder` command run
    /// on the registry's machine.
    public let clientAddress: String?

    public init(at: Moment, operatorName: String, record: Record, creditCode: String?, what: String, source: String,
                clientAddress: String? = nil) {
        self.at = at
        self.operatorName = operatorName
        self.record = record
        self.creditCode = creditCode
        self.what = what
        self.source = source
        self.clientAddress = clientAddress
    }
}
