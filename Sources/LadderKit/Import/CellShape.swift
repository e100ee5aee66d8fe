/// What a cell of one kind of column can look like: how many characters it may hold, and whether
/// it may span lines. A cell past these is read as damage (cells run together by a stray quote
/// or line break), not as a value, and rejected before the row is parsed further.
struct CellShape: Equatable {
    /// What the column holds, as the message names it.
    let noun: ImportProblemText
    let maxCharacters: Int
    let allowsLineBreaks: Bool

    /// Credit codes and registration numbers are 14 to 18 characters; 40 leaves room for spaces
    /// and separators typed into them, which their own checks then explain.
    static let code = CellShape(noun: .nounCode, maxCharacters: 40, allowsLineBreaks: false)
    /// The longest registered names run to about 60 characters.
    static let name = CellShape(noun: .nounName, maxCharacters: 200, allowsLineBreaks: false)
    /// 备注, 处理依据, 取消原因: notes typed over several lines (Alt+Enter) are fine.
    static let freeText = CellShape(noun: .nounFreeText, maxCharacters: 2_000, allowsLineBreaks: true)
    /// Days, amounts, places, categories, contacts: short, and checked by their own parsers.
    static let value = CellShape(noun: .nounValue, maxCharacters: 200, allowsLineBreaks: true)

    init(noun: ImportProblemText, maxCharacters: Int, allowsLineBreaks: Bool) {
        self.noun = noun
        self.maxCharacters = maxCharacters
        self.allowsLineBreaks = allowsLineBreaks
    }

    init(of field: ImportField) {
        switch field {
        case .creditCode, .tsmeNumber, .certificateNumber, .division: self = .code
        case .name, .formerName, .newName: self = .name
        case .note, .reason, .ground: self = .freeText
        default: self = .value
        }
    }

    /// Whether the cell's text as read may not fit: cheap, so only those cells are normalised
    /// and checked by `problem` (a line break at either end is trimmed and harmless).
    func mayNotFit(_ raw: String) -> Bool {
        if raw.utf8.count > maxCharacters { return true }
        guard !allowsLineBreaks else { return false }
        let found = raw.utf8.withContiguousStorageIfAvailable(CellShape.hasLineBreak)
        return found ?? raw.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// `mayNotFit` of a cell's UTF-8 as written.
    func mayNotFit(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count > maxCharacters { return true }
        return !allowsLineBreaks && CellShape.hasLineBreak(bytes)
    }

    /// Whether `bytes` hold a line feed or a carriage return: eight bytes at a time, since every
    /// row's codes and names are asked (`x ^ pattern` has a zero byte where `x` holds the pattern's,
    /// and `(y - ones) & ~y & high` is non-zero exactly when `y` has a zero byte).
    static func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base), count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let feeds = word ^ (0x0A &* ones), returns = word ^ (0x0D &* ones)
            if ((feeds &- ones) & ~feeds | (returns &- ones) & ~returns) & high != 0 { return true }
            i += 8
        }
        while i < count {
            if base[i] == 0x0A || base[i] == 0x0D { return true }
            i += 1
        }
        return false
    }

    /// The problem with `text` (a cell's normalised text) in a column of this shape, nil when it fits.
    func problem(_ text: String) -> String? {
        if !allowsLineBreaks, text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let shown = text.replacingOccurrences(of: "\r\n", with: "↵").map { $0 == "\n" || $0 == "\r" ? "↵" : String($0) }
            return ImportProblemText.lineBreak.text(["value": CellShape.excerpt(shown.joined()), "noun": noun.text()])
        }
        // A character takes at least one byte, so a short byte count needs no character count.
        if text.utf8.count > maxCharacters, text.count > maxCharacters {
            return ImportProblemText.tooLong.text(["value": CellShape.excerpt(text), "length": text.count, "noun": noun.text(),
                                                   "max": maxCharacters])
        }
        return nil
    }

    /// The first 30 characters of `text`, with … when there are more: enough to find the cell.
    static func excerpt(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(30)) + "…" : text
    }
}
