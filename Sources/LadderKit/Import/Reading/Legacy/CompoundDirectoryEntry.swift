/// One 128-byte entry of a compound file's directory (MS-CFB 2.6): a storage (folder), a
/// stream (file) or the root, linked into a red-black tree of siblings.
struct CompoundDirectoryEntry {
    enum Kind: UInt8 {
        case unused = 0, storage = 1, stream = 2, root = 5
    }

    static let length = 128
    static let noEntry: UInt32 = 0xFFFF_FFFF

    let name: String
    let kind: Kind
    let left: UInt32
    let right: UInt32
    let child: UInt32
    let startSector: UInt32
    let size: UInt64

    /// `bytes[offset..<offset + 128]`; `version3` files keep only the low 32 bits of the size.
    init(bytes: [UInt8], at offset: Int, version3: Bool) {
        let nameBytes = min(64, Int(bytes.u16(at: offset + 0x40)))
        var units: [UInt16] = []
        for i in stride(from: 0, to: nameBytes - 1, by: 2) {
            let unit = bytes.u16(at: offset + i)
            if unit == 0 { break }
            units.append(unit)
        }
        name = String(decoding: units, as: UTF16.self)
        kind = Kind(rawValue: bytes[offset + 0x42]) ?? .unused
        left = bytes.u32(at: offset + 0x44)
        right = bytes.u32(at: offset + 0x48)
        child = bytes.u32(at: offset + 0x4C)
        startSector = bytes.u32(at: offset + 0x74)
        let size = bytes.u64(at: offset + 0x78)
        self.size = version3 ? size & 0xFFFF_FFFF : size
    }
}
