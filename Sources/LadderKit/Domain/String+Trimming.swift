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
