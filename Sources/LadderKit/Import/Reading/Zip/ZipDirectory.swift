/// The entries of a zip archive, read from its central directory.
///
/// Written for the reader rather than taken from ZIPFoundation: ZIPFoundation 0.9.20 keeps no
/// bound on the compressed bytes it feeds zlib and loops forever when a deflate stream runs
/// past the end of the file, and it does not expose where an entry's data starts.
struct ZipDirectory {
    /// The central directory may not be larger than this (about 700,000 entries).
    static let maxDirectoryBytes = 64 << 20

    let entries: [ZipEntry]

    init(file: InputFile) throws {
        let size = file.size
        guard size >= 22 else { throw ReadError.damagedArchive(detail: ReadDetailText.zipTooShort.text()) }
        let tailCount = Int(min(size, 22 + 0xFFFF + 20))
        let tailOffset = size - Int64(tailCount)
        let tail = try file.bytes(at: tailOffset, count: tailCount)
        guard let eocd = ZipDirectory.findEndRecord(in: tail) else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zipDirectoryMissing.text())
        }
        var count = Int64(tail.uint16LE(eocd + 10))
        var directorySize = Int64(tail.uint32LE(eocd + 12))
        var directoryOffset = Int64(tail.uint32LE(eocd + 16))
        if tail.uint16LE(eocd + 4) != 0 && tail.uint16LE(eocd + 4) != 0xFFFF {
            throw ReadError.unsupportedArchive(detail: ReadDetailText.zipSplit.text())
        }
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            (count, directorySize, directoryOffset) = try ZipDirectory.zip64End(file: file, tail: tail, eocd: eocd)
        }
        let endOfDirectory = tailOffset + Int64(eocd)
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= endOfDirectory else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zipDirectoryOutside.text())
        }
        guard directorySize <= ZipDirectory.maxDirectoryBytes, count <= directorySize / 46 + 1 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zipDirectoryTooLarge.text())
        }
        let directory = try file.bytes(at: directoryOffset, count: Int(directorySize))
        entries = try ZipDirectory.parse(directory, count: Int(count))
    }

    /// The end-of-central-directory record: the last signature whose comment fits the file.
    private static func findEndRecord(in tail: [UInt8]) -> Int? {
        var k = tail.count - 22
        while k >= 0 {
            if tail[k] == 0x50, tail[k + 1] == 0x4B, tail[k + 2] == 0x05, tail[k + 3] == 0x06,
               k + 22 + Int(tail.uint16LE(k + 20)) <= tail.count {
                return k
            }
            k -= 1
        }
        return nil
    }

    private static func zip64End(file: InputFile, tail: [UInt8], eocd: Int) throws -> (Int64, Int64, Int64) {
        let locator = eocd - 20
        guard locator >= 0, tail.uint32LE(locator) == 0x0706_4B50 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zip64LocatorMissing.text())
        }
        let recordOffset = tail.uint64LE(locator + 8)
        guard recordOffset < UInt64(file.size) else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zip64Outside.text())
        }
        let record = try file.bytes(at: Int64(recordOffset), count: 56)
        guard record.count == 56, record.uint32LE(0) == 0x0606_4B50 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zip64RecordMissing.text())
        }
        let values = [record.uint64LE(32), record.uint64LE(40), record.uint64LE(48)]
        guard values.allSatisfy({ $0 < UInt64(Int64.max) }) else {
            throw ReadError.damagedArchive(detail: ReadDetailText.zip64ImpossibleSizes.text())
        }
        return (Int64(values[0]), Int64(values[1]), Int64(values[2]))
    }

    private static func parse(_ d: [UInt8], count: Int) throws -> [ZipEntry] {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var k = 0
        for _ in 0..<count {
            guard k + 46 <= d.count, d.uint32LE(k) == 0x0201_4B50 else {
                throw ReadError.damagedArchive(detail: ReadDetailText.zipDirectoryCorrupt.text())
            }
            let nameLength = Int(d.uint16LE(k + 28)), extraLength = Int(d.uint16LE(k + 30))
            let commentLength = Int(d.uint16LE(k + 32))
            let next = k + 46 + nameLength + extraLength + commentLength
            guard next <= d.count else { throw ReadError.damagedArchive(detail: ReadDetailText.zipDirectoryCorrupt.text()) }
            var compressed = UInt64(d.uint32LE(k + 20)), uncompressed = UInt64(d.uint32LE(k + 24))
            var offset = UInt64(d.uint32LE(k + 42))
            ZipDirectory.applyZip64(d, from: k + 46 + nameLength, count: extraLength,
                                    uncompressed: &uncompressed, compressed: &compressed, offset: &offset)
            guard compressed < UInt64(Int64.max), uncompressed < UInt64(Int64.max), offset < UInt64(Int64.max) else {
                throw ReadError.damagedArchive(detail: ReadDetailText.zipImpossibleSizes.text())
            }
            entries.append(ZipEntry(
                path: String(decoding: d[(k + 46)..<(k + 46 + nameLength)], as: UTF8.self),
                flags: d.uint16LE(k + 8), method: d.uint16LE(k + 10), crc32: d.uint32LE(k + 16),
                compressedSize: Int64(compressed), uncompressedSize: Int64(uncompressed),
                localHeaderOffset: Int64(offset)))
            k = next
        }
        return entries
    }

    /// Replaces saturated 32-bit fields by the zip64 extra field's 64-bit values, in its order.
    private static func applyZip64(_ d: [UInt8], from start: Int, count: Int,
                                   uncompressed: inout UInt64, compressed: inout UInt64, offset: inout UInt64) {
        var k = start
        let end = start + count
        while k + 4 <= end {
            let id = d.uint16LE(k), size = Int(d.uint16LE(k + 2))
            guard k + 4 + size <= end else { return }
            if id == 0x0001 {
                var field = k + 4
                func take(_ value: inout UInt64) {
                    guard value == 0xFFFF_FFFF, field + 8 <= k + 4 + size else { return }
                    value = d.uint64LE(field)
                    field += 8
                }
                take(&uncompressed)
                take(&compressed)
                take(&offset)
                return
            }
            k += 4 + size
        }
    }
}

extension Array where Element == UInt8 {
    /// Little-endian integers at `i` (callers check the bounds).
    func uint16LE(_ i: Int) -> UInt16 { UInt16(self[i]) | UInt16(self[i + 1]) << 8 }
    func uint32LE(_ i: Int) -> UInt32 { UInt32(uint16LE(i)) | UInt32(uint16LE(i + 2)) << 16 }
    func uint64LE(_ i: Int) -> UInt64 { UInt64(uint32LE(i)) | UInt64(uint32LE(i + 4)) << 32 }
}
