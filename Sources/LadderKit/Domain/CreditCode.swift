/// A validated 统一社会信用代码 (GB 32100-2015): the enterprise key.
///
/// Parsed once at the boundary; a value of this type always passes both check characters.
public struct CreditCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let text: String

    /// Validates `text` (trimmed, letters upper-cased) and explains the first failure found.
    public init(_ raw: String) throws(CreditCodeError) {
        var raw = raw
        // The common case, a clean upper-case code, is checked on its bytes without copying.
        if raw.utf8.count == 18, raw.withUTF8({ CreditCode.isValid($0) }) {
            text = raw
            return
        }
        let text = raw.trimmingSpaces().uppercased()
        self.text = try CreditCode.validate(text)
    }

    /// Both check characters and the authority/category table, on raw bytes; false means
    /// "not a clean valid code" and the slow path explains why.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 18 else { return false }
        // Asked of every row of every import: the tables are fetched once, not once per character.
        let alphabet = alphabet
        // The weights are 3^i mod 31, so the sum is taken by Horner's rule from the last character
        // (one multiply by 3 a character, no weight loaded); below 3^17 × 31, it fits in an Int.
        // A byte outside the alphabet is -1: its sign bit, gathered in `outside`, refuses the code.
        var sum = 0, outside: Int8 = 0
        valueTable.withUnsafeBufferPointer { table in
            for i in (0..<17).reversed() {
                let v = table[Int(bytes[i])]
                outside |= v
                sum = sum &* 3 &+ Int(v)
            }
        }
        guard outside >= 0, bytes[17] == alphabet[(31 - sum % 31) % 31],
              categoryTable[Int(bytes[0])] & (1 << UInt32(bytes[1] & 0x1F)) != 0, bytes[1] >= 48, bytes[1] <= 57,
              (2..<8).allSatisfy({ bytes[$0] >= 48 && bytes[$0] <= 57 }) else { return false }
        return bytes[16] == organisationCheckCharacter(UnsafeBufferPointer(rebasing: bytes[8..<16]))
    }

    /// `categories` by authority byte: bit `c - 48` set when category digit `c` is allowed (every
    /// category is a digit); 0 for a byte that is no authority.
    private static let categoryTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for (authority, allowed) in categories {
            for category in allowed.utf8 { table[Int(authority)] |= 1 << UInt32(category & 0x1F) }
        }
        return table
    }()

    /// Wraps text already validated, e.g. read back from the registry.
    public init(trusted text: String) { self.text = text }

    public var description: String { text }
    public static func < (lhs: CreditCode, rhs: CreditCode) -> Bool { lhs.text < rhs.text }

    /// Positions 3-8: the division code of the registering authority (may be province level).
    public var division: String { String(text.utf8.dropFirst(2).prefix(6).map { Character(UnicodeScalar($0)) }) }

    /// The 31 characters of GB 32100, valued 0...30 in this order.
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]
    /// Registration authority → the categories it may issue (GB 32100-2015 表 1).
    static let categories: [UInt8: String] = [
        "1": "1239", "2": "19", "3": "123459", "4": "19", "5": "1239", "6": "129",
        "7": "129", "8": "19", "9": "123", "A": "19", "N": "1239", "Y": "1",
    ].reduce(into: [:]) { $0[Character($1.key).asciiValue!] = $1.value }

    /// Value 0...30 of a byte in the GB 32100 alphabet, or nil.
    static func value(of byte: UInt8) -> Int? {
        let v = valueTable[Int(byte)]
        return v < 0 ? nil : Int(v)
    }

    /// Byte → value in the alphabet, -1 when not in it.
    private static let valueTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (i, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(i) }
        return table
    }()

    /// The check character (position 18) for the first 17 characters.
    static func checkCharacter(_ first17: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (b, w) in zip(first17, weights) { sum += (value(of: b) ?? 0) * w }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// The GB 11714 organisation-code check character (position 17) for positions 9-16.
    static func organisationCheckCharacter<C: Collection<UInt8>>(_ body: C) -> UInt8 {
        var sum = 0
        for (b, w) in zip(body, organisationWeights) {
            let v = b <= 57 ? Int(b) - 48 : Int(b) - 55  // A=10 … Z=35, contiguous
            sum += v * w
        }
        switch 11 - sum % 11 {
        case 10: return UInt8(ascii: "X")
        case 11: return UInt8(ascii: "0")
        case let c: return UInt8(48 + c)
        }
    }

    static func validate(_ text: String) throws(CreditCodeError) -> String {
        if text.isEmpty { throw .empty }
        if looksScientific(text) { throw .scientificNotation(value: text) }
        let bytes = Array(text.utf8)
        let count = text.count
        guard count == 18, bytes.count == 18 else {
            if count == 18, let bad = text.first(where: { !$0.isASCII }) {
                let position = text.distance(from: text.startIndex, to: text.firstIndex(of: bad)!) + 1
                throw .invalidCharacter(value: text, character: bad, position: position)
            }
            throw .wrongLength(value: text, length: count)
        }
        // Positions 1-17 must be in the alphabet; position 18 is judged as a check character below.
        for (i, b) in bytes.prefix(17).enumerated() where value(of: b) == nil {
            throw .invalidCharacter(value: text, character: Character(UnicodeScalar(b)), position: i + 1)
        }
        let expected = checkCharacter(bytes[0..<17])
        if bytes[17] != expected, bytes[15...17].allSatisfy({ $0 == 48 }), bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            throw .truncatedByExcel(value: text)
        }
        guard let allowed = categories[bytes[0]] else {
            throw .unknownAuthority(value: text, authority: Character(UnicodeScalar(bytes[0])))
        }
        guard allowed.utf8.contains(bytes[1]) else {
            throw .unknownCategory(value: text, authority: Character(UnicodeScalar(bytes[0])),
                                   category: Character(UnicodeScalar(bytes[1])),
                                   allowed: allowed.map(String.init).joined(separator: ", "))
        }
        guard bytes[2..<8].allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .divisionNotDigits(value: text, division: String(decoding: bytes[2..<8], as: UTF8.self))
        }
        let organisation = organisationCheckCharacter(bytes[8..<16])
        if bytes[16] != organisation {
            throw .organisationCheck(value: text, found: Character(UnicodeScalar(bytes[16])),
                                     expected: Character(UnicodeScalar(organisation)))
        }
        if bytes[17] != expected {
            throw .check(value: text, found: Character(UnicodeScalar(bytes[17])),
                         expected: Character(UnicodeScalar(expected)))
        }
        return text
    }

    /// `9.13601E+17`, `9.13601e17`: digits, one point, an exponent.
    private static func looksScientific(_ text: String) -> Bool {
        guard let e = text.firstIndex(where: { $0 == "E" }) else { return false }
        let mantissa = text[..<e], exponent = text[text.index(after: e)...].drop(while: { $0 == "+" })
        return !mantissa.isEmpty && !exponent.isEmpty
            && mantissa.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
            && exponent.allSatisfy({ $0.isASCII && $0.isNumber })
    }
}

extension CreditCode: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        do { try self.init(try container.decode(String.self)) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
