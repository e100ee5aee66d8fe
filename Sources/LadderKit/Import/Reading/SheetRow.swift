/// One data row of a table file.
public struct SheetRow: Sendable {
    /// The 1-based row number Excel shows: a CSV's header record is 1 and its first data record 2
    /// (a quoted field spanning lines is still one record); for XLSX the row's `r` attribute.
    public let number: Int
    /// Typed cells (workbooks, PDF lists), or a delimited record's bytes (`RowText`).
    let storage: Storage
    /// The record held bytes that are not valid in the file's encoding; they became U+FFFD.
    public let hadInvalidBytes: Bool
    /// The record's structure was broken in the file; its cells are what could be read of its line.
    public let damage: Damage?

    public init(number: Int, cells: [CellValue], hadInvalidBytes: Bool = false, damage: Damage? = nil) {
        self.number = number
        storage = .values(cells)
        self.hadInvalidBytes = hadInvalidBytes
        self.damage = damage
    }

    init(number: Int, text: RowText, hadInvalidBytes: Bool, damage: Damage?) {
        self.number = number
        storage = .text(text)
        self.hadInvalidBytes = hadInvalidBytes
        self.damage = damage
    }

    /// Cells in column order. CSV rows keep their own width, ragged or not; XLSX rows end at
    /// their last non-empty cell. Made anew from a CSV record's bytes on every call: the parser
    /// reads single cells (`SheetRow+Cells`).
    public var cells: [CellValue] {
        switch storage {
        case let .values(cells): cells
        case let .text(text): text.cells
        }
    }
}

extension SheetRow: Equatable {
    /// Rows are equal when they read the same, whichever way their cells are held.
    public static func == (a: SheetRow, b: SheetRow) -> Bool {
        a.number == b.number && a.hadInvalidBytes == b.hadInvalidBytes && a.damage == b.damage && a.cells == b.cells
    }
}
