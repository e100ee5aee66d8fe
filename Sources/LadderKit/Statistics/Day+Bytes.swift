extension Day {
    /// Parses `YYYY-MM-DD` straight from SQLite's text bytes: statistics read hundreds of
    /// thousands of days, and a `String` per day would cost more than the query.
    init?(isoBytes bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = bytes.decimal(0..<4), let m = bytes.decimal(5..<7), let d = bytes.decimal(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

/// The last day parsed from bytes: rows come in day order, and certificates in a few batches a
/// year, so most rows repeat the previous row's day.
struct DayMemo {
    private var last: (bytes: UInt64, tail: UInt16, day: Day)?

    mutating func day(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10 else { return nil }
        let head = bytes.loadUnaligned(as: UInt64.self), tail = bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if let last, last.bytes == head, last.tail == tail { return last.day }
        guard let day = Day(isoBytes: bytes) else { return nil }
        last = (head, tail, day)
        return day
    }
}
