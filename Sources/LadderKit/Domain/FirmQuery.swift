/// What a person typed to name a firm, read the way they meant it: a 统一社会信用代码 in any form
/// people paste (full-width, lower case, spaces inside, quotes around it, a trailing 。 or ，), or a
/// name or part of one, compared as a `NameKey` (bracket width and spaces aside).
public enum FirmQuery: Equatable, Sendable {
    case code(CreditCode)
    /// `text`: as typed, trimmed; `key`: its `NameKey`.
    case name(text: String, key: String)

    /// Text shaped like a code (15 to 20 letters and digits once widths and spaces are set aside)
    /// must be a valid one: a mistyped code is explained, not looked up as a name.
    public init(_ typed: String) throws(CreditCodeError) {
        let text = FirmQuery.trimmed(typed)
        let key = NameKey.of(text)
        // A code pasted from a sentence may end with a full stop too.
        let compact = String(key.uppercased().reversed().drop(while: { $0 == "." }).reversed())
        if (15...20).contains(compact.utf8.count), compact.utf8.allSatisfy({ $0 < 128 && ($0 >= 48 && $0 <= 57 || $0 >= 65 && $0 <= 90) }) {
            self = .code(try CreditCode(compact))
        } else {
            self = .name(text: text, key: key)
        }
    }

    /// The typed text without what surrounds a pasted value: spaces, quotes and brackets of
    /// quotation, and trailing sentence punctuation.
    static func trimmed(_ typed: String) -> String {
        var scalars = Array(typed.unicodeScalars)
        while true {
            while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
            while let last = scalars.last, isSpace(last) || trailing.contains(last) { scalars.removeLast() }
            guard scalars.count >= 2, let first = scalars.first, let last = scalars.last,
                  quotes.contains(where: { $0.open == first && $0.close == last }) else { break }
            scalars.removeFirst()
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Punctuation a sentence puts after a pasted value. Not "!" or ".": a name may end with them.
    private static let trailing: Set<Unicode.Scalar> = ["。", "，", "、", "；", "：", ",", ";", ":"]
    private static let quotes: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("＂", "＂"), ("＇", "＇"),
        ("`", "`"),
    ]
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{3000}" || s == "\u{00A0}"
    }
}
