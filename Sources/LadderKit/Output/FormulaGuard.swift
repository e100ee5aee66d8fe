/// A CSV cell that a spreadsheet would run as a formula (`=HYPERLINK(…)` in a firm's name) is
/// written with a leading apostrophe, as OWASP recommends against CSV injection; the importer
/// takes the apostrophe off again, so an export reads back as the same names.
public enum FormulaGuard {
    /// `=`, `+`, `-`, `@`, tab and carriage return start a formula in Excel, WPS or LibreOffice.
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// The text as a CSV cell may hold it: prefixed with `'` when it would start a formula.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.utf8.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// The text `neutralized` was given back, for a cell that reads like its output.
    public static func restored(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "'"), bytes.count > 1,
              triggers.contains(bytes[bytes.index(after: bytes.startIndex)]) else { return text }
        return String(text.dropFirst())
    }
}
