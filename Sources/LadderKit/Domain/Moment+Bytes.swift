extension Moment {
    /// Parses exactly the stored form `YYYY-MM-DDTHH:MM:SS.ffffffZ` from its UTF-8 bytes, nil for
    /// anything else: `candidates` reads a moment for every firm and event, and the general parser
    /// (`init(parsing:defaultOffsetSeconds:)`, which tries this first) costs twenty times more.
    init?(storedBytes bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 27, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."), bytes[26] == UInt8(ascii: "Z"),
              let day = Day(isoBytes: UnsafeRawBufferPointer(rebasing: bytes[0..<10])) else { return nil }
        guard let h = bytes.decimal(11..<13), h < 24, let m = bytes.decimal(14..<16), m < 60,
              let s = bytes.decimal(17..<19), s < 60, let micros = bytes.decimal(20..<26) else { return nil }
        self.init(microseconds: (Int64(day.ordinal) * 86_400 + Int64(h * 3600 + m * 60 + s)) * 1_000_000 + Int64(micros))
    }
}
