/// One data row of a table file.
public struct SheetRow: Sendable, Equatable {
    /// The 1-based row number Excel shows: a CSV's header record is 1 and its first data record 2
    /// (a quoted field spanning lines is still one record); for XLSX the row's `r` attribute.
    public let number: Int
    /// Cells in column order. CSV rows keep their own width, ragged or not; XLSX rows end at
    /// their last non-empty cell.
    public let cells: [CellValue]
    /// The record held bytes that are not valid in the file's encoding; they became U+FFFD.
    public let hadInvalidBytes: Bool
    /// The record's structure was broken in the file; its cells are what could be read of its line.
    public let damage: Damage?

    public init(number: Int, cells: [CellValue], hadInvalidBytes: Bool = false, damage: Damage? = nil) {
        self.number = number
        self.cells = cells
        self.hadInvalidBytes = hadInvalidBytes
        self.damage = damage
    }
}
