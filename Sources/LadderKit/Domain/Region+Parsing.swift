/// A region as bureau staff type it: a code of four or six digits, a name with or without its
/// 市/区/县 suffix, `ganjiang` or 赣江新区, or the province.
extension Region {
    /// `3607`, `360700`, `赣州`, `赣州市` → 赣州市; `360702`, `章贡区`, `章贡` → 章贡区; `ganjiang`,
    /// `赣江新区` → 赣江新区; `360000`, `36`, `江西省`, `江西` → the province. Full-width digits
    /// and surrounding spaces are accepted.
    public init(parsing raw: String) throws(RegionError) {
        let text = String(String.UnicodeScalarView(raw.trimmingSpaces().unicodeScalars.map { scalar in
            // Full-width digits and letters (U+FF10…) as typed with a Chinese input method.
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
        }))
        if let zone = Zone.allCases.first(where: { $0.rawValue == text.lowercased() || $0.name == text }) {
            self = .zone(zone)
            return
        }
        if text == "江西" || text == "江西省" || text == "36" { self = .province; return }
        var digits = text
        if text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { digits = text + "00" }
        // A bare 吉安 names both 吉安市 and 吉安县; staff asking for figures mean the city.
        let code = RegionCode.named(text) ?? RegionCode.named(text + "市") ?? (try? RegionCode(digits))
        guard let code else { throw .unknown(value: text) }
        do { self = try Region(code: code) } catch { throw .unknown(value: text) }
    }
}

/// A region the tool does not know.
public enum RegionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknown(value: String)

    public var description: String {
        switch self {
        case let .unknown(value): InputErrorText.unknownRegion.text(["value": value])
        }
    }
}
