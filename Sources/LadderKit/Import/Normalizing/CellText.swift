/// Normalises a cell's text the way staff would read it: full-width ASCII (ＡＢＣ１２３) becomes
/// ASCII, the ideographic space U+3000 and NBSP become spaces, and the value is trimmed.
/// Plain ASCII values take a fast path that allocates nothing.
enum CellText {
    static func normalize(_ text: String) -> String {
        var needsWork = false
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first == 0x20 || last == 0x20 || first == 0x09 || last == 0x09 { needsWork = true }
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
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingSpaces()
    }

    /// The text of a cell as staff see it; numbers as written, booleans as 是/否.
    static func of(_ cell: CellValue) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text): return normalize(text)
        case let .number(raw): return ExcelNumber.displayText(raw)
        case let .date(day): return day.iso
        case let .bool(value): return value ? "是" : "否"
        case let .error(code): return code
        }
    }
}
