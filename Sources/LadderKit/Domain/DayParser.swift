/// Reads the day spellings found in Chinese rosters and typed by staff: `2023-05-06`, `2023/5/6`,
/// `2023.5.6`, `2023年5月6日`, `20230506`, with full-width digits and stray spaces. Never guesses:
/// anything else is nil. (Excel serial numbers are read by the importer, which knows the column.)
public enum DayParser {
    public static func parse(_ raw: String) -> Day? {
        if let day = plainDay(raw) { return day }
        var digits: [Int] = []   // up to three numbers
        var current = -1
        var count = 0
        var separators: [Unicode.Scalar] = []
        for ch in raw.trimmingSpaces().unicodeScalars {
            if let d = digitValue(ch) {
                current = (current < 0 ? 0 : current) * 10 + d
                count += 1
                guard count <= 8 else { return nil }
                continue
            }
            guard current >= 0 else { return nil }
            digits.append(current); current = -1; count = 0
            separators.append(ch)
            guard digits.count <= 3 else { return nil }
        }
        if current >= 0 { digits.append(current) }
        switch digits.count {
        case 1 where separators.isEmpty:
            let n = digits[0]
            guard n >= 1000_01_01, n <= 9999_12_31 else { return nil }
            return Day(year: n / 10000, month: n / 100 % 100, day: n % 100)
        case 3:
            let allowed: [[Unicode.Scalar]] = [["-", "-"], ["/", "/"], [".", "."], ["年", "月", "日"], ["－", "－"], ["／", "／"]]
            guard allowed.contains(separators) || allowed.contains(separators + ["日"]) else { return nil }
            guard digits[0] >= 1000 else { return nil }
            return Day(year: digits[0], month: digits[1], day: digits[2])
        default:
            return nil
        }
    }

    /// `2023-05-06`, `2023/5/6`, `2023.5.6` or `20230506` in ASCII, read from the bytes without
    /// allocating: nearly every day in a file. Nil means only "not in this form" (nor a valid day):
    /// the general reading above then decides, so both always agree.
    private static func plainDay(_ raw: String) -> Day? {
        let day = raw.utf8.withContiguousStorageIfAvailable(plainDay(bytes:))
        return day ?? nil
    }

    /// `plainDay` of a cell's UTF-8 as written: a CSV cell in this form is its own text.
    static func plainDay(bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        // The usual cell, 2023-05-06, read as the registry's own days are (`Day(isoBytes:)`),
        // without the loop below, which reads it the same way (and refuses a year before 1000).
        if bytes.count == 10, bytes[0] != UInt8(ascii: "0"), let day = Day(isoBytes: UnsafeRawBufferPointer(bytes)) {
            return day
        }
        var first = 0, second = 0, count = 0, value = 0, digits = 0
        var separator: UInt8 = 0
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                value = value * 10 + Int(byte - 48)
                digits += 1
                guard digits <= 8 else { return nil }
                continue
            }
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."),
                  digits > 0, separator == 0 || byte == separator, count < 2 else { return nil }
            separator = byte
            if count == 0 { first = value } else { second = value }
            count += 1
            value = 0
            digits = 0
        }
        guard digits > 0 else { return nil }
        if count == 0 {
            guard value >= 1000_01_01, value <= 9999_12_31 else { return nil }
            return Day(year: value / 10000, month: value / 100 % 100, day: value % 100)
        }
        guard count == 2, first >= 1000 else { return nil }
        return Day(year: first, month: second, day: value)
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
