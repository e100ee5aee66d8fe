/// The readings of the registry's own rows (firms, events, accounts) through the seam.
extension StoredRow {
    /// The column as an `Int`; nil when NULL.
    func int(_ column: Int) -> Int? { int64(column).map { Int($0) } }

    /// The column as a moment as stored (`Moment.iso`, read as UTC when it names no offset).
    func moment(_ column: Int) -> Moment? { text(column).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) } }

    /// A column the schema declares NOT NULL; an empty text if it ever is NULL.
    func string(_ column: Int) -> String { text(column) ?? "" }

    /// A column the schema declares NOT NULL; 0 if it ever is NULL.
    func id(_ column: Int) -> Int64 { int64(column) ?? 0 }
}
