/// Single cells of a row, read without making the whole `cells` array: what the parser and the
/// reading thread ask of every row. A CSV record's cell becomes a String only when its text is asked.
extension SheetRow {
    var cellCount: Int {
        switch storage {
        case let .values(cells): cells.count
        case let .text(record): record.count
        }
    }

    /// False for a CSV record: all its cells are text.
    var hasTypedCells: Bool {
        if case .values = storage { return true }
        return false
    }

    /// The cell at `index`; `.empty` past the row's end.
    func cell(at index: Int) -> CellValue {
        guard index < cellCount else { return .empty }
        switch storage {
        case let .values(cells): return cells[index]
        case let .text(record): return record.cell(index)
        }
    }

    /// `CellText.of(cell(at: index))`, "" past the row's end. A clean cell (nothing to fold or
    /// trim, the usual case) is made into a String once, straight from its bytes, without
    /// validating them again when the reader found the whole record valid.
    func text(at index: Int) -> String {
        guard index < cellCount else { return "" }
        switch storage {
        case let .values(cells):
            return CellText.of(cells[index])
        case let .text(record):
            return record.withUTF8(index) { bytes in
                if bytes.isEmpty { return "" }
                let string = hadInvalidBytes ? String(decoding: bytes, as: UTF8.self) : String(validUTF8: bytes)
                return CellText.isClean(bytes) ? string : CellText.normalize(string)
            }
        }
    }

    /// `CellText.isBlank(cell(at: index))`: true past the row's end.
    func isBlank(at index: Int) -> Bool {
        guard index < cellCount else { return true }
        switch storage {
        case let .values(cells):
            return CellText.isBlank(cells[index])
        case let .text(record):
            let first: UInt8? = record.withUTF8(index) { $0.first }
            guard let first else { return true }
            if first > 0x20, first < 0x7F, first != UInt8(ascii: "'") { return false }
            return text(at: index).isEmpty
        }
    }

    /// Every cell blank: a row of nothing but spaces, as empty as an empty row.
    var isBlank: Bool {
        for index in 0..<cellCount where !isBlank(at: index) { return false }
        return true
    }

    /// Whether the cell at `index` holds nothing at all (spaces are something); true past the end.
    func isEmpty(at index: Int) -> Bool {
        guard index < cellCount else { return true }
        switch storage {
        case let .values(cells): return cells[index].isEmpty
        case let .text(record): return record.isEmpty(index)
        }
    }

    /// `body` of a CSV cell's bytes as written; nil for a workbook's cell or past the row's end.
    func withTextBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        guard case let .text(record) = storage, index < record.count else { return nil }
        return record.withUTF8(index, body)
    }

    /// Whether a text cell may not fit `shape` (`CellShape.mayNotFit`); false for other cells.
    func mayNotFit(at index: Int, _ shape: CellShape) -> Bool {
        guard index < cellCount else { return false }
        switch storage {
        case let .values(cells):
            guard case let .text(raw) = cells[index] else { return false }
            return shape.mayNotFit(raw)
        case let .text(record):
            return record.withUTF8(index) { !$0.isEmpty && shape.mayNotFit(bytes: $0) }
        }
    }

    /// Whether any of `columns` may not fit its shape (`mayNotFit(at:_:)`), asked in one pass
    /// over a CSV record; true for a workbook's row, whose cells are asked one by one. `lengths`:
    /// the shapes' `maxCharacters` by column index, `Int.max` for a column without one.
    func mayNotFit(any columns: [(index: Int, shape: CellShape)], lengths: [Int]) -> Bool {
        guard case let .text(record) = storage else { return true }
        return record.withCells { bytes, ends in
            // The usual record has no line break in any cell: only the cells' lengths can tell,
            // compared column by column in order (a length in bytes is never below one in characters).
            if !record.mayHoldLineBreaks {
                return lengths.withUnsafeBufferPointer { lengths in
                    var start = 0
                    for index in 0..<Swift.min(ends.count, lengths.count) {
                        let end = ends[index]
                        if end - start > lengths[index] { return true }
                        start = end + 1
                    }
                    return false
                }
            }
            for (index, shape) in columns where index < ends.count {
                let start = index == 0 ? 0 : ends[index - 1] + 1, end = ends[index]
                if end > start, shape.mayNotFit(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
            }
            return false
        }
    }
}
