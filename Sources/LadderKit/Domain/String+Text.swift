#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Trims ASCII whitespace, NBSP and the ideographic space U+3000 that Chinese input methods
    /// leave. Returns the text unchanged (no copy for a `String`) when there is nothing to trim.
    func trimmingSpaces() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" || $0 == "\u{00A0}"
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}

extension StringProtocol {
    /// Whether `needle` occurs, compared on UTF-8 bytes. Foundation's `contains` is locale-aware
    /// and far slower; this runs on every row of an import.
    func containsText(_ needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { Self.occurs($0, in: haystack) }
        }
        if let found = found ?? nil { return found }
        let haystack = utf8, bytes = needle.utf8
        guard let first = bytes.first else { return true }
        var from = haystack.startIndex
        while let start = haystack[from...].firstIndex(of: first) {
            if haystack[start...].starts(with: bytes) { return true }
            from = haystack.index(after: start)
        }
        return false
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        // memchr finds the needle's first byte many bytes a step: most haystacks (a name asked
        // for U+FFFD) hold it nowhere.
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart, let hit = memchr(base + start, Int32(first), lastStart - start + 1) {
            start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, base[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
            start += 1
        }
        return false
    }
}
