/// A 科技型中小企业 入库登记编号: 4-digit year + 6-digit division + a letter or digit + 7 digits,
/// e.g. `2024341181A8020396`. Validated loosely; only the year and the division are read from it.
public struct TsmeNumber: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ raw: String) throws(NumberError) {
        // The common case, a clean number as issued, is checked on its bytes and kept without copying.
        if raw.utf8.count == 18, raw.utf8.withContiguousStorageIfAvailable(TsmeNumber.isClean) == true {
            text = raw
            return
        }
        let text = raw.trimmingSpaces().uppercased()
        let bytes = Array(text.utf8)
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        guard bytes.count == 18, bytes[0..<10].allSatisfy(isDigit), bytes[11...].allSatisfy(isDigit),
              isDigit(bytes[10]) || (65...90).contains(bytes[10]),
              let year = Int(text.prefix(4)), (2000...2100).contains(year) else {
            throw .tsme(value: text)
        }
        self.text = text
    }

    public init(trusted text: String) { self.text = text }

    /// 18 bytes: ten digits starting with a year of 2000–2100, a digit or capital letter, seven
    /// digits; what the general check accepts when trimming and upper-casing change nothing.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 18 else { return false }
        for i in 0..<18 where i != 10 {
            guard bytes[i] >= 48, bytes[i] <= 57 else { return false }
        }
        guard bytes[10] >= 48 && bytes[10] <= 57 || bytes[10] >= 65 && bytes[10] <= 90 else { return false }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        return (2000...2100).contains(year)
    }

    public var description: String { text }
    /// The evaluation year the number was issued for; it is valid within that year only.
    public var year: Int {
        // Read on the bytes: asked of every 科小 row without an admission day, and `prefix` on
        // the String cost more than the rest of the number's reading.
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= 4, bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        return (fromBytes ?? nil) ?? Int(text.prefix(4))!
    }
    public var division: String { String(text.dropFirst(4).prefix(6)) }
}
