/// Where a `RejectsWriter` puts its rows: a CSV or a workbook, built at a temporary path that
/// the writer moves into place. Nothing is created before the first row; an unfinished sink
/// leaves nothing behind.
protocol RejectsSink: AnyObject {
    func append(_ row: RejectedRow) throws
    /// Completes the file at the temporary path given to the sink.
    func finish() throws
}
