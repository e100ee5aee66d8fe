import Foundation

/// Reads a facts record in the one shape `FactsJSON.encode` writes — a flat object, no spaces,
/// whole numbers, `true`/`false`, strings without escapes, an innovation score with at most two
/// decimals — straight from its bytes, for `candidates`, which reads millions of them. Anything
/// else (nested innovation parts, escapes, exponents, a key it does not know, a value of the
/// wrong type) gives nil, and the caller decodes with `JSONDecoder`, so the answer never differs.
struct FactsJSONScanner {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The facts, or nil when the record is not in the plain shape.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> AnnualFacts? {
        var scanner = FactsJSONScanner(bytes)
        return scanner.object()
    }

    private mutating func object() -> AnnualFacts? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var facts = AnnualFacts()
        var seen: UInt64 = 0
        if take(UInt8(ascii: "}")) { return at == bytes.count ? facts : nil }
        repeat {
            guard let entry = key(), take(UInt8(ascii: ":")), seen & entry.bit == 0,
                  value(for: entry.key, into: &facts) else { return nil }
            seen |= entry.bit
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) && at == bytes.count ? facts : nil
    }

    // One line per field: the scanner knows each field's JSON type as `AnnualFacts` decodes it.
    // swiftlint:disable:next cyclomatic_complexity
    private mutating func value(for key: AnnualFacts.CodingKeys, into f: inout AnnualFacts) -> Bool {
        switch key {
        case .employees: return store(integer(), &f.employees)
        case .techStaff: return store(integer(), &f.techStaff)
        case .revenue: return store(integer(), &f.revenue)
        case .totalAssets: return store(integer(), &f.totalAssets)
        case .totalCost: return store(integer(), &f.totalCost)
        case .rdExpense: return store(integer(), &f.rdExpense)
        case .rdExpenseInChina: return store(integer(), &f.rdExpenseInChina)
        case .highTechIncome: return store(integer(), &f.highTechIncome)
        case .totalIncome: return store(integer(), &f.totalIncome)
        case .netAssets: return store(integer(), &f.netAssets)
        case .ip1: return store(integer(), &f.ip1)
        case .ip2: return store(integer(), &f.ip2)
        case .valuationUSD: return store(integer(), &f.valuationUSD)
        case .fundingCNY: return store(integer(), &f.fundingCNY)
        case .innovationScore: return store(points(), &f.innovationScore)
        case .innovationParts: return false
        case .field: return store(string(), &f.field)
        case .ownsCoreIP: return store(boolean(), &f.ownsCoreIP)
        case .majorAccident: return store(boolean(), &f.majorAccident)
        case .abnormalOperationList: return store(boolean(), &f.abnormalOperationList)
        case .seriousDishonestyList: return store(boolean(), &f.seriousDishonestyList)
        case .nationalAwardInLast5Years: return store(boolean(), &f.nationalAwardInLast5Years)
        case .provincialRDInstitution: return store(boolean(), &f.provincialRDInstitution)
        case .ledStandardInLast5Years: return store(boolean(), &f.ledStandardInLast5Years)
        case .listed: return store(boolean(), &f.listed)
        case .registeredTaxedCountedInJiangxi: return store(boolean(), &f.registeredTaxedCountedInJiangxi)
        case .violationOrBadCreditIn3Years: return store(boolean(), &f.violationOrBadCreditIn3Years)
        }
    }

    private func store<T>(_ value: T?, _ field: inout T?) -> Bool {
        guard let value else { return false }
        field = value
        return true
    }

    @inline(__always)
    private mutating func take(_ byte: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// A key `AnnualFacts` knows, matched by its bytes. A key never needs an escape, and no key
    /// holds a backslash or a control character, so a name with one matches none and is refused.
    @inline(__always)
    private mutating func key() -> FactsJSONKeys.Entry? {
        guard let name = quoted() else { return nil }
        return FactsJSONKeys.shared.entry(name)
    }

    /// The bytes between the quotes of a string without escapes or control characters.
    private mutating func stringBytes() -> UnsafeRawBufferPointer? {
        guard let text = quoted(), !text.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return nil }
        return text
    }

    /// The bytes from an opening quote to the next quote (memchr finds it), unchecked.
    @inline(__always)
    private mutating func quoted() -> UnsafeRawBufferPointer? {
        guard take(UInt8(ascii: "\"")), let base = bytes.baseAddress,
              let close = memchr(base + at, Int32(UInt8(ascii: "\"")), bytes.count - at) else { return nil }
        let start = at
        at = base.distance(to: UnsafeRawPointer(close)) + 1
        return UnsafeRawBufferPointer(rebasing: bytes[start..<(at - 1)])
    }

    /// A string without escapes or control characters.
    private mutating func string() -> String? {
        guard let text = stringBytes() else { return nil }
        // Invalid UTF-8 is left to JSONDecoder, which refuses it rather than repairing it.
        return String(validating: text, as: UTF8.self)
    }

    private mutating func boolean() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for i in 0..<count where bytes[at + i] != word.utf8Start[i] { return false }
        at += count
        return true
    }

    /// `-?digits`, at most 17 digits (no overflow), no leading zero; not followed by a fraction
    /// or an exponent.
    private mutating func integer() -> Int64? {
        let negative = take(UInt8(ascii: "-"))
        guard let (value, digits) = digits(), digits <= 17, !followedByNumber() else { return nil }
        return negative ? -value : value
    }

    /// A score: `-?digits` with at most two decimals, exactly in hundredths as `Points` decodes it.
    private mutating func points() -> Points? {
        let negative = take(UInt8(ascii: "-"))
        guard let (whole, digits) = digits(), digits <= 12 else { return nil }
        var hundredths = whole * 100
        if take(UInt8(ascii: ".")) {
            guard let (fraction, count) = self.digits(allowLeadingZero: true), count <= 2 else { return nil }
            hundredths += count == 1 ? fraction * 10 : fraction
        }
        guard !followedByNumber() else { return nil }
        return Points(hundredths: negative ? -hundredths : hundredths)
    }

    /// The value and count of a run of ASCII digits; nil when there is none, or a leading zero
    /// before more digits (invalid JSON). At most 18 digits are read, so the value cannot overflow
    /// and is worked out without overflow checks.
    @inline(__always)
    private mutating func digits(allowLeadingZero: Bool = false) -> (Int64, Int)? {
        let start = at, last = min(bytes.count, at + 18)
        var value: Int64 = 0, i = at
        while i < last {
            let digit = bytes[i] &- 48
            guard digit <= 9 else { break }
            value = value &* 10 &+ Int64(digit)
            i &+= 1
        }
        at = i
        let count = i - start
        guard count > 0, allowLeadingZero || count == 1 || bytes[start] != 48 else { return nil }
        return (value, count)
    }

    /// A digit, a decimal point or an exponent right after a number: a shape left to JSONDecoder.
    private func followedByNumber() -> Bool {
        guard at < bytes.count else { return false }
        let byte = bytes[at]
        return (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E")
    }
}
