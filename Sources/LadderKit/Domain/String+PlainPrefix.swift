import Foundation

extension String {
    /// The first of `prefixes` the text starts with, as `prefixes.first { hasPrefix($0) }` finds
    /// it, answered from the UTF-8 bytes when both strings hold only printable ASCII and CJK Unified
    /// Ideographs (U+4E00–U+9FFF), as field names do: each such character is one scalar with no
    /// canonical decomposition that never joins its neighbour into one grapheme, so comparing
    /// characters is comparing bytes. `hasPrefix` compares grapheme by grapheme and cost the hnte
    /// rule a fifth of its time; any other text still goes through it. The text's bytes are
    /// checked once, not once per prefix: the hnte rule tries eight fields.
    func firstPlainPrefix(among prefixes: [String]) -> String? {
        var text = self
        return text.withUTF8 { text in
            let plain = String.isPlain(text)
            return prefixes.first { prefix in
                var prefix = prefix
                let answer: Bool? = prefix.withUTF8 { prefix in
                    guard plain, String.isPlain(prefix) else { return nil }
                    return text.count >= prefix.count
                        && (prefix.isEmpty || memcmp(text.baseAddress!, prefix.baseAddress!, prefix.count) == 0)
                }
                return answer ?? hasPrefix(prefix)
            }
        }
    }

    /// Whether the valid UTF-8 `bytes` hold only printable ASCII and U+4E00–U+9FFF.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead >= 0x20, lead <= 0x7E {
                i += 1
            } else if lead >= 0xE4, lead <= 0xE9, i + 2 < bytes.count {
                // A three-byte sequence (the string is valid UTF-8): its scalar from the lead's
                // low bits and the first continuation byte's six.
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                guard scalar >= 0x4E00 else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
