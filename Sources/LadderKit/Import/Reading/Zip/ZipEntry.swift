/// One file inside a zip archive, as its central directory describes it.
struct ZipEntry: Equatable {
    let path: String
    let flags: UInt16
    let method: UInt16
    let crc32: UInt32
    let compressedSize: Int64
    let uncompressedSize: Int64
    let localHeaderOffset: Int64

    var isEncrypted: Bool { flags & 1 != 0 }
}
