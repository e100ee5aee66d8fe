/// Little-endian fields of the binary formats in this folder (MS-CFB and BIFF8 are both
/// little-endian). Callers check lengths first; these trap on a bad index like any subscript.
extension Array where Element == UInt8 {
    func u16(at i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }

    func u32(at i: Int) -> UInt32 {
        UInt32(self[i]) | UInt32(self[i + 1]) << 8 | UInt32(self[i + 2]) << 16 | UInt32(self[i + 3]) << 24
    }

    func u64(at i: Int) -> UInt64 { UInt64(u32(at: i)) | UInt64(u32(at: i + 4)) << 32 }

    func f64(at i: Int) -> Double { Double(bitPattern: u64(at: i)) }
}
