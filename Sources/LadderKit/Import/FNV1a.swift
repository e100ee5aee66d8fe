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
