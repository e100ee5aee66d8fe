/// What the globals substream of a BIFF8 workbook says before its sheets: the sheets in tab
/// order and where each starts, the date system, which cell formats (XF → FORMAT) show dates,
/// and the shared strings.
struct LegacyWorkbookGlobals {
    struct Sheet: Equatable {
        let name: String
        /// Stream offset of the sheet's BOF record.
        let offset: Int
        /// A worksheet, not a chart, macro or VBA sheet.
        let isWorksheet: Bool
    }

    private(set) var sheets: [Sheet] = []
    /// Serial 0 is 1904-01-01 (DATEMODE 1, old Mac Excel) instead of the 1900 system.
    private(set) var date1904 = false
    private(set) var strings = LegacyStringTable()
    private var dateStyles: [Bool] = []

    init(records: BIFFRecordReader) throws {
        try LegacyWorkbookGlobals.checkVersion(records)
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var continued = ContinuedRecord()
        loop: while try records.next() {
            let payload = records.payload
            switch records.type {
            case BIFFRecordType.eof:
                break loop
            case BIFFRecordType.filePass:
                throw ReadError.passwordProtected
            case BIFFRecordType.dateMode where payload.count >= 2:
                date1904 = payload.u16(at: 0) == 1
            case BIFFRecordType.format where payload.count >= 5:
                var code: [UInt8] = []
                var cursor = BIFFStringCursor(record: ContinuedRecord(bytes: payload), offset: 2)
                if (try? cursor.string(countBytes: 2, into: &code)) != nil {
                    customFormats[Int(payload.u16(at: 0))] = String(decoding: code, as: UTF8.self)
                }
            case BIFFRecordType.xf where payload.count >= 4:
                formatIDs.append(Int(payload.u16(at: 2)))
            case BIFFRecordType.boundSheet where payload.count >= 8:
                var name: [UInt8] = []
                var cursor = BIFFStringCursor(record: ContinuedRecord(bytes: payload), offset: 6)
                _ = try? cursor.string(countBytes: 1, extensible: false, into: &name)
                let text = name.isEmpty ? "Sheet\(sheets.count + 1)" : String(decoding: name, as: UTF8.self)
                sheets.append(Sheet(name: text, offset: Int(payload.u32(at: 0)), isWorksheet: payload[5] == 0))
            case BIFFRecordType.sst:
                try records.continued(into: &continued)
                strings = try LegacyStringTable(record: continued)
            default:
                continue
            }
        }
        dateStyles = formatIDs.map { id in
            customFormats[id].map(NumberFormat.isDate(code:)) ?? NumberFormat.isBuiltInDate(id)
        }
    }

    /// Whether cells with this XF index show their number as a date.
    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }

    /// The stream must open with a BIFF8 workbook BOF; Excel 95 and older are refused by name.
    private static func checkVersion(_ records: BIFFRecordReader) throws {
        guard try records.next() else {
            throw ReadError.damagedArchive(detail: ReadDetailText.workbookStreamEmpty.text())
        }
        if BIFFRecordType.oldBOFs.contains(records.type) {
            throw ReadError.unsupportedArchive(detail: ReadDetailText.excel4Format.text())
        }
        guard records.type == BIFFRecordType.bof, records.payload.count >= 4 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.workbookStreamNotExcel.text())
        }
        let version = records.payload.u16(at: 0)
        if version < 0x0600 { throw ReadError.unsupportedArchive(detail: ReadDetailText.excel5Format.text()) }
        guard records.payload.u16(at: 2) == 0x0005 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.noGlobals.text())
        }
    }
}
