/// Reads one worksheet of a legacy Excel workbook (`.xls` from Excel 97–2003, WPS `.et`):
/// BIFF8 records in the `Workbook` stream of an OLE2 compound file, row by row.
///
/// The globals (sheets, formats, shared strings) are read first; then the sheet's records are
/// streamed from its BOF to its EOF, so memory holds one window of the stream plus the shared
/// strings. Cells mean what they mean in the .xlsx reader: the same `CellValue`s, the same text
/// for numbers, dates by the cell's format.
final class LegacyWorkbookReader: SheetRowSource {
    private(set) var header: [String] = []
    private(set) var headerRowNumber = 0
    let encodingName = "xls"
    let isWorkbook = true
    let totalBytes: Int64
    let sheetName: String?
    var bytesRead: Int64 {
        guard !finished else { return totalBytes }
        let share = Double(max(0, records.position - sheetStart)) / Double(max(1, sheetEnd - sheetStart))
        return min(totalBytes, Int64(share * Double(totalBytes)))
    }

    let limits: ReadLimits
    let records: BIFFRecordReader
    let globals: LegacyWorkbookGlobals
    /// Where the sheet's records start and (at the latest) end in the stream, for `bytesRead`.
    private let sheetStart: Int
    private let sheetEnd: Int

    // Row state, used by LegacyWorkbookReader+Rows and +Cells.
    var finished = false
    var rowNumber = 0
    var cells: [CellValue] = []
    var rowHadInvalidBytes = false
    /// Cells read from a record of the next row, held until that row is read.
    var pending: (row: Int, cells: [(column: Int, value: CellValue)], invalid: Bool)?
    /// Cells of the record being decoded, with their 0-based columns.
    var found: [(column: Int, value: CellValue)] = []
    var foundInvalid = false
    /// Depth of substreams (embedded charts) inside the sheet, skipped whole.
    var nesting = 0
    var continued = ContinuedRecord()
    var text: [UInt8] = []

    init(file: InputFile, sheet requested: String?, limits: ReadLimits) throws {
        self.limits = limits
        totalBytes = file.size
        let compound = try CompoundFile(file: file)
        records = BIFFRecordReader(stream: try compound.workbookStream())
        globals = try LegacyWorkbookGlobals(records: records)
        let worksheets = globals.sheets.filter(\.isWorksheet)
        let chosen = worksheets[try SheetChoice.pick(requested, among: worksheets.map(\.name))]
        sheetName = chosen.name
        sheetStart = chosen.offset
        sheetEnd = globals.sheets.map(\.offset).filter { $0 > chosen.offset }.min() ?? records.stream.size
        records.seek(to: chosen.offset)
        guard try records.next(), records.type == BIFFRecordType.bof, records.payload.count >= 4,
              records.payload.u16(at: 2) == 0x0010 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.sheetMisplaced.text(["name": chosen.name]))
        }

        guard let first = try firstNonEmptyRow() else { throw ReadError.emptySheet(name: chosen.name) }
        (header, headerRowNumber) = first
    }
}
