/// The form of a name used to match rows without a code: full-width letters, digits and
/// brackets as their ASCII forms and no spaces, so 江西铜业（集团） from one source finds
/// 江西铜业(集团) from another. Nothing else is loosened: matching stays exact, never a guess.
enum NameKey {
    static func of(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x3000, 0x00A0: continue
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3010: scalars.append("[")
            case 0x3011: scalars.append("]")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension NameKey {
    /// Every two adjacent characters (Unicode scalars, as SQLite's tokenizers count them) of `key`:
    /// the tokens of `firm_name_bigram`, and what a two-character search looks up.
    static func pairs(of key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        return (0..<scalars.count - 1).map { i in
            var pair = String.UnicodeScalarView()
            pair.append(scalars[i])
            pair.append(scalars[i + 1])
            return String(pair)
        }
    }

    /// `pairs(of:)` each as one number, the first scalar's value times 2^21 plus the second's (a
    /// scalar is below 2^21): PostgreSQL's name index keeps them so (`firm_name_pairs`).
    static func pairCodes(of key: String) -> [Int64] {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        return (0..<scalars.count - 1).map { i in Int64(scalars[i].value) << 21 | Int64(scalars[i + 1].value) }
    }

    /// `pairs(of:)` joined by spaces, as `firm_name_bigram` indexes them, made from the UTF-8 bytes
    /// at once: a first import makes one for every firm.
    static func pairText(of key: String) -> String {
        var key = key
        return key.withUTF8 { utf8 in
            // Where each scalar starts (a byte that is not a UTF-8 continuation byte), and the end.
            var starts: [Int] = []
            starts.reserveCapacity(utf8.count + 1)
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
            starts.append(utf8.count)
            guard starts.count >= 3 else { return "" }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(2 * utf8.count + starts.count)
            for i in 0..<(starts.count - 2) {
                if i > 0 { bytes.append(UInt8(ascii: " ")) }
                bytes.append(contentsOf: utf8[starts[i]..<starts[i + 2]])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
