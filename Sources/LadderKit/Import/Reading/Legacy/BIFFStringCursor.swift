/// Reads BIFF8 strings (XLUnicodeString, [MS-XLS] 2.5.294) one after another from a continued
/// record, as UTF-8.
///
/// A string is a character count, a flag byte (bit 0: UTF-16 instead of one byte per
/// character, "compressed" Latin-1; bit 2: extended data follows; bit 3: rich-text runs
/// follow), the counts of those, the characters, then the runs and extended data, which are
/// skipped. Where a record boundary cuts the characters, the next record starts with a fresh
/// flag byte, so a string may switch between compressed and UTF-16 halfway.
struct BIFFStringCursor {
    /// The string runs past the bytes there are.
    struct Truncated: Error {}

    let record: ContinuedRecord
    private(set) var offset: Int
    private var boundary = 0
    private var units: [UInt16] = []

    init(record: ContinuedRecord, offset: Int) {
        self.record = record
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= record.bytes.count }

    /// Appends the next string's UTF-8 to `utf8`; true when it held an unpaired surrogate
    /// (replaced by U+FFFD). `countBytes` is 2, or 1 for the short strings of sheet names;
    /// `extensible` is false where the flag byte cannot announce runs or extended data.
    mutating func string(countBytes: Int, extensible: Bool = true, into utf8: inout [UInt8]) throws(Truncated) -> Bool {
        var remaining = countBytes == 1 ? Int(try byte()) : Int(try byte()) | Int(try byte()) << 8
        let flags = try byte()
        var wide = flags & 0x01 != 0
        var runs = 0, extended = 0
        if extensible, flags & 0x08 != 0 { runs = Int(try byte()) | Int(try byte()) << 8 }
        if extensible, flags & 0x04 != 0 {
            extended = Int(try byte()) | Int(try byte()) << 8 | Int(try byte()) << 16 | Int(try byte()) << 24
        }
        units.removeAll(keepingCapacity: true)
        let bytes = record.bytes
        while remaining > 0 {
            let limit = nextBoundary()
            if offset == limit {
                // A CONTINUE record starts inside the characters: its first byte is a new flag byte.
                guard offset < bytes.count else { throw Truncated() }
                wide = bytes[offset] & 0x01 != 0
                offset += 1
                continue
            }
            let available = min(remaining, wide ? (limit - offset) / 2 : limit - offset)
            guard available > 0 else { throw Truncated() }
            if wide {
                for i in 0..<available { units.append(UInt16(bytes[offset + 2 * i]) | UInt16(bytes[offset + 2 * i + 1]) << 8) }
                offset += 2 * available
            } else {
                for i in 0..<available { units.append(UInt16(bytes[offset + i])) }
                offset += available
            }
            remaining -= available
        }
        try skip(4 * runs + extended)
        return BIFFStringCursor.appendUTF8(units, to: &utf8)
    }

    /// The first continuation boundary at or after `offset`, else the end of the bytes.
    private mutating func nextBoundary() -> Int {
        while boundary < record.boundaries.count, record.boundaries[boundary] < offset { boundary += 1 }
        return boundary < record.boundaries.count ? record.boundaries[boundary] : record.bytes.count
    }

    private mutating func byte() throws(Truncated) -> UInt8 {
        guard offset < record.bytes.count else { throw Truncated() }
        defer { offset += 1 }
        return record.bytes[offset]
    }

    private mutating func skip(_ count: Int) throws(Truncated) {
        guard count <= record.bytes.count - offset else { throw Truncated() }
        offset += count
    }

    /// UTF-16 code units to UTF-8; true when an unpaired surrogate was replaced by U+FFFD.
    /// Written out because a shared string table holds a string per firm name: going through
    /// `String` for each cost a third of reading the table.
    private static func appendUTF8(_ units: [UInt16], to utf8: inout [UInt8]) -> Bool {
        var invalid = false
        var i = 0
        while i < units.count {
            var scalar = UInt32(units[i])
            i += 1
            if scalar < 0x80 {
                utf8.append(UInt8(scalar))
                continue
            }
            if (0xD800...0xDBFF).contains(scalar), i < units.count, (0xDC00...0xDFFF).contains(units[i]) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                i += 1
            } else if (0xD800...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
                invalid = true
            }
            if scalar < 0x800 {
                utf8.append(UInt8(0xC0 | scalar >> 6))
            } else if scalar < 0x10000 {
                utf8.append(UInt8(0xE0 | scalar >> 12))
                utf8.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            } else {
                utf8.append(UInt8(0xF0 | scalar >> 18))
                utf8.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
                utf8.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            }
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
        return invalid
    }
}
