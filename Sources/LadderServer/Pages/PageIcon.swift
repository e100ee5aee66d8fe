/// `/favicon.ico`: a 32×32 ladder on the pages' navy, its rungs in the tiers' colours (科小 at the
/// bottom, 领军 at the top), so that browsers find an icon instead of asking for a missing one.
/// Drawn here as an uncompressed ICO (one 32-bit bitmap), the form every browser reads.
enum PageIcon {
    static let type = "image/x-icon"
    static let size = 32

    static let ico: [UInt8] = {
        let pixels = size * size * 4, mask = size * size / 8
        let bitmap = 40 + pixels + mask
        var bytes: [UInt8] = []
        func le16(_ v: Int) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) { le16(v & 0xFFFF); le16(v >> 16 & 0xFFFF) }
        le16(0); le16(1); le16(1)                                          // an icon file of one image
        bytes += [UInt8(size), UInt8(size), 0, 0]; le16(1); le16(32); le32(bitmap); le32(6 + 16)
        le32(40); le32(size); le32(size * 2); le16(1); le16(32); le32(0); le32(pixels + mask); le32(0); le32(0); le32(0); le32(0)
        for row in (0..<size).reversed() {                                 // bitmaps run bottom-up
            for column in 0..<size {
                let (r, g, b) = colour(row: row, column: column)
                bytes += [b, g, r, 0xFF]
            }
        }
        bytes += [UInt8](repeating: 0, count: mask)                        // nothing transparent
        return bytes
    }()

    /// Navy ground, two white rails, four rungs from the top: leader, growth, hnte, tsme.
    static func colour(row: Int, column: Int) -> (UInt8, UInt8, UInt8) {
        let rungs: [(ClosedRange<Int>, (UInt8, UInt8, UInt8))] = [
            (4...7, (0xB2, 0x3A, 0x48)), (11...14, (0xE0, 0x8A, 0x1E)), (18...21, (0x1F, 0x5F, 0xAD)), (25...28, (0x2A, 0x9D, 0x8F)),
        ]
        let rail = (6...8).contains(column) || (23...25).contains(column)
        if rail, (2...29).contains(row) { return (0xFF, 0xFF, 0xFF) }
        if (9...22).contains(column), let rung = rungs.first(where: { $0.0.contains(row) }) { return rung.1 }
        return (0x13, 0x29, 0x4B)
    }
}
