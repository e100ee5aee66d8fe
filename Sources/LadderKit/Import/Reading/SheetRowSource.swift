/// A workbook reader that decodes one row at a time into `cells` (the .xlsx and .xls readers):
/// the header and the data rows are found the same way for both — the first non-empty row, then
/// every later non-empty one.
protocol SheetRowSource: RowReader {
    var rowNumber: Int { get }
    var cells: [CellValue] { get }
    var rowHadInvalidBytes: Bool { get }
    /// Decodes the next row into `cells`; false at the end of the sheet.
    func readRow() throws -> Bool
}

extension SheetRowSource {
    /// The first non-empty row's cells as header text and its number; nil for an empty sheet.
    func firstNonEmptyRow() throws -> (header: [String], number: Int)? {
        while try readRow() {
            if cells.allSatisfy(\.isEmpty) { continue }
            return (cells.map(\.rawText), rowNumber)
        }
        return nil
    }

    func next() throws -> SheetRow? {
        while try readRow() {
            if cells.allSatisfy(\.isEmpty) { continue }
            return SheetRow(number: rowNumber, cells: cells, hadInvalidBytes: rowHadInvalidBytes)
        }
        return nil
    }
}
