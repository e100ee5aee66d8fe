#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLScanner {
    /// Appends `count` bytes of XML character data to `out`, replacing the predefined entities
    /// and character references; an unknown or unterminated reference stays as written (no DTD
    /// can define one: the scanner refuses DTDs). Line ends become `\n` as XML prescribes.
    static func decode(_ p: UnsafePointer<UInt8>, _ count: Int, into out: inout [UInt8], normalizeLineEnds: Bool) {
        let plain = memchr(p, Int32(UInt8(ascii: "&")), count) == nil
            && (!normalizeLineEnds || memchr(p, 0x0D, count) == nil)
        if plain {
            out.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
            return
        }
        var i = 0
        while i < count {
            let b = p[i]
            if b == 0x0D, normalizeLineEnds {
                out.append(0x0A)
                i += (i + 1 < count && p[i + 1] == 0x0A) ? 2 : 1
            } else if b == UInt8(ascii: "&"), let used = reference(p + i, count - i, into: &out) {
                i += used
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// Decodes the reference at `p` (which starts with `&`); returns the bytes it used, or nil.
    private static func reference(_ p: UnsafePointer<UInt8>, _ count: Int, into out: inout [UInt8]) -> Int? {
        var semicolon = 1
        while semicolon < min(count, 12), p[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < count, p[semicolon] == UInt8(ascii: ";"), semicolon > 1 else { return nil }
        let name = UnsafeBufferPointer(start: p + 1, count: semicolon - 1)
        if name.first == UInt8(ascii: "#") {
            guard let scalar = characterReference(name.dropFirst()) else { return nil }
            out.append(contentsOf: String(Character(scalar)).utf8)
            return semicolon + 1
        }
        let replacement: UInt8
        switch String(decoding: name, as: UTF8.self) {
        case "lt": replacement = UInt8(ascii: "<")
        case "gt": replacement = UInt8(ascii: ">")
        case "amp": replacement = UInt8(ascii: "&")
        case "quot": replacement = UInt8(ascii: "\"")
        case "apos": replacement = UInt8(ascii: "'")
        default: return nil
        }
        out.append(replacement)
        return semicolon + 1
    }

    /// `123` or `x7B` as a scalar; U+FFFD for a number that is no valid scalar.
    private static func characterReference(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var hex = false
        var rest = digits
        if rest.first == UInt8(ascii: "x") || rest.first == UInt8(ascii: "X") {
            hex = true
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, let value = UInt32(String(decoding: rest, as: UTF8.self), radix: hex ? 16 : 10) else {
            return nil
        }
        return Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
    }
}
