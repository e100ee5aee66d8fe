/// What `TitledTableReader` asks of every row's first filled cell, answered from a CSV record's
/// bytes when they settle it: most rows begin with a code or a 序号, which are neither a footer
/// nor a page number, and making their text only to be told so cost more than the rest of the row.
extension SheetRow {
    /// True when the CSV cell at `index` (not blank) is surely neither a 合计/注 line's start nor a
    /// page number: it is clean (its text is its bytes), begins with an ASCII character (every
    /// footer word begins with a CJK one) and holds an ASCII byte no page number holds, or more
    /// digits than one does. False when only its text can tell (workbook cells included).
    func isPlainData(at index: Int) -> Bool {
        guard case let .text(record) = storage, index < record.count else { return false }
        return record.withUTF8(index) { bytes in
            guard let lead = bytes.first, lead < 0x80, CellText.isClean(bytes) else { return false }
            var digits = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    // `isPageNumber` takes at most eight digits.
                    if digits > 8 { return true }
                case UInt8(ascii: "/"), UInt8(ascii: "-"), 0x09...0x0D, 0x20:
                    continue
                case 0x80...:
                    // 第, 页, 共 and other characters: left to the text.
                    return false
                default:
                    return true
                }
            }
            return false
        }
    }

    /// Whether the cell at `index` reads as `header` does (a header repeated in the list).
    /// `decomposed`: the header's canonical decomposition (NFD) in UTF-8, which an ASCII cell,
    /// its own decomposition, must equal byte for byte to be the same text.
    func isHeaderCell(at index: Int, header: String, decomposed: [UInt8]) -> Bool {
        if case let .text(record) = storage, index < record.count {
            let ascii: Bool? = record.withUTF8(index) { bytes in
                guard bytes.isASCII else { return nil }
                return bytes.count == decomposed.count && bytes.elementsEqual(decomposed)
            }
            if let ascii { return ascii }
        }
        return cell(at: index).rawText == header
    }
}
