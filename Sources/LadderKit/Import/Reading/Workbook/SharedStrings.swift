/// The workbook's shared string table, `xl/sharedStrings.xml`, held compactly: all strings'
/// UTF-8 in one buffer plus where each ends (a 100,000-row roster has about a million).
struct SharedStrings {
    /// At most this many strings (16,777,216, far beyond any roster): each costs 4 bytes even
    /// when empty, so a part of nothing but `<si/>` could otherwise ask for gigabytes.
    static let maxCount = 1 << 24

    private var strings = PackedStrings()

    var count: Int { strings.count }

    /// No shared strings part: every cell has inline strings, or none.
    init() {}

    /// Reads `<si>` items: plain `<t>`, or rich text runs `<r><t>` concatenated; phonetic
    /// guides (`<rPh>`) are not part of the text.
    init(scanner: XMLScanner, maxStringBytes: Int) throws {
        var start = 0
        var inText = false
        var phoneticDepth = 0
        while true {
            switch try scanner.next() {
            case .endOfDocument:
                return
            case .start:
                if scanner.nameIs("si") {
                    dropStrayText()
                    start = strings.bytes.count
                    phoneticDepth = 0
                } else if scanner.nameIs("t") {
                    inText = phoneticDepth == 0
                } else if scanner.nameIs("rPh") {
                    phoneticDepth += 1
                }
            case .empty:
                if scanner.nameIs("si") {
                    dropStrayText()
                    try finish(from: strings.bytes.count, part: scanner.part)
                }
            case .text:
                if inText {
                    scanner.appendText(to: &strings.bytes)
                    if strings.bytes.count - start > maxStringBytes {
                        throw ReadError.malformedXML(part: scanner.part, detail: ReadDetailText.stringTooLong.text(["size": ReadError.size(maxStringBytes)]))
                    }
                }
            case .end:
                if scanner.nameIs("t") {
                    inText = false
                } else if scanner.nameIs("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if scanner.nameIs("si") {
                    try finish(from: start, part: scanner.part)
                }
            }
        }
    }

    /// The string at `index` and whether it held invalid bytes; nil outside the table.
    func string(at index: Int) -> (text: String, invalid: Bool)? { strings.string(at: index) }

    /// Text outside any `<si>` (only in broken parts) must not join the next string.
    private mutating func dropStrayText() {
        strings.bytes.removeSubrange(strings.openStart...)
    }

    private mutating func finish(from start: Int, part: String) throws {
        guard strings.count < SharedStrings.maxCount else {
            throw ReadError.malformedXML(part: part, detail: ReadDetailText.tooManyStrings.text(["count": SharedStrings.maxCount]))
        }
        OOXMLEscape.decode(&strings.bytes, from: start)
        let isInvalid = !UTF8Validation.isValid(strings.bytes[start...])
        if isInvalid {
            let repaired = strings.bytes.withUnsafeBufferPointer {
                Array(String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self).utf8)
            }
            strings.bytes.replaceSubrange(start..., with: repaired)
        }
        guard strings.close(invalid: isInvalid) else {
            throw ReadError.malformedXML(part: part, detail: ReadDetailText.stringsTooLarge.text())
        }
    }
}
