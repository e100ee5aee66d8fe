import Foundation

/// A score held exactly, in hundredths of a point: `70.5` is 7050. The 高新技术企业 innovation
/// score is the experts' average, so it may be a fraction, and its pass mark is hit exactly
/// ("70分以上（不含70分）": 70 fails, 70.01 passes); it never passes through floating point.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    /// Whole points: `Points(71)` is 71.
    public init(_ whole: Int) { hundredths = Int64(whole) * 100 }

    public init(integerLiteral value: Int) { self.init(value) }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static let zero = Points(hundredths: 0)

    public var isWhole: Bool { hundredths % 100 == 0 }

    /// `71`, `70.5`, `70.01`: the shortest exact decimal.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        var fraction = m % 100 < 10 ? "0\(m % 100)" : "\(m % 100)"
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + "\(m / 100)" + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Reads `70`, `70.5`, `70.50`, `-3.25` exactly (ASCII digits, at most two decimals, no
    /// exponent); nil otherwise. Full-width digits are the caller's to fold first.
    public init?(decimal text: String) {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // Trailing zeros carry no precision: 70.500 is 70.5.
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= 2, let whole = Int64(parts[0]) else { return nil }
        let value = whole * 100 + (Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
        hundredths = negative ? -value : value
    }
}

/// Stored and shown as a JSON number: a whole score as an integer (so facts stored before scores
/// could be fractions read, and are written, exactly as they were), a fraction as a decimal.
extension Points: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let whole = try? container.decode(Int64.self) {
            hundredths = whole * 100
            return
        }
        // Decimal keeps the number's digits as written; its text is parsed exactly.
        let decimal = try container.decode(Decimal.self)
        guard let points = Points(decimal: decimal.description) else {
            throw DecodingError.dataCorruptedError(in: container,
                                                   debugDescription: "\(decimal) is not a score with at most two decimals")
        }
        self = points
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if isWhole {
            try container.encode(hundredths / 100)
        } else {
            try container.encode(Decimal(string: description, locale: Locale(identifier: "en_US_POSIX"))!)
        }
    }
}

extension Points {
    /// A score as a person types it: `70.5`, full-width `７０．５`, with or without a trailing 分.
    public init?(entered text: String) {
        var body = CellText.normalize(text)
        if body.hasSuffix("分") { body.removeLast() }
        self.init(decimal: body.trimmingSpaces())
    }
}
