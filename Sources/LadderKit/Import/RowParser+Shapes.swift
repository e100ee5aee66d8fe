extension RowParser {
    /// Rejects every mapped cell that cannot be its column's value (`CellShape`); false if any.
    func checkShapes(_ row: SheetRow, _ cursor: inout Cursor) -> Bool {
        // Nearly every row fits: told in one pass before looking at the cells one by one.
        guard row.mayNotFit(any: shapedColumns, lengths: shapedLengths) else { return true }
        var fits = true
        for (index, shape) in shapedColumns where index < row.cellCount {
            guard row.mayNotFit(at: index, shape) else { continue }
            let text = row.text(at: index)
            // Said again in English for the problem's kind, so asked for inside `reject`.
            if shape.problem(text) != nil {
                cursor.reject(column: headers[index], value: CellShape.excerpt(text), shape.problem(text) ?? "")
                fits = false
            }
        }
        return fits
    }
}
