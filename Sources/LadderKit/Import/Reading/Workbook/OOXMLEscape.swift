/// Excel writes characters XML cannot hold (control characters) as `_xHHHH_`, and a literal
/// `_x` that would look like one as `_x005F_x…`.
enum OOXMLEscape {
    /// Replaces every `_xHHHH_` in `bytes[start...]` by the character it names.
    static func decode(_ bytes: inout [UInt8], from start: Int) {
        guard bytes.count - start >= 7, hasEscape(bytes, from: start) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
               bytes[i + 6] == UInt8(ascii: "_"),
               let value = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16) {
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                out.append(contentsOf: String(Character(scalar)).utf8)
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes.replaceSubrange(start..., with: out)
    }

    private static func hasEscape(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x") { return true }
            i += 1
        }
        return false
    }
}
