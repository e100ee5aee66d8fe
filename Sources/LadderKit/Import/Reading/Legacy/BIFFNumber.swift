/// Numbers as BIFF8 stores them, and as text the way an .xlsx of the same sheet writes them,
/// so that the parsing after the reader (money, days, codes stored as numbers) sees the same.
enum BIFFNumber {
    /// An RK value ([MS-XLS] 2.5.217): a 30-bit integer or the top 30 bits of a double,
    /// optionally to be divided by 100.
    static func rk(_ raw: UInt32) -> Double {
        let value = raw & 0x02 != 0
            ? Double(Int32(bitPattern: raw) >> 2)
            : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }

    /// The shortest text that reads back as the same double, whole numbers without a fraction
    /// (`53`, not `53.0`), exponents in Excel's style (`1.5E-5`; `9.13609021234568E+17`, a
    /// credit code stored as a number, which the code check then reports as such).
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        // Most amounts have at most two decimals (9472.38): below 10^13 no other text of two
        // decimals or fewer reads back as the same double, so this is the shortest text too.
        if abs(value) < 1e13 {
            let cents = (value * 100).rounded()
            if cents / 100 == value {
                let whole = abs(Int64(cents)) / 100, fraction = abs(Int64(cents)) % 100
                let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
                return (value < 0 ? "-" : "") + String(whole) + "." + digits
            }
        }
        let shortest = "\(value)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
        }
        var mantissa = shortest[..<e]
        if mantissa.hasSuffix(".0") { mantissa = mantissa.dropLast(2) }
        var exponent = shortest[shortest.index(after: e)...]
        let sign = exponent.first == "-" ? "-" : "+"
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        while exponent.count > 1, exponent.first == "0" { exponent = exponent.dropFirst() }
        return "\(mantissa)E\(sign)\(exponent)"
    }
}
