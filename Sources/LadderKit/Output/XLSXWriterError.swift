/// What `XLSXWriter` refused, with the limit that was hit.
public enum XLSXWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    case noColumns
    case tooManyColumns(count: Int)
    case rowWidth(row: Int, expected: Int, got: Int)
    case tooManyRows
    case cellTooLong(row: Int, column: String, length: Int)
    case io(path: String, message: String)

    public var description: String {
        typealias T = RequestErrorText
        switch self {
        case .noColumns: return T.xlsxNoColumns.text()
        case let .tooManyColumns(count): return T.xlsxTooManyColumns.text(["count": count])
        case let .rowWidth(row, expected, got): return T.xlsxRowWidth.text(["row": row, "got": got, "expected": expected])
        case .tooManyRows: return T.xlsxTooManyRows.text()
        case let .cellTooLong(row, column, length): return T.xlsxCellTooLong.text(["row": row, "column": column, "length": length])
        case let .io(path, message): return T.xlsxIO.text(["path": path, "message": message])
        }
    }
}
