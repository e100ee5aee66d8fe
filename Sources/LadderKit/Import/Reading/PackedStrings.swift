/// A workbook's shared strings held compactly, as both the .xlsx and the .xls readers keep them:
/// all strings' UTF-8 in one buffer plus where each ends (a 100,000-row roster has about a million).
struct PackedStrings {
    /// The strings' bytes; the string being read is appended here, then ended with `close`.
    var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// Indexes of strings that held invalid text (now U+FFFD).
    private var invalid: Set<Int> = []

    var count: Int { ends.count }
    /// Where the string being read starts in `bytes`.
    var openStart: Int { Int(ends.last ?? 0) }

    /// Ends the string being read at the end of `bytes`; false when the table would pass 4 GiB.
    mutating func close(invalid isInvalid: Bool) -> Bool {
        guard let end = UInt32(exactly: bytes.count) else { return false }
        if isInvalid { invalid.insert(ends.count) }
        ends.append(end)
        return true
    }

    /// The string at `index` and whether it held invalid text; nil outside the table.
    func string(at index: Int) -> (text: String, invalid: Bool)? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])]), as: UTF8.self)
        }
        return (text, invalid.contains(index))
    }
}
