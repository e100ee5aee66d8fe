extension SheetRow {
    /// How a CSV record was broken. The reader re-synchronises at the next line, so one damaged
    /// record costs one rejected row and the rows after it read normally.
    public enum Damage: Sendable, Equatable {
        /// The quote opening the cell at `column` (0-based) never closes properly: it runs to the
        /// end of the file, closes with text stuck to it after taking in a line break, or would span
        /// more lines (or bytes) than `ReadLimits` allow. The record was read to the end of the
        /// line it starts on, that quote kept as text.
        case unclosedQuote(column: Int)
    }
}
