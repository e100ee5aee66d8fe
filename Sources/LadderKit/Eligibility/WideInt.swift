/// A signed integer without a size limit, for comparing ratios exactly.
///
/// Cross-multiplying money amounts overflows 64 bits (a growth rate compares products of three
/// amounts), and `Int128` needs macOS 15; this is the few operations the rules need, in sign and
/// magnitude form with 32-bit limbs, least significant first.
struct WideInt: Hashable, Comparable, Sendable {
    /// No trailing zero limbs; empty for zero.
    private var limbs: [UInt32]
    private var negative: Bool

    init(_ value: Int64) {
        var magnitude = value.magnitude
        var limbs: [UInt32] = []
        while magnitude > 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
        self.limbs = limbs
        negative = value < 0
    }

    init(_ value: Int) { self.init(Int64(value)) }

    private init(limbs: [UInt32], negative: Bool) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        self.negative = negative && !limbs.isEmpty
    }

    static let zero = WideInt(0)

    var isNegative: Bool { negative }
    var isZero: Bool { limbs.isEmpty }
    var signum: Int { isZero ? 0 : (negative ? -1 : 1) }
    var magnitude: WideInt { WideInt(limbs: limbs, negative: false) }

    /// The value when it fits in 64 bits.
    var int64: Int64? {
        guard limbs.count <= 2 else { return nil }
        var m: UInt64 = 0
        for (i, limb) in limbs.enumerated() { m |= UInt64(limb) << (32 * UInt64(i)) }
        if negative { return m <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- m) : nil }
        return m <= UInt64(Int64.max) ? Int64(m) : nil
    }

    /// Decimal digits with thousands separators: `12,345,600`.
    var grouped: String {
        if let value = int64 { return Money.grouped(value) }
        var digits: [Character] = []
        var rest = magnitude
        let ten = WideInt(10)
        while !rest.isZero {
            let q = rest.quotient(dividingBy: ten)
            digits.append(Character(String((rest - q * ten).int64!)))
            rest = q
        }
        var out = ""
        for (i, d) in digits.reversed().enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (negative ? "-" : "") + out
    }

    static prefix func - (x: WideInt) -> WideInt { WideInt(limbs: x.limbs, negative: !x.negative) }

    static func + (a: WideInt, b: WideInt) -> WideInt {
        if a.negative == b.negative { return WideInt(limbs: add(a.limbs, b.limbs), negative: a.negative) }
        switch compareMagnitudes(a.limbs, b.limbs) {
        case 0: return .zero
        case 1: return WideInt(limbs: subtract(a.limbs, b.limbs), negative: a.negative)
        default: return WideInt(limbs: subtract(b.limbs, a.limbs), negative: b.negative)
        }
    }

    static func - (a: WideInt, b: WideInt) -> WideInt { a + -b }

    static func * (a: WideInt, b: WideInt) -> WideInt {
        guard !a.isZero, !b.isZero else { return .zero }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt64(x) * UInt64(y) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + b.limbs.count] = UInt32(carry)
        }
        return WideInt(limbs: out, negative: a.negative != b.negative)
    }

    /// Truncating division of magnitudes (shift and subtract; operands here are a few limbs long).
    /// The sign of the quotient follows the usual rule; `divisor` must not be zero.
    func quotient(dividingBy divisor: WideInt) -> WideInt {
        precondition(!divisor.isZero, "division by zero")
        var remainder: [UInt32] = []
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
            remainder = WideInt.shiftLeftOne(remainder, in: (limbs[bit / 32] >> UInt32(bit % 32)) & 1)
            if WideInt.compareMagnitudes(remainder, divisor.limbs) >= 0 {
                remainder = WideInt.subtract(remainder, divisor.limbs)
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        return WideInt(limbs: quotient, negative: negative != divisor.negative)
    }

    static func < (a: WideInt, b: WideInt) -> Bool {
        if a.negative != b.negative { return a.negative }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.negative ? c > 0 : c < 0
    }

    // MARK: - Magnitude arithmetic

    private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        let a = a.trimmed, b = b.trimmed
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    private static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let t = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return out
    }

    /// a − b for |a| ≥ |b|.
    private static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var t = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            borrow = t < 0 ? 1 : 0
            if t < 0 { t += 1 << 32 }
            out.append(UInt32(t))
        }
        return out.trimmed
    }

    private static func shiftLeftOne(_ a: [UInt32], in bit: UInt32) -> [UInt32] {
        var out: [UInt32] = []
        var carry = bit
        for limb in a {
            out.append(limb << 1 | carry)
            carry = limb >> 31
        }
        if carry > 0 { out.append(carry) }
        return out
    }
}

private extension Array where Element == UInt32 {
    var trimmed: [UInt32] {
        var a = self
        while a.last == 0 { a.removeLast() }
        return a
    }
}
