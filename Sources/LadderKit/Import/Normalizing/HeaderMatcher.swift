import Foundation

/// Matches a file's headers to fields: NFKC (so Ⅰ/Ⅱ and full-width brackets read as I/II and
/// ASCII), spaces removed, a unit in brackets of either width taken off and remembered.
struct HeaderMatcher {
    struct Column: Equatable {
        let index: Int
        let field: ImportField
        /// 元 or 万元 when the header says so, for money columns.
        let unitIsWan: Bool?
    }

    struct Result {
        var columns: [Column] = []
        /// Headers that match nothing: reported once as ignored.
        var ignored: [String] = []
        /// Headers meaning a field an earlier column already provides.
        var duplicates: [(header: String, field: ImportField)] = []

        func index(of field: ImportField) -> Int? { columns.first { $0.field == field }?.index }
        var fields: Set<ImportField> { Set(columns.map(\.field)) }
    }

    /// Normalised header text → field, built from `ImportField.aliases`.
    static let lookup: [String: ImportField] = {
        var map: [String: ImportField] = [:]
        for (field, names) in ImportField.aliases {
            for name in names { map[key(name).key] = field }
            map[field.rawValue] = field
        }
        return map
    }()

    /// `overrides`: from `--map '列名=field'`, header text → field.
    static func match(_ headers: [String], overrides: [String: ImportField] = [:]) -> Result {
        var result = Result()
        let normalizedOverrides = Dictionary(overrides.map { (key($0.key).key, $0.value) }, uniquingKeysWith: { a, _ in a })
        for (index, header) in headers.enumerated() {
            let (key, unit) = key(header)
            guard !key.isEmpty else { continue }
            guard let field = normalizedOverrides[key] ?? lookup[key] else {
                result.ignored.append(header)
                continue
            }
            if result.columns.contains(where: { $0.field == field }) {
                result.duplicates.append((header, field))
                continue
            }
            let isWan: Bool? = unit.map { $0.contains("万") }
            result.columns.append(Column(index: index, field: field, unitIsWan: ImportField.moneyFields.contains(field) ? isWan : nil))
        }
        return result
    }

    /// The comparable form of a header, and the unit text found in trailing brackets.
    static func key(_ header: String) -> (key: String, unit: String?) {
        var text = header.precomposedStringWithCompatibilityMapping
        text.removeAll { $0.isWhitespace || $0 == "*" || $0 == "\u{FEFF}" }
        var unit: String?
        while let last = text.last, last == ")" || last == "]" {
            let open: Character = last == ")" ? "(" : "["
            guard let start = text.lastIndex(of: open) else { break }
            let inner = String(text[text.index(after: start)..<text.index(before: text.endIndex)])
            unit = inner
            text = String(text[..<start])
        }
        return (text.lowercased(), unit)
    }
}
