/// One row of a packed read (`PackedReading`): its first columns as values, then each remaining
/// column an array of integers, the rows of one group that the server aggregated into this one.
public struct PackedRow: Sendable {
    /// The leading columns (the group's key), in the query's order.
    public let values: StoredRow
    /// The array columns, in the query's order; a boolean element reads as 0 or 1.
    public let arrays: [[Int64]]

    public init(values: StoredRow, arrays: [[Int64]]) {
        self.values = values
        self.arrays = arrays
    }
}
