import Foundation

/// Matches a file's headers to fields: NFKC (so Ⅰ/Ⅱ and full-width brackets read as I/II and
/// ASCII), spaces removed, a unit in brackets of either width taken off and remembered.
struct HeaderMatcher {
    struct Column: Equatable {
        let index: Int
        let field: ImportField
        /// For money columns, the unit the header names in brackets; nil when it names none.
        let unit: MoneyUnit?
        /// 万元 or another unit when the header names one; nil when it names none.
        var unitIsWan: Bool? { unit.map { $0 == .wan } }
    }

    /// The unit of a money column, from its header: (元), (千元), (万元), (亿元), also written
    /// (万), (单位：万元) or (人民币万元). Any other amount of 元 (百万元, 美元) is `unsupported`: never guessed.
    enum MoneyUnit: Equatable {
        case yuan, thousand, wan, yi
        case unsupported(String)

        /// A valuation's unit, in US dollars: (美元), (万美元), (亿美元); the scale is read as for 元.
        init(dollars text: String) {
            var body = text
            for noise in ["单位", ":", "usd"] { body = body.replacingOccurrences(of: noise, with: "") }
            switch body {
            case "美元", "": self = .yuan
            case "万美元": self = .wan
            case "亿美元": self = .yi
            default: self = .unsupported(text)
            }
        }

        init?(bracketed text: String) {
            var body = text
            for noise in ["单位", ":", "人民币", "rmb"] { body = body.replacingOccurrences(of: noise, with: "") }
            switch body {
            case "元": self = .yuan
            case "千元": self = .thousand
            case "万元", "万": self = .wan
            case "亿元", "亿": self = .yi
            default:
                guard text.contains("元") else { return nil }
                self = .unsupported(text)
            }
        }
    }

    struct Result {
        var columns: [Column] = []
        /// Headers that match nothing: reported once as ignored.
        var ignored: [String] = []
        /// Headers meaning a field an earlier column already provides.
        var duplicates: [(header: String, field: ImportField)] = []
        /// A rejects file's own columns (原行号, 问题列, 问题说明) → their index.
        var rejectInfo: [String: Int] = [:]

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
            // 原行号, 问题列 and 问题说明 of a rejects file imported again: known, carry nothing, say nothing.
            if field == .rejectInfo {
                result.rejectInfo[key] = index
                continue
            }
            if result.columns.contains(where: { $0.field == field }) {
                result.duplicates.append((header, field))
                continue
            }
            let moneyUnit = ImportField.moneyFields.contains(field) ? unit.flatMap(MoneyUnit.init(bracketed:))
                : field == .valuationUSD ? unit.map(MoneyUnit.init(dollars:)) : nil
            result.columns.append(Column(index: index, field: field, unit: moneyUnit))
        }
        return result
    }

    /// The comparable form of a header, and the unit text found in trailing brackets: the bracket
    /// that names an amount of 元 when one does (年销售收入(含税)(万元) → 万元), else the first.
    static func key(_ header: String) -> (key: String, unit: String?) {
        var text = header.precomposedStringWithCompatibilityMapping
        text.removeAll { $0.isWhitespace || $0 == "*" || $0 == "\u{FEFF}" }
        var brackets: [String] = []
        while let last = text.last, last == ")" || last == "]" {
            let open: Character = last == ")" ? "(" : "["
            guard let start = text.lastIndex(of: open) else { break }
            brackets.insert(String(text[text.index(after: start)..<text.index(before: text.endIndex)]), at: 0)
            text = String(text[..<start])
        }
        return (text.lowercased(), brackets.first { $0.contains("元") } ?? brackets.first)
    }
}
