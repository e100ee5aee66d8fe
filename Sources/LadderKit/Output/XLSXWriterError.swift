/// What `XLSXWriter` refused, with the limit that was hit.
public enum XLSXWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    case noColumns
    case tooManyColumns(count: Int)
    case rowWidth(row: Int, expected: Int, got: Int)
    case tooManyRows
    case cellTooLong(row: Int, column: String, length: Int)
    case io(path: String, message: String)

    public var description: String {
        switch self {
        case .noColumns:
            return "an XLSX sheet needs at least one column"
        case let .tooManyColumns(count):
            return "an XLSX sheet holds at most 16384 columns, got \(count)"
        case let .rowWidth(row, expected, got):
            return "row \(row) has \(got) cells, expected \(expected) (one per column)"
        case .tooManyRows:
            return "an XLSX sheet holds at most 1048576 rows (header included); split the export"
        case let .cellTooLong(row, column, length):
            return "row \(row), column \(column): \(length) characters, Excel allows at most 32767 in a cell"
        case let .io(path, message):
            return "cannot write '\(path)': \(message)"
        }
    }
}
