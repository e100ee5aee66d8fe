/// A ratio of two amounts, compared with thresholds by integer cross-multiplication and shown
/// as a percentage truncated (not rounded) to two decimals, so a ratio just under a threshold
/// never displays as the threshold itself (4.999% shows 4.99%, not 5.00%).
struct Fraction: Sendable {
    let numerator: WideInt
    /// Always positive.
    let denominator: WideInt

    /// Nil when the denominator is zero: the ratio is undefined.
    init?(_ numerator: WideInt, _ denominator: WideInt) {
        guard !denominator.isZero else { return nil }
        self.numerator = denominator.isNegative ? -numerator : numerator
        self.denominator = denominator.magnitude
    }

    init?(_ numerator: Int64, _ denominator: Int64) { self.init(WideInt(numerator), WideInt(denominator)) }

    /// numerator / denominator ≥ percent, i.e. numerator × 10000 ≥ basis points × denominator.
    func isAtLeast(_ percent: Percent) -> Bool { compare(percent) >= 0 }

    func meets(_ band: PercentBand) -> Bool {
        let c = compare(band.threshold)
        return band.strict ? c > 0 : c >= 0
    }

    private func compare(_ percent: Percent) -> Int {
        // Nearly every ratio is of amounts that fit 64 bits: their products fit 128, compared
        // exactly without building wide integers (which allocate).
        if let n = numerator.int64, let d = denominator.int64 {
            let lhs = n.multipliedFullWidth(by: 10_000), rhs = percent.basisPoints.multipliedFullWidth(by: d)
            if lhs.high != rhs.high { return lhs.high < rhs.high ? -1 : 1 }
            return lhs.low == rhs.low ? 0 : (lhs.low < rhs.low ? -1 : 1)
        }
        let lhs = numerator * WideInt(10_000), rhs = WideInt(percent.basisPoints) * denominator
        return lhs < rhs ? -1 : (lhs == rhs ? 0 : 1)
    }

    /// `5.00%`, `-3.45%`.
    var percentText: String { decimalText(scale: 10_000, decimals: 2) + "%" }

    /// The ratio as a multiple with four decimals: `1.7280`.
    var multipleText: String { decimalText(scale: 10_000, decimals: 4) }

    /// numerator / denominator × scale, truncated toward zero, written with `decimals` places
    /// (the scale is 10^decimals for a multiple, 10^(decimals+2) for a percentage).
    private func decimalText(scale: Int64, decimals: Int) -> String {
        let scaled = (numerator.magnitude * WideInt(scale)).quotient(dividingBy: denominator)
        guard let value = scaled.int64 else { return numerator.isNegative ? "-∞" : "∞" }
        var unit: Int64 = 1
        for _ in 0..<decimals { unit *= 10 }
        let fraction = String(value % unit)
        let text = Money.grouped(value / unit) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        return (numerator.isNegative && value != 0 ? "-" : "") + text
    }
}

extension Array where Element == PercentBand {
    /// The highest row the ratio meets, nil below the table.
    func band(for ratio: Fraction) -> PercentBand? { first { ratio.meets($0) } }

    /// `≥ 30% → 20, ≥ 25% → 16, …`
    var tableText: String { map { "\($0.condition) → \($0.points)" }.joined(separator: ", ") }
}
