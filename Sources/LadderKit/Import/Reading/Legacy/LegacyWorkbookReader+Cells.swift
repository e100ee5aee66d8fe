/// Cell records to `CellValue`s ([MS-XLS] 2.4): LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK,
/// BOOLERR and FORMULA (its cached result; a text result is in the STRING record after it).
/// BLANK and MULBLANK carry only formatting and are skipped.
extension LegacyWorkbookReader {
    /// Reads records up to the next one holding cells, puts those in `found` and returns their
    /// 0-based row; nil at the end of the sheet.
    func nextCells() throws -> Int? {
        while try records.next() {
            let type = records.type
            if type == BIFFRecordType.bof {
                nesting += 1
                continue
            }
            if type == BIFFRecordType.eof {
                if nesting == 0 { return nil }
                nesting -= 1
                continue
            }
            guard nesting == 0 else { continue }
            found.removeAll(keepingCapacity: true)
            foundInvalid = false
            let p = records.payload
            switch type {
            case BIFFRecordType.labelSST:
                try require(10, "LABELSST")
                let index = Int(p.u32(at: 6))
                guard let entry = globals.strings.string(at: index) else {
                    throw ReadError.badCell(row: Int(p.u16(at: 0)) + 1, detail: ReadDetailText.sharedStringOutOfRange.text(["cell": reference(p), "index": index, "count": globals.strings.count]))
                }
                foundInvalid = entry.invalid
                found.append((Int(p.u16(at: 2)), entry.text.isEmpty ? .empty : .text(entry.text)))
            case BIFFRecordType.number:
                try require(14, "NUMBER")
                found.append((Int(p.u16(at: 2)), number(p.f64(at: 6), style: Int(p.u16(at: 4)))))
            case BIFFRecordType.rk:
                try require(10, "RK")
                found.append((Int(p.u16(at: 2)), number(BIFFNumber.rk(p.u32(at: 6)), style: Int(p.u16(at: 4)))))
            case BIFFRecordType.mulRK:
                try require(12, "MULRK")
                let first = Int(p.u16(at: 2)), count = (p.count - 6) / 6
                guard Int(p.u16(at: p.count - 2)) == first + count - 1 else {
                    throw ReadError.badCell(row: Int(p.u16(at: 0)) + 1, detail: ReadDetailText.mulrkMismatch.text(["values": count]))
                }
                for i in 0..<count {
                    let at = 4 + 6 * i
                    found.append((first + i, number(BIFFNumber.rk(p.u32(at: at + 2)), style: Int(p.u16(at: at)))))
                }
            case BIFFRecordType.label, BIFFRecordType.richLabel:
                try require(9, "LABEL")
                let (row, column) = (Int(p.u16(at: 0)), Int(p.u16(at: 2)))
                found.append((column, try string(at: 6, row: row, cell: reference(p))))
            case BIFFRecordType.boolErr:
                try require(8, "BOOLERR")
                found.append((Int(p.u16(at: 2)), p[7] == 0 ? .bool(p[6] != 0) : .error(LegacyWorkbookReader.errorText(p[6]))))
            case BIFFRecordType.formula:
                try require(20, "FORMULA")
                found.append((Int(p.u16(at: 2)), try formulaResult(p)))
            default:
                continue
            }
            return Int(p.u16(at: 0))
        }
        return nil
    }

    /// A number, or a date when the cell's format shows one and it falls on a real day.
    private func number(_ value: Double, style: Int) -> CellValue {
        guard value.isFinite else { return .error("#NUM!") }
        if globals.isDate(style: style), let day = ExcelSerial.day(serial: value, date1904: globals.date1904) {
            return .date(day)
        }
        return .number(BIFFNumber.text(value))
    }

    /// A FORMULA's cached value: a double, or (marked by 0xFFFF in its last two bytes) text in
    /// the STRING record that follows, a boolean, an error or an empty string.
    private func formulaResult(_ p: [UInt8]) throws -> CellValue {
        guard p.u16(at: 12) == 0xFFFF else { return number(p.f64(at: 6), style: Int(p.u16(at: 4))) }
        switch p[6] {
        case 0:
            let (row, cell) = (Int(p.u16(at: 0)), reference(p))
            while try records.next() {
                switch records.type {
                case BIFFRecordType.string:
                    return try string(at: 0, row: row, cell: cell)
                case BIFFRecordType.sharedFormula, BIFFRecordType.array, BIFFRecordType.table:
                    continue
                default:
                    records.pushBack()
                    return .empty
                }
            }
            return .empty
        case 1: return .bool(p[8] != 0)
        case 2: return .error(LegacyWorkbookReader.errorText(p[8]))
        default: return .empty
        }
    }

    /// The XLUnicodeString at `offset` of the current record (continued if need be).
    private func string(at offset: Int, row: Int, cell: String) throws -> CellValue {
        try records.continued(into: &continued)
        var cursor = BIFFStringCursor(record: continued, offset: offset)
        text.removeAll(keepingCapacity: true)
        do {
            if try cursor.string(countBytes: 2, into: &text) { foundInvalid = true }
        } catch {
            throw ReadError.badCell(row: row + 1, detail: ReadDetailText.cellTextCut.text(["cell": cell]))
        }
        if text.count > limits.maxFieldBytes {
            throw ReadError.badCell(row: row + 1, detail: ReadDetailText.cellTooLarge.text(["size": ReadError.size(limits.maxFieldBytes)]))
        }
        return text.isEmpty ? .empty : .text(String(decoding: text, as: UTF8.self))
    }

    private func require(_ length: Int, _ name: String) throws {
        let p = records.payload
        guard p.count >= length else {
            let row = p.count >= 2 ? "\(Int(p.u16(at: 0)) + 1)" : "?"
            throw ReadError.damagedArchive(detail: ReadDetailText.recordTooShort.text(["name": name, "row": row, "length": p.count, "needed": length]))
        }
    }

    /// `B3` for the cell of a record starting with row and column.
    private func reference(_ p: [UInt8]) -> String {
        "\(CellReference.letters(Int(p.u16(at: 2)) + 1))\(Int(p.u16(at: 0)) + 1)"
    }

    /// Excel's error codes ([MS-XLS] 2.5.10) as the cell shows them.
    static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        case 0x2B: return "#GETTING_DATA"
        default: return "#ERROR!"
        }
    }
}
