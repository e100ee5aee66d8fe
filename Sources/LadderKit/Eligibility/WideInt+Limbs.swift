/// The arithmetic of values beyond 64 bits, in sign and magnitude form with 32-bit limbs, least
/// significant first; reached only when a result overflows `Int64`.
extension WideInt {
    /// The magnitude's limbs, without trailing zeros (none for zero).
    var limbs: [UInt32] {
        switch storage {
        case let .small(value):
            var magnitude = value.magnitude
            var limbs: [UInt32] = []
            while magnitude > 0 {
                limbs.append(UInt32(truncatingIfNeeded: magnitude))
                magnitude >>= 32
            }
            return limbs
        case let .large(limbs, _):
            return limbs
        }
    }

    static func wideSum(_ a: WideInt, _ b: WideInt) -> WideInt {
        let (x, y) = (a.limbs, b.limbs)
        if a.isNegative == b.isNegative { return WideInt(limbs: add(x, y), negative: a.isNegative) }
        switch compareMagnitudes(x, y) {
        case 0: return .zero
        case 1: return WideInt(limbs: subtract(x, y), negative: a.isNegative)
        default: return WideInt(limbs: subtract(y, x), negative: b.isNegative)
        }
    }

    static func wideProduct(_ a: WideInt, _ b: WideInt) -> WideInt {
        guard !a.isZero, !b.isZero else { return .zero }
        let (x, y) = (a.limbs, b.limbs)
        var out = [UInt32](repeating: 0, count: x.count + y.count)
        for (i, p) in x.enumerated() {
            var carry: UInt64 = 0
            for (j, q) in y.enumerated() {
                let t = UInt64(p) * UInt64(q) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + y.count] = UInt32(carry)
        }
        return WideInt(limbs: out, negative: a.isNegative != b.isNegative)
    }

    /// Truncating division of magnitudes (shift and subtract; operands here are a few limbs long).
    func wideQuotient(dividingBy divisor: WideInt) -> WideInt {
        let limbs = self.limbs, divisorLimbs = divisor.limbs
        var remainder: [UInt32] = []
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
            remainder = WideInt.shiftLeftOne(remainder, in: (limbs[bit / 32] >> UInt32(bit % 32)) & 1)
            if WideInt.compareMagnitudes(remainder, divisorLimbs) >= 0 {
                remainder = WideInt.subtract(remainder, divisorLimbs)
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        return WideInt(limbs: quotient, negative: isNegative != divisor.isNegative)
    }

    static func wideLess(_ a: WideInt, _ b: WideInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.isNegative ? c > 0 : c < 0
    }

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
