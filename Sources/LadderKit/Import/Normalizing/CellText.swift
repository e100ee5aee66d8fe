/// Normalises a cell's text the way staff would read it: full-width digits and Latin letters
/// (ＡＢＣ１２３) and the punctuation written inside numbers, days and codes (％ ＋ ， － ． ／ ＜ ＝ ＞ ～)
/// become ASCII, the ideographic space U+3000 and NBSP become spaces, and the value is trimmed.
/// Other full-width punctuation is part of the text and kept: registered names are written with
/// full-width brackets (江西铜业（集团）有限公司), and the same name typed with `ladder add` or found in
/// another list must stay the same name. Plain ASCII values take a fast path that allocates nothing.
public enum CellText {
    public static func normalize(_ raw: String) -> String {
        if raw.utf8.withContiguousStorageIfAvailable(CellText.isClean) == true { return raw }
        var needsWork = false
        // An export's CSV writes '=… for a cell a spreadsheet would run as a formula; read it back as written.
        let text = raw.utf8.first == UInt8(ascii: "'") ? FormulaGuard.restored(raw) : raw
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        // Spaces, tabs and line breaks at either end are trimmed (a cell ended with Alt+Enter).
        if first <= 0x20 && (first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D)
            || last <= 0x20 && (last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D) { needsWork = true }
        if !needsWork {
            for byte in utf8 where byte >= 0xC2 {
                // Lead bytes of U+00A0 (C2), U+3000 (E3 80 80) and U+FF00-FFEF (EF BC-BF) need mapping.
                if byte == 0xC2 || byte == 0xE3 || byte == 0xEF { needsWork = true; break }
            }
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF0B...0xFF0F, 0xFF05, 0xFF1C...0xFF1E, 0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces()
    }

    /// Nothing to restore, trim or fold: not empty, no quote mark first, no space, tab or line
    /// break at either end, none of the lead bytes checked below. Read on the bytes in one pass.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "'"),
              !(first <= 0x20 && (first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D)),
              !(last <= 0x20 && (last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D)) else { return false }
        var i = 0
        let base = bytes.baseAddress!
        // Eight bytes at a time: a word holding none of the three lead bytes needs no folding
        // (`x ^ pattern` has a zero byte exactly where a byte of `x` is the pattern's).
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & high != 0 {
                let c2 = word ^ (0xC2 &* ones), e3 = word ^ (0xE3 &* ones), ef = word ^ (0xEF &* ones)
                let zeros = (c2 &- ones) & ~c2 | (e3 &- ones) & ~e3 | (ef &- ones) & ~ef
                if zeros & high != 0 { return false }
            }
            i += 8
        }
        while i < bytes.count {
            let byte = base[i]
            if byte == 0xC2 || byte == 0xE3 || byte == 0xEF { return false }
            i += 1
        }
        return true
    }

    /// The text of a cell as staff see it; numbers as Excel shows them, booleans as 是/否.
    static func of(_ cell: CellValue) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text): return normalize(text)
        case let .number(raw): return excelPrecision(raw)
        case let .date(day): return day.iso
        case let .bool(value): return value ? "是" : "否"
        case let .error(code): return code
        }
    }

    /// A workbook number rounded to the 15 significant digits Excel keeps and shows, so the binary
    /// noise of a formula's result (=B2/10000 stored as `1358.0160000000001`) is not read as a
    /// fraction of a yuan. Only plain decimals below 10^15 are rounded: integers and exponent forms
    /// (a code stored as a number, `9.1360902123456794E+17`) keep their text, to be reported as written.
    static func excelPrecision(_ raw: String) -> String {
        var bytes = Array(raw.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes.removeFirst() }
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")), point <= 15,
              bytes.allSatisfy({ $0 == UInt8(ascii: ".") || (48...57).contains($0) }) else { return raw }
        var digits = Array(bytes[..<point]) + Array(bytes[(point + 1)...])
        guard let first = digits.firstIndex(where: { $0 != 48 }), digits.count - first > 15 else { return raw }
        let keep = first + 15
        var carry = digits[keep] >= UInt8(ascii: "5")
        digits.removeSubrange(keep...)
        var index = keep - 1
        while carry, index >= 0 {
            if digits[index] == UInt8(ascii: "9") { digits[index] = 48; index -= 1 } else { digits[index] += 1; carry = false }
        }
        var wholeCount = point
        if carry { digits.insert(UInt8(ascii: "1"), at: 0); wholeCount += 1 }
        while digits.count < wholeCount { digits.append(48) }
        var fraction = Array(digits[wholeCount...])
        while fraction.last == 48 { fraction.removeLast() }
        var whole = Array(digits[..<wholeCount])
        if whole.isEmpty { whole = [48] }
        let text = String(decoding: whole, as: UTF8.self)
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
        return negative ? "-" + text : text
    }
}

extension CellText {
    /// `of(cell).isEmpty`, without normalising a cell that starts with a visible ASCII character
    /// (nearly every cell): asked of every cell of every row.
    static func isBlank(_ cell: CellValue) -> Bool {
        if case let .text(text) = cell, let first = text.utf8.first, first > 0x20, first < 0x7F,
           first != UInt8(ascii: "'") {
            return false
        }
        return of(cell).isEmpty
    }
}
