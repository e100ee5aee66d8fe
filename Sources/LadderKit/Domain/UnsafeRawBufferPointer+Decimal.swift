extension UnsafeRawBufferPointer {
    /// The number the ASCII digits at `range` spell; nil if any byte there is no digit. Days and
    /// moments are read so from SQLite's bytes, without a `String` each.
    @inline(__always)
    func decimal(_ range: Range<Int>) -> Int? {
        var value = 0
        for i in range {
            let digit = self[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
