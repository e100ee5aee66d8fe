/// The fixed 512-byte header of an OLE2 compound file (MS-CFB 2.2), the container of `.xls`
/// and WPS `.et` workbooks (and of `.doc`, `.ppt` and password-protected `.xlsx`).
struct CompoundFileHeader {
    /// Sector numbers with a meaning of their own (MS-CFB 2.1).
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF
    static let length = 512

    /// 512 (version 3) or 4096 (version 4).
    let sectorSize: Int
    let fatSectorCount: Int
    let firstDirectorySector: UInt32
    /// Streams shorter than this live in the mini stream, in 64-byte mini sectors.
    let miniStreamCutoff: Int
    let firstMiniFATSector: UInt32
    let miniFATSectorCount: Int
    let firstDIFATSector: UInt32
    let difatSectorCount: Int
    /// The first 109 allocation-table sector numbers, held in the header itself.
    let headerDIFAT: [UInt32]
    let isVersion3: Bool

    static let miniSectorSize = 64

    init(bytes: [UInt8]) throws {
        guard bytes.count >= CompoundFileHeader.length else {
            throw ReadError.damagedArchive(detail: ReadDetailText.oleHeaderShort.text())
        }
        let shift = bytes.u16(at: 0x1E)
        guard bytes.u16(at: 0x1C) == 0xFFFE, shift == 9 || shift == 12, bytes.u16(at: 0x20) == 6,
              bytes.u32(at: 0x38) == 4096 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.oleHeaderInvalid.text())
        }
        sectorSize = 1 << Int(shift)
        isVersion3 = shift == 9
        fatSectorCount = Int(bytes.u32(at: 0x2C))
        firstDirectorySector = bytes.u32(at: 0x30)
        miniStreamCutoff = Int(bytes.u32(at: 0x38))
        firstMiniFATSector = bytes.u32(at: 0x3C)
        miniFATSectorCount = Int(bytes.u32(at: 0x40))
        firstDIFATSector = bytes.u32(at: 0x44)
        difatSectorCount = Int(bytes.u32(at: 0x48))
        headerDIFAT = (0..<109).map { bytes.u32(at: 0x4C + 4 * $0) }
    }
}
