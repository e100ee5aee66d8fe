extension UnsafeBufferPointer<UInt8> {
    /// No byte past 0x7F, looked at eight at a time: asked of nearly every row's first cell and of
    /// the longer cells made into Strings, most of them Chinese and told apart by their first word.
    var isASCII: Bool {
        guard let base = baseAddress else { return true }
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < count {
            if base[i] > 0x7F { return false }
            i += 1
        }
        return true
    }
}
