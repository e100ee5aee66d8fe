/// The sheet scanner: `<row>` and `<c>` elements to cells.
extension WorkbookReader {
    /// The `t` attribute of a cell.
    enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate

        init(_ raw: UnsafeBufferPointer<UInt8>?) {
            guard let raw else {
                self = .number
                return
            }
            switch String(decoding: raw, as: UTF8.self) {
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .isoDate
            default: self = .number
            }
        }
    }

    /// Reads up to the end of the next `<row>` into `cells`; false after `</sheetData>`.
    func readRow() throws -> Bool {
        guard !finished else { return false }
        while true {
            let token = try scanner.next()
            switch token {
            case .endOfDocument:
                finished = true
                return false
            case .end where scanner.nameIs("sheetData"):
                try scanner.skipToEnd()
                finished = true
                return false
            case .start where scanner.nameIs("row"), .empty where scanner.nameIs("row"):
                rowNumber = try nextRowNumber()
                cells = []
                rowHadInvalidBytes = false
                if token == .start { try readCells() }
                return true
            default:
                continue
            }
        }
    }

    private func nextRowNumber() throws -> Int {
        guard let range = scanner.attribute("r") else { return rowNumber + 1 }
        let raw = scanner.bytes(range)
        guard let number = WorkbookReader.integer(raw), (1...1_048_576).contains(number) else {
            throw ReadError.badCell(row: rowNumber + 1, detail: ReadDetailText.rowNumberOutOfRange.text(["value": String(decoding: raw, as: UTF8.self)]))
        }
        return number
    }

    private func readCells() throws {
        var column = 0
        while true {
            let token = try scanner.next()
            switch token {
            case .endOfDocument:
                throw ReadError.malformedXML(part: scanner.part, detail: ReadDetailText.endsInRow.text(["row": rowNumber]))
            case .end where scanner.nameIs("row"):
                return
            case .start where scanner.nameIs("c"), .empty where scanner.nameIs("c"):
                if let range = scanner.attribute("r") {
                    guard let c = CellReference.column(scanner.bytes(range)) else {
                        throw ReadError.badCell(row: rowNumber, detail: ReadDetailText.badCellReference.text(["value": String(decoding: scanner.bytes(range), as: UTF8.self)]))
                    }
                    column = c
                } else {
                    column += 1
                }
                let type = CellType(scanner.attribute("t").map(scanner.bytes))
                let style = scanner.attribute("s").flatMap { WorkbookReader.integer(scanner.bytes($0)) } ?? 0
                guard token == .start, try readCellContent() else { continue }
                try place(decode(type, style: style, column: column), column: column)
            default:
                continue
            }
        }
    }

    /// Collects the text of `<v>`, or of `<is>`'s `<t>` runs (not phonetic guides), into
    /// `value`, up to `</c>`. False when the cell has neither.
    private func readCellContent() throws -> Bool {
        value.removeAll(keepingCapacity: true)
        var seen = false, collecting = false, inline = false
        var phoneticDepth = 0
        while true {
            switch try scanner.next() {
            case .endOfDocument:
                throw ReadError.malformedXML(part: scanner.part, detail: ReadDetailText.endsInCell.text(["row": rowNumber]))
            case .start:
                if scanner.nameIs("v") || (inline && phoneticDepth == 0 && scanner.nameIs("t")) {
                    collecting = true
                    seen = true
                } else if scanner.nameIs("is") {
                    inline = true
                } else if scanner.nameIs("rPh") {
                    phoneticDepth += 1
                }
            case .empty:
                if scanner.nameIs("v") || (inline && scanner.nameIs("t")) { seen = true }
            case .text:
                guard collecting else { continue }
                scanner.appendText(to: &value)
                if value.count > limits.maxFieldBytes {
                    throw ReadError.badCell(row: rowNumber, detail: ReadDetailText.cellTooLarge.text(["size": ReadError.size(limits.maxFieldBytes)]))
                }
            case .end:
                if scanner.nameIs("c") { return seen }
                if scanner.nameIs("v") || scanner.nameIs("t") {
                    collecting = false
                } else if scanner.nameIs("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if scanner.nameIs("is") {
                    inline = false
                }
            }
        }
    }

    private func decode(_ type: CellType, style: Int, column: Int) throws -> CellValue {
        if type == .inlineString || type == .formulaString { OOXMLEscape.decode(&value, from: 0) }
        return try value.withUnsafeBufferPointer { all in
            let raw = WorkbookReader.trimmed(all)
            switch type {
            case .sharedString:
                guard let index = WorkbookReader.integer(raw), let entry = sharedStrings.string(at: index) else {
                    throw ReadError.badCell(row: rowNumber, detail: ReadDetailText.sharedStringOutOfRange.text(["cell": "\(CellReference.letters(column))\(rowNumber)", "index": String(decoding: raw, as: UTF8.self), "count": sharedStrings.count]))
                }
                if entry.invalid { rowHadInvalidBytes = true }
                return entry.text.isEmpty ? .empty : .text(entry.text)
            case .inlineString, .formulaString:
                return all.isEmpty ? .empty : .text(text(all))
            case .boolean:
                switch String(decoding: raw, as: UTF8.self).lowercased() {
                case "1", "true": return .bool(true)
                case "0", "false": return .bool(false)
                case "": return .empty
                case let other: return .text(other)
                }
            case .error:
                return raw.isEmpty ? .empty : .error(text(raw))
            case .isoDate:
                let iso = text(raw)
                if iso.isEmpty { return .empty }
                return Day(iso: iso.prefix(10)).map(CellValue.date) ?? .text(iso)
            case .number:
                if raw.isEmpty { return .empty }
                let number = text(raw)
                if styles.isDate(style: style), let serial = Double(number),
                   let day = ExcelSerial.day(serial: serial, date1904: date1904) {
                    return .date(day)
                }
                return .number(number)
            }
        }
    }

    private func place(_ cell: CellValue, column: Int) throws {
        if case .empty = cell { return }
        guard column <= limits.maxSheetColumns else {
            throw ReadError.tooManyColumns(row: rowNumber, limit: limits.maxSheetColumns)
        }
        if column <= cells.count {
            cells[column - 1] = cell
        } else {
            cells.append(contentsOf: repeatElement(CellValue.empty, count: column - 1 - cells.count))
            cells.append(cell)
        }
    }

    /// `bytes` without surrounding XML whitespace (numbers, booleans, indexes).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, XMLScanner.isSpace(bytes[start]) { start += 1 }
        while end > start, XMLScanner.isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !UTF8Validation.isValid(bytes) { rowHadInvalidBytes = true }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A non-negative decimal integer of at most 9 digits.
    static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !raw.isEmpty, raw.count <= 9 else { return nil }
        var n = 0
        for b in raw {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return n
    }
}
