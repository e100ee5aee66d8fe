extension XLSXWriter {
    /// `text` as XML character data that Excel reads back unchanged.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as XML character data: markup characters become entities, a carriage
    /// return becomes `&#13;` (a parser would read a bare one back as a line feed), and the
    /// control characters XML 1.0 forbids (U+0000–U+001F except tab, LF, CR; U+FFFE, U+FFFF)
    /// are dropped, since no reader accepts them. An underscore that would start Excel's own
    /// `_xHHHH_` escape is written as `_x005F_` so the literal text survives.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        // Fast path: most cells hold nothing that needs escaping.
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22
                                   || $0 == 0x5F || $0 == 0xEF }) {
            bytes.append(contentsOf: utf8)
            return
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: bytes.append(UInt8(scalar.value))
            case 0..<0x20, 0xFFFE, 0xFFFF: continue
            case 0x5F where startsExcelEscape(scalars, at: index): bytes.append(contentsOf: "_x005F_".utf8)
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func startsExcelEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
