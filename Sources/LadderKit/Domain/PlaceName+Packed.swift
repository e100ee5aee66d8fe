/// The names of `PlaceName.tokens` looked up by their bytes: a roster's 所属地区 holds one of a few
/// dozen names on every row, and hashing it as Unicode text (normalised for comparison) cost more
/// than the rest of reading the place. Names up to 16 bytes (every city and county) are packed
/// into two words; a name found this way is the same String key, byte for byte.
extension PlaceName {
    struct PackedName: Hashable {
        let low: UInt64
        let high: UInt64

        /// Nil when `bytes` is empty or longer than 16 bytes. Zero pads: no name holds a zero byte.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            low = words.0
            high = words.1
        }
    }

    static let packedTokens: [PackedName: Token] = {
        var map: [PackedName: Token] = [:]
        for (name, token) in tokens {
            var name = name
            if let key = name.withUTF8(PackedName.init) { map[key] = token }
        }
        return map
    }()

    /// The token named by exactly these bytes, if any; nil says only that this way did not find one.
    static func packedToken(_ raw: String) -> Token? {
        guard let key = raw.utf8.withContiguousStorageIfAvailable(PackedName.init), let key else { return nil }
        return packedTokens[key]
    }

    /// `read` of a CSV cell whose text is exactly `bytes` (clean, `CellText.isClean`), when they
    /// name a place as it stands; nil leaves the cell to `read`, its text made (zone words,
    /// addresses, anything else).
    static func readPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> PlaceName? {
        guard let key = PackedName(bytes), let token = packedTokens[key], token.kind != .zoneWord else { return nil }
        return token.reading
    }
}
