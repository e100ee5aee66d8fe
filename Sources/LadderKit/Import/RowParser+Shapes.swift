extension RowParser {
    /// Rejects every mapped cell that cannot be its column's value (`CellShape`); false if any.
    func checkShapes(_ row: SheetRow, _ cursor: inout Cursor) -> Bool {
        var fits = true
        for (index, shape) in shapedColumns where index < row.cells.count {
            guard case let .text(raw) = row.cells[index], shape.mayNotFit(raw) else { continue }
            let text = CellText.of(row.cells[index])
            // Said again in English for the problem's kind, so asked for inside `reject`.
            if shape.problem(text) != nil {
                cursor.reject(column: headers[index], value: CellShape.excerpt(text), shape.problem(text) ?? "")
                fits = false
            }
        }
        return fits
    }
}
