/// A signed integer without a size limit, for comparing ratios exactly.
///
/// Cross-multiplying money amounts overflows 64 bits (a growth rate compares products of three
/// amounts), and `Int128` needs macOS 15; this is the few operations the rules need. A value that
/// fits 64 bits is held as an `Int64` and computed with the processor's overflow checks, without
/// allocating (`candidates` sums and compares millions of amounts); only a result that overflows
/// goes to sign and magnitude form with 32-bit limbs, least significant first (WideInt+Limbs).
struct WideInt: Hashable, Comparable, Sendable {
    enum Storage: Hashable, Sendable {
        case small(Int64)
        /// Only for values outside `Int64`'s range, so each value has one form (equality compares forms).
        /// No trailing zero limbs.
        case large(limbs: [UInt32], negative: Bool)
    }

    private(set) var storage: Storage

    init(_ value: Int64) { storage = .small(value) }

    init(_ value: Int) { self.init(Int64(value)) }

    /// The value of a magnitude and sign, in its one form: small whenever it fits 64 bits.
    init(limbs: [UInt32], negative: Bool) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        if limbs.count <= 2 {
            var m: UInt64 = 0
            for (i, limb) in limbs.enumerated() { m |= UInt64(limb) << (32 * UInt64(i)) }
            if !negative, m <= UInt64(Int64.max) { storage = .small(Int64(m)); return }
            if negative, m <= UInt64(Int64.max) + 1 { storage = .small(Int64(truncatingIfNeeded: 0 &- m)); return }
        }
        storage = .large(limbs: limbs, negative: negative)
    }

    static let zero = WideInt(0)

    var isNegative: Bool {
        switch storage {
        case let .small(value): value < 0
        case let .large(_, negative): negative
        }
    }

    var isZero: Bool { storage == .small(0) }
    var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    var magnitude: WideInt {
        if case let .small(value) = storage, value != .min { return WideInt(abs(value)) }
        return WideInt(limbs: limbs, negative: false)
    }

    /// The value when it fits in 64 bits.
    var int64: Int64? {
        if case let .small(value) = storage { return value }
        return nil
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
        return (isNegative ? "-" : "") + out
    }

    static prefix func - (x: WideInt) -> WideInt {
        if case let .small(value) = x.storage, value != .min { return WideInt(-value) }
        return WideInt(limbs: x.limbs, negative: !x.isNegative)
    }

    static func + (a: WideInt, b: WideInt) -> WideInt {
        if case let (.small(x), .small(y)) = (a.storage, b.storage) {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return WideInt(sum) }
        }
        return wideSum(a, b)
    }

    static func - (a: WideInt, b: WideInt) -> WideInt { a + -b }

    static func * (a: WideInt, b: WideInt) -> WideInt {
        if case let (.small(x), .small(y)) = (a.storage, b.storage) {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return WideInt(product) }
        }
        return wideProduct(a, b)
    }

    /// Truncating division (toward zero); the sign of the quotient follows the usual rule;
    /// `divisor` must not be zero.
    func quotient(dividingBy divisor: WideInt) -> WideInt {
        precondition(!divisor.isZero, "division by zero")
        if case let (.small(x), .small(y)) = (storage, divisor.storage) {
            let (q, overflow) = x.dividedReportingOverflow(by: y)
            if !overflow { return WideInt(q) }
        }
        return wideQuotient(dividingBy: divisor)
    }

    static func < (a: WideInt, b: WideInt) -> Bool {
        if case let (.small(x), .small(y)) = (a.storage, b.storage) { return x < y }
        return wideLess(a, b)
    }
}
