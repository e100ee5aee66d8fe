/// BIFF8 records for hand-made workbooks in tests: a globals substream with BOUNDSHEETs
/// pointing at the sheets that follow, and cell records.
enum BIFFBuilder {
    typealias Record = [UInt8]

    static func record(_ type: UInt16, _ payload: [UInt8]) -> Record {
        u16(type) + u16(UInt16(payload.count)) + payload
    }

    static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func u32(_ v: UInt32) -> [UInt8] { CompoundFileBuilder.le32(v) }
    static func f64(_ v: Double) -> [UInt8] { u32(UInt32(v.bitPattern & 0xFFFF_FFFF)) + u32(UInt32(v.bitPattern >> 32)) }

    static func bof(_ kind: UInt16, version: UInt16 = 0x0600) -> Record {
        record(0x0809, u16(version) + u16(kind) + [UInt8](repeating: 0, count: 12))
    }

    static let eof = record(0x000A, [])

    /// The workbook stream: BOF, `globals`, one BOUNDSHEET per sheet, EOF, then each sheet's
    /// BOF, records and EOF. `charts` are the indexes of sheets that are chart sheets.
    static func workbook(globals: [Record] = [], sheets: [(name: String, records: [Record])],
                         charts: Set<Int> = [], version: UInt16 = 0x0600) -> [UInt8] {
        func boundSheet(_ index: Int, at offset: Int) -> Record {
            record(0x0085, u32(UInt32(offset)) + [0, charts.contains(index) ? 2 : 0] + shortString(sheets[index].name))
        }
        var head = bof(0x0005, version: version) + globals.flatMap { $0 }
        let sheetsHead = sheets.indices.map { boundSheet($0, at: 0) }.flatMap { $0 }
        var offset = head.count + sheetsHead.count + eof.count
        var bodies: [UInt8] = []
        for (index, sheet) in sheets.enumerated() {
            head += boundSheet(index, at: offset)
            let body = bof(charts.contains(index) ? 0x0020 : 0x0010, version: version) + sheet.records.flatMap { $0 } + eof
            bodies += body
            offset += body.count
        }
        return head + eof + bodies
    }

    /// An .xls file with one stream "Workbook".
    static func file(globals: [Record] = [], sheets: [(name: String, records: [Record])],
                     charts: Set<Int> = []) -> [UInt8] {
        CompoundFileBuilder.build([("Workbook", workbook(globals: globals, sheets: sheets, charts: charts))])
    }

    /// XLUnicodeString: 8-bit when every character is below U+0100, else UTF-16.
    static func string(_ s: String) -> [UInt8] {
        let units = Array(s.utf16)
        if units.allSatisfy({ $0 < 0x100 }) { return u16(UInt16(units.count)) + [0] + units.map { UInt8($0) } }
        return u16(UInt16(units.count)) + [1] + units.flatMap { u16($0) }
    }

    static func shortString(_ s: String) -> [UInt8] {
        let units = Array(s.utf16)
        return [UInt8(units.count), 1] + units.flatMap { u16($0) }
    }

    static func sst(_ strings: [String]) -> Record {
        record(0x00FC, u32(UInt32(strings.count)) + u32(UInt32(strings.count)) + strings.flatMap(string))
    }

    static func labelSST(_ row: UInt16, _ col: UInt16, _ index: UInt32, xf: UInt16 = 15) -> Record {
        record(0x00FD, u16(row) + u16(col) + u16(xf) + u32(index))
    }

    static func label(_ row: UInt16, _ col: UInt16, _ text: String) -> Record {
        record(0x0204, u16(row) + u16(col) + u16(15) + string(text))
    }

    static func number(_ row: UInt16, _ col: UInt16, _ value: Double, xf: UInt16 = 15) -> Record {
        record(0x0203, u16(row) + u16(col) + u16(xf) + f64(value))
    }

    static func rk(_ row: UInt16, _ col: UInt16, _ raw: UInt32, xf: UInt16 = 15) -> Record {
        record(0x027E, u16(row) + u16(col) + u16(xf) + u32(raw))
    }

    static func mulRK(_ row: UInt16, _ first: UInt16, _ raws: [UInt32], xf: UInt16 = 15) -> Record {
        record(0x00BD, u16(row) + u16(first) + raws.flatMap { u16(xf) + u32($0) } + u16(first + UInt16(raws.count) - 1))
    }

    static func blank(_ row: UInt16, _ col: UInt16) -> Record {
        record(0x0201, u16(row) + u16(col) + u16(15))
    }

    static func boolErr(_ row: UInt16, _ col: UInt16, value: UInt8, isError: Bool) -> Record {
        record(0x0205, u16(row) + u16(col) + u16(15) + [value, isError ? 1 : 0])
    }

    /// A FORMULA with the 8 result bytes given, and a one-token formula (=1).
    static func formula(_ row: UInt16, _ col: UInt16, result: [UInt8], xf: UInt16 = 15) -> Record {
        record(0x0006, u16(row) + u16(col) + u16(xf) + result + u16(0) + u32(0) + u16(3) + [0x1E, 1, 0])
    }

    /// A formula's special result: type (0 text, 1 boolean, 2 error, 3 empty) and value byte.
    static func special(_ type: UInt8, _ value: UInt8 = 0) -> [UInt8] { [type, 0, value, 0, 0, 0, 0xFF, 0xFF] }

    /// XF records 0…`count - 1` with format 0, then one XF per format id given.
    static func xfs(general count: Int = 16, formats: [UInt16] = []) -> [Record] {
        let xf = { (format: UInt16) in record(0x00E0, u16(0) + u16(format) + [UInt8](repeating: 0, count: 16)) }
        return (0..<count).map { _ in xf(0) } + formats.map(xf)
    }

    static func format(_ id: UInt16, _ code: String) -> Record {
        record(0x041E, u16(id) + string(code))
    }
}
