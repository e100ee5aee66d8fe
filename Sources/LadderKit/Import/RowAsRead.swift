/// One row of an input file as the reader gave it, and what the import made of it: what a dry run
/// of a PDF list shows, so a clerk can compare the rows with the PDF before applying it.
public struct RowAsRead: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        /// The row the import took as its header.
        case header
        /// Would be recorded (or was).
        case accepted
        /// Already in the registry as it is.
        case unchanged
        case rejected
    }

    public let number: Int
    /// The cells' text as read, before any normalisation.
    public let cells: [String]
    public let outcome: Outcome

    public init(number: Int, cells: [String], outcome: Outcome) {
        self.number = number
        self.cells = cells
        self.outcome = outcome
    }
}
