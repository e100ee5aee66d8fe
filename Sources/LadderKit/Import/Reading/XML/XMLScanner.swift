#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull tokenizer for the XML parts of a workbook, streaming through a `ByteWindow`.
///
/// It reads what SpreadsheetML uses (elements, attributes, text, CDATA, comments, processing
/// instructions, the five predefined entities and character references) and refuses any
/// `<!DOCTYPE`/`<!ENTITY` declaration outright, so nothing can be expanded or fetched. Names are
/// matched by local name, so `x:row` and `row` are the same. A token's ranges index into the
/// window and stay valid until the next call to `next()`.
final class XMLScanner {
    enum Token: Equatable { case start, empty, end, text, endOfDocument }

    struct Attribute {
        var nameStart: Int, nameEnd: Int, valueStart: Int, valueEnd: Int
    }

    /// The part's path in the workbook, for messages.
    let part: String
    let window: ByteWindow
    private let maxToken: Int
    private var position = 0
    private var tokenStart = 0
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    private(set) var textStart = 0
    private(set) var textEnd = 0
    private(set) var isCDATA = false
    private(set) var attributes: [Attribute] = []

    init(source: any ByteSource, part: String, maxToken: Int) throws {
        self.part = part
        self.maxToken = maxToken
        window = ByteWindow(source: source, chunk: 256 << 10, maxKeep: maxToken + (256 << 10))
        _ = try window.refill(keeping: 0)
        let b = window.base, n = window.end
        if n >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) || b[0] == 0 || b[1] == 0 {
            throw ReadError.malformedXML(part: part, detail: ReadDetailText.utf16.text())
        }
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { position = 3 }
    }

    func next() throws -> Token {
        while true {
            tokenStart = position
            var j = position
            guard try available(&j) else { return .endOfDocument }
            if window.base[j] != UInt8(ascii: "<") {
                _ = try find(UInt8(ascii: "<"), &j)
                textStart = tokenStart
                textEnd = j
                isCDATA = false
                position = j
                return .text
            }
            j += 1
            guard try available(&j) else { throw malformed("it ends inside a tag") }
            switch window.base[j] {
            case UInt8(ascii: "/"):
                guard try find(UInt8(ascii: ">"), &j) else { throw malformed("it ends inside a closing tag") }
                setName(from: tokenStart + 2, to: j)
                position = j + 1
                return .end
            case UInt8(ascii: "?"):
                try skip(past: "?>", from: &j)
            case UInt8(ascii: "!"):
                if try matches("<!--", at: tokenStart) {
                    j = tokenStart + 4
                    try skip(past: "-->", from: &j)
                } else if try matches("<![CDATA[", at: tokenStart) {
                    j = tokenStart + 9
                    try skip(past: "]]>", from: &j)
                    textStart = tokenStart + 9
                    textEnd = position - 3
                    isCDATA = true
                    return .text
                } else {
                    throw ReadError.xmlDeclarations(part: part)
                }
            default:
                return try startTag(from: j)
            }
        }
    }

    /// Whether the current element's local name is `name`.
    @inline(__always)
    func nameIs(_ name: StaticString) -> Bool {
        nameEnd - nameStart == name.utf8CodeUnitCount
            && memcmp(window.base + nameStart, name.utf8Start, name.utf8CodeUnitCount) == 0
    }

    /// The raw (undecoded) value range of the attribute with local name `name`.
    func attribute(_ name: StaticString) -> Range<Int>? {
        for a in attributes where a.nameEnd - a.nameStart == name.utf8CodeUnitCount
            && memcmp(window.base + a.nameStart, name.utf8Start, name.utf8CodeUnitCount) == 0 {
            return a.valueStart..<a.valueEnd
        }
        return nil
    }

    /// The attribute's value with entities decoded.
    func attributeText(_ name: StaticString) -> String? {
        guard let range = attribute(name) else { return nil }
        var bytes: [UInt8] = []
        XMLScanner.decode(window.base + range.lowerBound, range.count, into: &bytes, normalizeLineEnds: false)
        return String(decoding: bytes, as: UTF8.self)
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: window.base + range.lowerBound, count: range.count)
    }

    /// Appends the current text token, entities decoded and line ends normalised, to `out`.
    func appendText(to out: inout [UInt8]) {
        if isCDATA {
            out.append(contentsOf: bytes(textStart..<textEnd))
        } else {
            XMLScanner.decode(window.base + textStart, textEnd - textStart, into: &out, normalizeLineEnds: true)
        }
    }

    /// Reads the rest of the part without tokenizing it (so its checksum gets verified).
    func skipToEnd() throws {
        while try window.refill(keeping: window.end) {}
        position = window.end
    }

    private func startTag(from first: Int) throws -> Token {
        var j = first
        while true {
            guard try available(&j) else { throw malformed("it ends inside a tag") }
            let b = window.base[j]
            if b == UInt8(ascii: ">") { break }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                j += 1
                guard try find(b, &j) else { throw malformed("it ends inside an attribute value") }
            }
            j += 1
        }
        let close = j
        let base = window.base
        let selfClosing = base[close - 1] == UInt8(ascii: "/") && close - 1 > tokenStart
        var k = tokenStart + 1
        while k < close, !XMLScanner.isNameEnd(base[k]) { k += 1 }
        setName(from: tokenStart + 1, to: k)
        guard nameEnd > nameStart else { throw malformed("a tag has no name") }
        attributes.removeAll(keepingCapacity: true)
        let limit = selfClosing ? close - 1 : close
        while true {
            while k < limit, XMLScanner.isSpace(base[k]) { k += 1 }
            if k >= limit { break }
            let attributeStart = k
            while k < limit, base[k] != UInt8(ascii: "="), !XMLScanner.isSpace(base[k]) { k += 1 }
            let attributeEnd = k
            while k < limit, XMLScanner.isSpace(base[k]) { k += 1 }
            guard k < limit, base[k] == UInt8(ascii: "=") else { throw malformed("an attribute has no value") }
            k += 1
            while k < limit, XMLScanner.isSpace(base[k]) { k += 1 }
            guard k < limit, base[k] == UInt8(ascii: "\"") || base[k] == UInt8(ascii: "'") else {
                throw malformed("an attribute value is not quoted")
            }
            let q = base[k]
            let valueStart = k + 1
            k = valueStart
            while k < limit, base[k] != q { k += 1 }
            guard k < limit else { throw malformed("an attribute value is not closed") }
            let local = XMLScanner.localStart(base, attributeStart, attributeEnd)
            attributes.append(Attribute(nameStart: local, nameEnd: attributeEnd, valueStart: valueStart, valueEnd: k))
            k += 1
        }
        position = close + 1
        return selfClosing ? .empty : .start
    }

    private func setName(from start: Int, to end: Int) {
        var e = end
        while e > start, XMLScanner.isSpace(window.base[e - 1]) { e -= 1 }
        nameStart = XMLScanner.localStart(window.base, start, e)
        nameEnd = e
    }

    /// Moves `j` to the next `byte`, reading on as needed; false (with `j` at the end) if none.
    private func find(_ byte: UInt8, _ j: inout Int) throws -> Bool {
        while true {
            if j < window.end, let hit = memchr(window.base + j, Int32(byte), window.end - j) {
                j = window.base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                return true
            }
            j = window.end
            guard try fill(&j) else { return false }
        }
    }

    /// Moves `position` past the next `terminator` (an ASCII string ending in `>`).
    private func skip(past terminator: StaticString, from j: inout Int) throws {
        let n = terminator.utf8CodeUnitCount
        while true {
            guard try find(UInt8(ascii: ">"), &j) else { throw malformed("a comment, CDATA or instruction is not closed") }
            if j - (n - 1) >= tokenStart,
               memcmp(window.base + j - (n - 1), terminator.utf8Start, n) == 0 {
                position = j + 1
                return
            }
            j += 1
        }
    }

    private func matches(_ literal: StaticString, at start: Int) throws -> Bool {
        var last = start + literal.utf8CodeUnitCount - 1
        guard try available(&last) else { return false }
        return memcmp(window.base + tokenStart, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }

    /// Makes `window.base[j]` readable; false at the end of the part.
    private func available(_ j: inout Int) throws -> Bool {
        while j >= window.end {
            guard try fill(&j) else { return false }
        }
        return true
    }

    /// Reads more, keeping the current token; `j` and `tokenStart` move with the bytes.
    private func fill(_ j: inout Int) throws -> Bool {
        let keep = tokenStart
        if window.end - keep > maxToken {
            throw malformed("one tag or text run is longer than \(ReadError.size(maxToken))")
        }
        let more: Bool
        do {
            more = try window.refill(keeping: keep)
        } catch is ByteWindow.Overflow {
            throw malformed("one tag or text run is longer than \(ReadError.size(maxToken))")
        }
        tokenStart -= keep
        j -= keep
        return more
    }

    private func malformed(_ detail: String) -> ReadError {
        ReadError.malformedXML(part: part, detail: detail)
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    @inline(__always)
    private static func isNameEnd(_ b: UInt8) -> Bool {
        isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">")
    }

    /// Index after the last `:` of a qualified name in `start..<end`, else `start`.
    private static func localStart(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var k = end
        while k > start {
            if base[k - 1] == UInt8(ascii: ":") { return k }
            k -= 1
        }
        return start
    }
}
