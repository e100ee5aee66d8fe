/// A strict JSON reader for policy documents (RFC 8259): keeps number literals as text, refuses
/// duplicate keys, and reports the line and column of the first syntax error.
struct PolicyJSONParser {
    private let bytes: [UInt8]
    private var index = 0

    static func parse(_ text: String) throws(PolicyError) -> PolicyJSON {
        var body = Array(text.utf8)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }   // a BOM left by an editor
        var parser = PolicyJSONParser(bytes: body)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error(.syntaxTrailing) }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func value() throws(PolicyError) -> PolicyJSON {
        guard let byte = current else { throw error(.syntaxEnds) }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error(.expectedValue)
        }
    }

    private mutating func object() throws(PolicyError) -> PolicyJSON {
        index += 1
        var fields: [String: PolicyJSON] = [:]
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return .object(fields) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let keyStart = index
            let key = try string()
            if fields[key] != nil {
                index = keyStart
                throw error(.syntaxDuplicateKey, ["key": key])
            }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error(.expectedColon) }
            index += 1
            skipSpace()
            fields[key] = try value()
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            if current == UInt8(ascii: "}") { index += 1; return .object(fields) }
            throw error(.expectedCommaOrBrace)
        }
    }

    private mutating func array() throws(PolicyError) -> PolicyJSON {
        index += 1
        var items: [PolicyJSON] = []
        skipSpace()
        if current == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            if current == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw error(.expectedCommaOrBracket)
        }
    }

    private mutating func string() throws(PolicyError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw = [] }
        while let byte = current {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try escape())
            case 0..<0x20:
                index -= 1
                throw error(.syntaxControl)
            default:
                raw.append(byte)
            }
        }
        throw error(.syntaxUnclosedString)
    }

    private mutating func escape() throws(PolicyError) -> Unicode.Scalar {
        guard let byte = current else { throw error(.syntaxUnclosedString) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
                else { throw error(.unpairedSurrogate) }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error(.unpairedSurrogate) }
                return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error(.unpairedSurrogate) }
            return scalar
        default:
            index -= 1
            throw error(.unknownEscape, ["escape": "\\\(Character(Unicode.Scalar(byte)))"])
        }
    }

    private mutating func hex4() throws(PolicyError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = PolicyJSONParser.hexValue(byte) else {
                throw error(.expectedHex)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func number() throws(PolicyError) -> PolicyJSON {
        let start = index
        func digits() -> Int {
            let from = index
            while let b = current, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { index += 1 }
            return index - from
        }
        if current == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        guard digits() > 0 else { throw error(.expectedDigits) }
        if bytes[intStart] == UInt8(ascii: "0") && index - intStart > 1 {
            index = intStart
            throw error(.leadingZero)
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error(.expectedFraction) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error(.expectedExponent) }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func literal(_ word: String, _ value: PolicyJSON) throws(PolicyError) -> PolicyJSON {
        let w = Array(word.utf8)
        guard bytes.count - index >= w.count, Array(bytes[index..<index + w.count]) == w else {
            throw error(.expectedValue)
        }
        index += w.count
        return value
    }

    private mutating func skipSpace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { index += 1 }
    }

    /// Line and column (in characters) of the current position, counted from 1.
    private func error(_ message: PolicyErrorText, _ values: [String: String] = [:]) -> PolicyError {
        let before = bytes[..<min(index, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return .syntax(line: line, column: column, message: PolicyWords(message, values))
    }
}
