/// 64-bit FNV-1a: cheap, stable fingerprints for duplicate detection (not security). Row
/// fingerprints are stored in the registry to tell unchanged rows on re-import, so the values
/// must never change.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    static let prime: UInt64 = 0x100_0000_01b3

    static func value(of text: String) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(text)
        return hasher.value
    }

    mutating func add(_ text: String?) {
        guard let text else { addByte(0xFF); return }
        var hash = value
        let hashed = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            hash = FNV1a.hash(hash, bytes)
            return true
        }
        value = hash
        if hashed == nil { for byte in text.utf8 { addByte(byte) } }
        addByte(0)
    }

    /// The same as adding the String these bytes spell (valid UTF-8), without making it.
    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        value = FNV1a.hash(value, bytes)
        addByte(0)
    }

    mutating func add(_ day: Day?) {
        guard let day else { addByte(0xFF); return }
        add(day.ordinal)
    }

    mutating func add<T: FixedWidthInteger>(_ number: T) {
        var value = number.littleEndian
        withUnsafeBytes(of: &value) { for byte in $0 { addByte(byte) } }
    }

    private mutating func addByte(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* FNV1a.prime
    }

    /// `hash` carried over `bytes`, byte by byte as FNV-1a defines it. (Loading a word at a time and
    /// taking its bytes by shifts measured more instructions than this loop, which the compiler
    /// unrolls: a multiply per byte is the floor, and the values must stay as they are.)
    @inline(__always)
    static func hash(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

extension FNV1a {
    /// `add(bytes:)` to four hashers at once, with the same four values. Each byte's multiply waits
    /// on the one before, so a single chain leaves the core mostly waiting (about a tenth of
    /// reading a roster went to it): four independent chains carried in one loop keep it busy.
    static func add(bytes: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>),
                    to hashers: inout (FNV1a, FNV1a, FNV1a, FNV1a)) {
        let (a, b, c, d) = bytes
        var (h0, h1, h2, h3) = (hashers.0.value, hashers.1.value, hashers.2.value, hashers.3.value)
        let common = Swift.min(a.count, b.count, c.count, d.count)
        for i in 0..<common {
            h0 = (h0 ^ UInt64(a[i])) &* prime
            h1 = (h1 ^ UInt64(b[i])) &* prime
            h2 = (h2 ^ UInt64(c[i])) &* prime
            h3 = (h3 ^ UInt64(d[i])) &* prime
        }
        hashers.0.value = hash(h0, UnsafeBufferPointer(rebasing: a[common...]))
        hashers.1.value = hash(h1, UnsafeBufferPointer(rebasing: b[common...]))
        hashers.2.value = hash(h2, UnsafeBufferPointer(rebasing: c[common...]))
        hashers.3.value = hash(h3, UnsafeBufferPointer(rebasing: d[common...]))
        hashers.0.addByte(0)
        hashers.1.addByte(0)
        hashers.2.addByte(0)
        hashers.3.addByte(0)
    }
}
