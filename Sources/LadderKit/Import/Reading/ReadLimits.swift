/// Bounds that keep a hostile or broken file from exhausting memory or time.
///
/// Each is far above what a real roster needs; crossing one is a `ReadError` naming the limit.
public struct ReadLimits: Sendable, Equatable {
    /// One CSV field, XLSX string or XML token. A quoted CSV field spanning lines that grows past
    /// it is read as an unclosed quote instead (see `SheetRow.Damage`).
    public var maxFieldBytes: Int = 16 << 20
    /// One CSV record, all fields together.
    public var maxRecordBytes: Int = 64 << 20
    /// Line breaks inside one quoted CSV field. A cell typed with Alt+Enter holds a few; a quote
    /// left open takes in every line after it, so past this many it is read as unclosed.
    public var maxLineBreaksInQuotedField: Int = 100
    /// Columns in one CSV record: each costs at least a byte of input, so this only bounds memory.
    public var maxColumns: Int = 100_000
    /// Columns in one worksheet row. Lower than for CSV because one `<c r="XFD1">` costs a few
    /// bytes yet asks for 16,384 cells, so a small sheet could otherwise demand billions.
    public var maxSheetColumns: Int = 4_096
    /// Uncompressed size of one part of a workbook, declared or actual (zip bombs).
    public var maxEntryBytes: Int64 = 512 << 20
    /// Uncompressed bytes of all parts read from one workbook together.
    public var maxWorkbookBytes: Int64 = 1 << 30

    public init() {}

    public static let standard = ReadLimits()
}
