/// An amount of money in whole yuan, the unit the registry stores (INTEGER yuan in SQLite).
///
/// `parse` reads money as rosters and staff write it (`1,234.56`, `123.45万元`, `500元`, full-width
/// digits) with exact decimal arithmetic, and refuses what cannot be stored honestly: approximate
/// values, ranges, text, fractions of a yuan, overflow.
public struct Money: Hashable, Comparable, Sendable, Codable {
    public let yuan: Int64

    public init(yuan: Int64) { self.yuan = yuan }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.yuan < rhs.yuan }

    /// The units money is written in. Raw values are persisted ASCII; `chineseName` is what staff write.
    public enum Unit: String, CaseIterable, Codable, Sendable {
        case yuan
        case wan = "wan-yuan"
        case yi = "yi-yuan"

        public var chineseName: String {
            switch self {
            case .yuan: return "元"
            case .wan: return "万元"
            case .yi: return "亿元"
            }
        }

        public var yuanPerUnit: Int64 {
            switch self {
            case .yuan: return 1
            case .wan: return 10_000
            case .yi: return 100_000_000
            }
        }

        /// The zeros of `yuanPerUnit`: how far a figure's point moves right to be in yuan.
        var zeros: Int {
            switch self {
            case .yuan: 0
            case .wan: 4
            case .yi: 8
            }
        }
    }

    /// A parsed amount and the unit that was applied, so a caller can say which it used.
    public struct Parsed: Hashable, Sendable, CustomStringConvertible {
        public let money: Money
        public let unit: Unit
        /// True when the text carried its unit (`万元`, `元`); false when the caller's bare unit applied.
        public let unitWritten: Bool

        /// `12,345,600 元 (given in 万元)`.
        public var description: String {
            (unitWritten ? WriteText.moneyGivenIn : WriteText.moneyReadAs).text(["yuan": Money.grouped(money.yuan),
                                                                                 "unit": unit.chineseName])
        }
    }

    /// Why a text is not an amount of money; each message quotes the text and says what to enter.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case approximate(text: String)
        case range(text: String)
        case negative(text: String)
        case notANumber(text: String)
        case scientificNotation(text: String)
        case grouping(text: String)
        case fractionOfYuan(text: String, yuan: String)
        case overflow(text: String)

        public var description: String {
            typealias T = InputErrorText
            switch self {
            case .empty: return T.moneyEmpty.text()
            case let .approximate(text): return T.moneyApproximate.text(["text": text])
            case let .range(text): return T.moneyRange.text(["text": text])
            case let .negative(text): return T.moneyNegative.text(["text": text])
            case let .notANumber(text): return T.moneyNotANumber.text(["text": text])
            case let .scientificNotation(text): return T.moneyScientific.text(["text": text])
            case let .grouping(text): return T.moneyGrouping.text(["text": text])
            case let .fractionOfYuan(text, yuan): return T.moneyFraction.text(["text": text, "yuan": yuan])
            case let .overflow(text): return T.moneyOverflow.text(["text": text])
            }
        }
    }

    /// Parses a money text.
    /// - Parameters:
    ///   - raw: the text as written: `1,234.56`, `123.45万元`, `１２３`.
    ///   - bareUnit: the unit of a number written without one (rosters usually say 万元 in the header).
    ///   - allowNegative: net assets may be negative; revenue and costs may not.
    public static func parse(_ raw: some StringProtocol, bareUnit: Unit,
                             allowNegative: Bool = false) throws(ParseError) -> Parsed {
        if let yuan = raw.utf8.withContiguousStorageIfAvailable({ plainDecimal($0, unit: bareUnit) }) ?? plainDecimal(raw.utf8, unit: bareUnit) {
            return Parsed(money: Money(yuan: yuan), unit: bareUnit, unitWritten: false)
        }
        let text = raw.trimmingSpaces()
        guard !text.isEmpty else { throw .empty }
        var body = String(text.map(Money.halfWidth).filter { $0 != " " && $0 != "\u{3000}" && $0 != "\u{00A0}" })
        // Order matters: `1.2E+07` is not approximate, `500~600` is a range, `~500` is approximate.
        if Money.isScientific(body) { throw .scientificNotation(text: text) }
        if Money.isRange(body) { throw .range(text: text) }
        if Money.approximateMarkers.contains(where: { body.contains($0) }) || body.hasSuffix("+") {
            throw .approximate(text: text)
        }
        for sign in ["¥", "￥", "RMB", "人民币", "+"] where body.hasPrefix(sign) { body.removeFirst(sign.count) }
        var unit = bareUnit, written = false
        for (suffix, candidate) in Money.unitSuffixes where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
            unit = candidate
            written = true
            break
        }
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body.removeFirst()
        } else if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true   // accounting notation
            body = String(body.dropFirst().dropLast())
        }
        let (digits, scale) = try Money.decimalDigits(body, text: text)
        if negative && !allowNegative && digits.contains(where: { $0 != 0 }) { throw .negative(text: text) }
        let yuan = try Money.yuan(digits: digits, scale: scale, unit: unit, negative: negative, text: text)
        return Parsed(money: Money(yuan: yuan), unit: unit, unitWritten: written)
    }

    /// `12,345,600`.
    public static func grouped(_ value: Int64) -> String { ProseFormat.grouped(value) }

    /// A compact Chinese form for thresholds: `2亿元`, `5000万元`, else `12,345 元`.
    public static func compact(_ yuan: Int64) -> String {
        if yuan != 0 && yuan % 100_000_000 == 0 { return "\(grouped(yuan / 100_000_000))亿元" }
        if yuan != 0 && yuan % 10_000 == 0 { return "\(yuan / 10_000)万元" }
        return "\(grouped(yuan)) 元"
    }

    // MARK: - Parsing steps

    /// The common case of a roster cell, `9472.38`: ASCII digits and at most one point, exact in
    /// yuan. Read straight from the bytes; anything else (or a fraction of a yuan) goes the long way.
    static func plainDecimal(_ bytes: some Collection<UInt8>, unit: Unit) -> Int64? {
        // All the digits as one number, and how many came before the point: 9472.38 is 947238
        // with four. One pass, one test a digit; the point is placed by a division at the end.
        var value: Int64 = 0, digits = 0, point = -1
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                digits += 1
                guard digits <= 10 else { return nil }  // 10^10 × 亿 still fits in Int64
                value = value &* 10 &+ Int64(digit)
            } else if byte == UInt8(ascii: "."), point < 0, digits > 0 {
                point = digits
            } else {
                return nil
            }
        }
        guard digits > 0, point < digits else { return nil }
        // Below 10^10 × 10^8: no overflow. The point moves right by the unit's zeros: a division
        // (tens of cycles, for each of a row's figures) only when more decimals are written than
        // the unit has zeros, exact in yuan when the extra ones are zeros, else not plain.
        let decimals = point < 0 ? 0 : digits - point
        guard decimals > unit.zeros else {
            var yuan = value
            for _ in decimals..<unit.zeros { yuan &*= 10 }
            return yuan
        }
        var scale: Int64 = 1
        for _ in unit.zeros..<decimals { scale &*= 10 }
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: scale)
        return remainder == 0 ? quotient : nil
    }

    private static let approximateMarkers = ["约", "大约", "近", "逾", "超过", "左右", "上下", "以上", "以下", "多", "余",
                                             "~", ">", "<", "≥", "≤", "≈", "不足", "不到"]
    private static let rangeMarkers: Set<Character> = ["-", "~", "—", "–", "至", "到"]
    /// Longest first, so `万元` wins over `元`.
    private static let unitSuffixes: [(String, Unit)] = [("万元", .wan), ("亿元", .yi), ("万", .wan), ("亿", .yi), ("元", .yuan)]

    /// `1.2E+07`, as Excel prints a number column too narrow for its digits.
    private static func isScientific(_ body: String) -> Bool {
        let parts = body.split(whereSeparator: { $0 == "e" || $0 == "E" })
        guard parts.count == 2, let mantissa = parts.first, mantissa.first?.isASCIIDigit == true else { return false }
        let exponent = parts[1].drop { $0 == "+" || $0 == "-" }
        return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
            && mantissa.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }

    /// A range marker with a digit on each side: `500-600`, `500万~600万`, `500至600`.
    private static func isRange(_ body: String) -> Bool {
        let chars = Array(body)
        for (i, ch) in chars.enumerated() where rangeMarkers.contains(ch) {
            if chars[..<i].contains(where: \.isASCIIDigit), chars[(i + 1)...].contains(where: \.isASCIIDigit) {
                return true
            }
        }
        return false
    }

    /// Full-width digits and punctuation to ASCII; the wave dash and ideographic forms to `~`.
    private static func halfWidth(_ ch: Character) -> Character {
        guard let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return ch }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x301C, 0xFF5E: return "~"
        case 0x2212: return "-"
        default: return ch
        }
    }

    /// The digits of `1,234.56` as `123456` with scale 2; validates grouping and form.
    private static func decimalDigits(_ body: String, text: String) throws(ParseError) -> (digits: [UInt8], scale: Int) {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { throw .notANumber(text: text) }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty else { throw .notANumber(text: text) }
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .grouping(text: text)
            }
        }
        let wholeDigits = whole.filter { $0 != "," }
        guard wholeDigits.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else {
            throw .notANumber(text: text)
        }
        guard !fraction.contains(",") else { throw .grouping(text: text) }
        let digits = (wholeDigits + fraction).utf8.map { $0 - 48 }
        return (digits, fraction.count)
    }

    /// Exact value × unit: any non-zero digit left below the yuan is refused, never rounded.
    private static func yuan(digits: [UInt8], scale: Int, unit: Unit, negative: Bool,
                             text: String) throws(ParseError) -> Int64 {
        let unitZeros = unit.zeros
        let shift = unitZeros - scale   // how many places the point moves right after scaling
        var kept = digits
        var dropped: [UInt8] = []
        if shift >= 0 {
            kept += Array(repeating: 0, count: shift)
        } else {
            dropped = Array(digits.suffix(-shift))
            kept = Array(digits.dropLast(-shift))
        }
        if dropped.contains(where: { $0 != 0 }) {
            let whole = String(String(decoding: kept.map { $0 + 48 }, as: UTF8.self).drop { $0 == "0" })
            var fraction = String(decoding: dropped.map { $0 + 48 }, as: UTF8.self)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            throw .fractionOfYuan(text: text, yuan: (whole.isEmpty ? "0" : whole) + "." + fraction)
        }
        var value: Int64 = 0
        for digit in kept {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int64(digit))
            guard !o1, !o2 else { throw .overflow(text: text) }
            value = plus
        }
        return negative ? -value : value
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
