/// The column of an A1-style cell reference such as `C7` or `AB12`.
enum CellReference {
    /// 1-based column (`A` = 1, `XFD` = 16,384), or nil if the reference does not start with
    /// one to three letters followed by digits only.
    static func column(_ reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        var i = 0
        while i < reference.count {
            let b = reference[i] | 0x20
            guard b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(b - UInt8(ascii: "a") + 1)
            letters += 1
            i += 1
        }
        guard (1...3).contains(letters) else { return nil }
        while i < reference.count {
            guard reference[i] >= UInt8(ascii: "0"), reference[i] <= UInt8(ascii: "9") else { return nil }
            i += 1
        }
        return column
    }

    /// `A` for 1, `AB` for 28: for messages.
    static func letters(_ column: Int) -> String {
        var n = column
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.insert(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r)), at: 0)
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
