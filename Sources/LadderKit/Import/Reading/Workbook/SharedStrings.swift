/// The workbook's shared string table, `xl/sharedStrings.xml`, held compactly: all strings'
/// UTF-8 in one buffer plus where each ends (a 100,000-row roster has about a million).
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Indexes of strings that held invalid UTF-8 (now U+FFFD).
    private var invalid: Set<Int> = []

    var count: Int { ends.count }

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
                    start = bytes.count
                    phoneticDepth = 0
                } else if scanner.nameIs("t") {
                    inText = phoneticDepth == 0
                } else if scanner.nameIs("rPh") {
                    phoneticDepth += 1
                }
            case .empty:
                if scanner.nameIs("si") { finish(from: bytes.count) }
            case .text:
                if inText {
                    scanner.appendText(to: &bytes)
                    if bytes.count - start > maxStringBytes {
                        throw ReadError.malformedXML(part: scanner.part, detail: "a string is longer than "
                            + ReadError.size(maxStringBytes))
                    }
                }
            case .end:
                if scanner.nameIs("t") {
                    inText = false
                } else if scanner.nameIs("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if scanner.nameIs("si") {
                    finish(from: start)
                }
            }
        }
    }

    /// The string at `index` and whether it held invalid bytes; nil outside the table.
    func string(at index: Int) -> (text: String, invalid: Bool)? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self)
        }
        return (text, invalid.contains(index))
    }

    private mutating func finish(from start: Int) {
        OOXMLEscape.decode(&bytes, from: start)
        if !UTF8Validation.isValid(bytes[start...]) {
            let repaired = bytes.withUnsafeBufferPointer {
                Array(String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self).utf8)
            }
            bytes.replaceSubrange(start..., with: repaired)
            invalid.insert(ends.count)
        }
        ends.append(bytes.count)
    }
}
