/// Rows from cell records: BIFF8 has no row element around its cells, so a row ends where a
/// cell of another row begins (Excel writes rows in order, 32 to a block).
extension LegacyWorkbookReader {
    /// Collects the next row's cells into `cells` and its 1-based number into `rowNumber`;
    /// false after the sheet's last row.
    func readRow() throws -> Bool {
        cells = []
        rowHadInvalidBytes = false
        var current: Int?
        if let held = pending {
            pending = nil
            current = held.row
            rowHadInvalidBytes = held.invalid
            for cell in held.cells { try place(cell.value, column: cell.column, row: held.row) }
        }
        while !finished {
            guard let row = try nextCells() else {
                finished = true
                break
            }
            if let current, row != current {
                pending = (row, found, foundInvalid)
                break
            }
            current = row
            rowHadInvalidBytes = rowHadInvalidBytes || foundInvalid
            for cell in found { try place(cell.value, column: cell.column, row: row) }
        }
        guard let current else { return false }
        rowNumber = current + 1
        return true
    }

    /// Puts a cell at its 0-based column; empty cells (BLANK, the rest of a merged range) add
    /// nothing, so a row ends at its last non-empty cell as in the .xlsx reader.
    private func place(_ cell: CellValue, column: Int, row: Int) throws {
        if case .empty = cell { return }
        guard column < limits.maxSheetColumns else {
            throw ReadError.tooManyColumns(row: row + 1, limit: limits.maxSheetColumns)
        }
        if column < cells.count {
            cells[column] = cell
        } else {
            cells.append(contentsOf: repeatElement(CellValue.empty, count: column - cells.count))
            cells.append(cell)
        }
    }
}
