/// Strict UTF-8 validation over raw bytes (no overlongs, surrogates or values past U+10FFFF).
///
/// Written out because `String(validating:as:)` is generic and, unspecialized across modules,
/// spends most of its time in metadata lookups: it tripled the time to read a large CSV.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n,
                  UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { return true }
            let b0 = p[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            // A three-byte character led by E1–EC or EE–EF (nearly every CJK character) takes any
            // two continuation bytes: told apart from the rest before the general case below.
            if b0 &- 0xE1 < 0x0F, b0 != 0xED, i + 3 <= n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
                i += 3
                // The rest of a run of them (a name, a place) taken here, without going back to the
                // ASCII test for each: a record is validated whole, so every run passes through.
                while i + 3 <= n {
                    let b = p[i]
                    guard b &- 0xE1 < 0x0F, b != 0xED, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { break }
                    i += 3
                }
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n, p[i + 1] >= low, p[i + 1] <= high else { return false }
            for k in 2..<length where p[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }
}
