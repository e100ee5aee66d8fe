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
    /// What was recorded, in English (as JSON and CSV give it).
    public var what: String { phrases.what.text(in: .en) }
    /// `batch 3`, or the command line that recorded it.
    public var source: String { phrases.source.text(in: .en) }
    /// What was recorded and where from, in either language (`导入批次 3` in a Chinese table).
    public let phrases: (what: Phrase, source: Phrase)
    /// The client address it was sent from through `ladder serve`; nil for a `ladder` command run
    /// on the registry's machine.
    public let clientAddress: String?
    /// The days it is about, for a region's log (`LogEntry.About`); nil: only its operator places it.
    var about: About? = nil
    /// The account that made it through `ladder serve` (schema v10); nil for a `ladder` command.
    var operatorID: Int64? = nil

    public init(at: Moment, operatorName: String, record: Record, creditCode: String?, what: Phrase, source: Phrase,
                clientAddress: String? = nil) {
        self.at = at
        self.operatorName = operatorName
        self.record = record
        self.creditCode = creditCode
        phrases = (what, source)
        self.clientAddress = clientAddress
    }

    public init(at: Moment, operatorName: String, record: Record, creditCode: String?, what: String, source: String,
                clientAddress: String? = nil) {
        self.init(at: at, operatorName: operatorName, record: record, creditCode: creditCode, what: Phrase(what),
                  source: Phrase(source), clientAddress: clientAddress)
    }

    public static func == (a: LogEntry, b: LogEntry) -> Bool {
        a.at == b.at && a.operatorName == b.operatorName && a.record == b.record && a.creditCode == b.creditCode
            && a.what == b.what && a.source == b.source && a.clientAddress == b.clientAddress
    }
}
