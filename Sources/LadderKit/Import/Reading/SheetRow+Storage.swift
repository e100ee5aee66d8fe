extension SheetRow {
    /// How a row holds its cells: workbooks and PDF lists give typed values; the CSV reader gives
    /// one buffer of bytes, read cell by cell without making a String for each.
    enum Storage: Sendable {
        case values([CellValue])
        case text(RowText)
    }
}
