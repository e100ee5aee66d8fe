/// What an import did (or, in a dry run, would do): the counts the summary prints and the batch records.
public struct ImportReport: Sendable {
    public var fileName: String
    public var sha256: String
    public var sizeBytes: Int64
    public var encoding: String
    public var kind: ImportKind
    /// The batch recorded; nil in a dry run or when nothing was written.
    public var batchID: Int64?
    public var dryRun: Bool
    public var rows = 0
    public var newEnterprises = 0
    public var updatedEnterprises = 0
    public var newEvents = 0
    public var newFacts = 0
    public var unchanged = 0
    public var rejected = 0
    /// Said once per file (ignored columns, assumed units or days, facts not stored).
    public var notes: [String] = []
    /// Rejections and warnings, in row order (the first `issueLimit` kept; all go to the problems file).
    public var issues: [ImportIssue] = []
    public var warnings = 0
    /// Every rejection and warning, counted by kind, in the order each kind was first found.
    public internal(set) var problems: [ProblemGroup] = []
    var problemGroupIndex: [String: Int] = [:]
    /// Where rejected rows were written, if any were.
    public var rejectsPath: String?
    /// Where every problem was written, one line each, if there were any.
    public var problemsPath: String?
    /// The list's title: the first non-empty row above its header.
    public var title: String?
    /// The row holding the column names (1 unless titles stand above it).
    public var headerRow = 1
    /// The same file's earlier batches, by id.
    public var earlierBatches: [Int64] = []
    /// Every row as read, header first, with its outcome: kept only when `ImportOptions.keepRowsAsRead`
    /// asks for it in a dry run of a PDF, whose rows are rebuilt from the page layout.
    public var rowsAsRead: [RowAsRead] = []

    /// How a first import's trigram index was made: built aside and copied, or (nil, or not
    /// `.copied`) by SQLite in place. Not shown; for tests and profiles.
    var trigramIndex: TrigramIndexBuilder.Outcome?

    static let issueLimit = 1000

    public init(fileName: String, sha256: String, sizeBytes: Int64, encoding: String, kind: ImportKind, dryRun: Bool) {
        self.fileName = fileName
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.encoding = encoding
        self.kind = kind
        self.dryRun = dryRun
    }

    /// True when the file changed nothing in the registry.
    public var changedNothing: Bool { newEnterprises == 0 && updatedEnterprises == 0 && newEvents == 0 && newFacts == 0 }
}
