/// Reads a CSV or TSV file record by record: RFC 4180 quoting read leniently, like Excel.
///
/// Bytes stream through a fixed window (1 MiB, more only while one field is longer); fields
/// are scanned as bytes and copied into one buffer per record (`RowText`): a cell becomes a
/// String only when the parser reads its text. GB18030 input is decoded to UTF-8 by
/// iconv before scanning: no GB18030 byte can be a delimiter, quote or line end.
final class DelimitedReader: RowReader {
    enum Terminator { case delimiter, lineFeed, carriageReturn, end }

    private(set) var header: [String] = []
    private(set) var headerRowNumber = 0
    let encodingName: String
    let isWorkbook = false
    let totalBytes: Int64
    var bytesRead: Int64 { file.position }

    let file: InputFile
    let window: ByteWindow
    let limits: ReadLimits
    /// Set when decoding GB18030: where U+FFFD replaced undecodable bytes.
    let transcoder: GB18030Source?
    let delimiter: UInt8

    // Parsing state, used by DelimitedReader+Records.
    /// Index in `window` of the next unread byte.
    var position = 0
    /// Number of the record being (or last) read, counting blank ones, header = 1.
    var recordNumber = 0
    var text = RowText(separated: [], ends: [])
    var recordHadInvalidBytes = false
    var recordDamage: SheetRow.Damage?
    var scratch: [UInt8] = []
    /// Freed by `deinit`: made last in `init`, after everything that may throw before it.
    var buffer: RecordBuffer

    init(file: InputFile, encoding: ResolvedEncoding, limits: ReadLimits) throws {
        self.file = file
        self.limits = limits
        encodingName = encoding.name
        totalBytes = file.size
        let source: any ByteSource
        if encoding == .gb18030 {
            let decoder = try GB18030Source(file: file)
            transcoder = decoder
            source = decoder
        } else {
            transcoder = nil
            source = file
        }
        window = ByteWindow(source: source, maxKeep: limits.maxFieldBytes + (1 << 20))
        buffer = RecordBuffer()
        _ = try window.refill(keeping: 0)
        // A UTF-8 BOM, or GB18030's BOM once decoded, is not part of the first header cell.
        if window.end >= 3, window.base[0] == 0xEF, window.base[1] == 0xBB, window.base[2] == 0xBF {
            position = 3
        }
        delimiter = DelimitedReader.detectDelimiter(in: window, from: position)
        while try readRecord() {
            if !text.isEmpty {
                header = text.cells.map(\.rawText)
                headerRowNumber = recordNumber
                return
            }
        }
        throw ReadError.empty
    }

    deinit { buffer.deallocate() }

    func next() throws -> SheetRow? {
        while try readRecord() {
            // No byte in any cell: every cell is empty.
            if text.isEmpty { continue }
            return SheetRow(number: recordNumber, text: text, hadInvalidBytes: recordHadInvalidBytes, damage: recordDamage)
        }
        return nil
    }

    /// Tab when the first line with a comma or a tab has tabs and no commas; else comma. Lines
    /// with neither (a list's title above its header) say nothing; the first 20 lines are looked at.
    private static func detectDelimiter(in window: ByteWindow, from start: Int) -> UInt8 {
        var i = start
        let end = window.end, base = window.base
        for _ in 0..<TitledTableReader.searchRows {
            while i < end, base[i] == 0x0A || base[i] == 0x0D { i += 1 }
            guard i < end else { break }
            var tabs = false
            while i < end, base[i] != 0x0A, base[i] != 0x0D {
                if base[i] == UInt8(ascii: ",") { return UInt8(ascii: ",") }
                if base[i] == 0x09 { tabs = true }
                i += 1
            }
            if tabs { return 0x09 }
        }
        return UInt8(ascii: ",")
    }
}
