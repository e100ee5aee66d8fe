/// A percentage held exactly, in hundredths of a percent (basis points): `6%` is 600, `2.5%` is 250.
/// Policy thresholds are written as decimal numbers with at most two decimals and never pass
/// through floating point.
public struct Percent: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let basisPoints: Int64

    public init(basisPoints: Int64) { self.basisPoints = basisPoints }

    /// A whole percentage: `Percent(60)` is 60%.
    public init(_ whole: Int64) { basisPoints = whole * 100 }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.basisPoints < rhs.basisPoints }

    /// `6%`, `2.5%`, `0.01%`.
    public var description: String { number + "%" }

    /// The decimal number as written in a policy document: `6`, `2.5`, `0.01`.
    var number: String {
        let sign = basisPoints < 0 ? "-" : ""
        let m = basisPoints.magnitude
        var fraction = m % 100 < 10 ? "0\(m % 100)" : "\(m % 100)"
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + "\(m / 100)" + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Reads a JSON number literal exactly; nil when it has an exponent or more than two decimals.
    init?(number text: String) {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15,
              parts[0].allSatisfy({ $0.isNumber && $0.isASCII }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isNumber && $0.isASCII }),
              let whole = Int64(parts[0]) else { return nil }
        let hundredths = Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        let value = whole * 100 + hundredths
        basisPoints = negative ? -value : value
    }
}
