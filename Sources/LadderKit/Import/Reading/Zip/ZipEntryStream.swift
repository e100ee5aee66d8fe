#if canImport(zlib)
import zlib
#elseif canImport(CZlib)
import CZlib
#endif

/// The uncompressed bytes of one zip entry, inflated on demand with zlib.
///
/// Never trusts the archive: it reads at most the entry's compressed size, fails when the
/// deflate stream needs more, counts the bytes actually inflated against the declared size and
/// the limits (zip bombs), and checks the CRC-32 at the end.
final class ZipEntryStream: ByteSource {
    let entry: ZipEntry
    /// Compressed bytes read so far, for progress.
    private(set) var compressedRead: Int64 = 0
    private let file: InputFile
    private let dataOffset: Int64
    private let budget: ExtractionBudget
    private let maxBytes: Int64
    private var stream: UnsafeMutablePointer<z_stream>?
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity = 64 << 10
    private var produced: Int64 = 0
    private var checksum: UInt = 0
    private var finished = false

    init(file: InputFile, entry: ZipEntry, budget: ExtractionBudget, maxBytes: Int64) throws {
        if entry.isEncrypted { throw ReadError.unsupportedArchive(detail: ReadDetailText.zipEncrypted.text()) }
        guard entry.method == 0 || entry.method == 8 else {
            throw ReadError.unsupportedArchive(detail: ReadDetailText.zipMethod.text(["method": entry.method]))
        }
        if entry.uncompressedSize > maxBytes { throw ReadError.partTooLarge(path: entry.path, limit: maxBytes) }
        let header = try file.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, header.uint32LE(0) == 0x0403_4B50 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.entryNoHeader.text(["path": entry.path]))
        }
        dataOffset = entry.localHeaderOffset + 30 + Int64(header.uint16LE(26)) + Int64(header.uint16LE(28))
        guard dataOffset + entry.compressedSize <= file.size else {
            throw ReadError.damagedArchive(detail: ReadDetailText.entryCutShort.text(["path": entry.path]))
        }
        self.file = file
        self.entry = entry
        self.budget = budget
        self.maxBytes = maxBytes
        input = .allocate(capacity: inputCapacity)
        if entry.method == 8 {
            let s = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            s.initialize(to: z_stream())
            guard inflateInit2_(s, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                s.deallocate()
                input.deallocate()
                throw ReadError.ioFailure(reason: "zlib could not start")
            }
            stream = s
        }
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, let out = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count > 0 else {
            return 0
        }
        let capacity = min(buffer.count, Int(UInt32.max))
        let n = try stream.map { try inflate($0, into: out, capacity: capacity) } ?? copyStored(into: out, capacity: capacity)
        try account(out, n)
        return n
    }

    private func inflate(_ s: UnsafeMutablePointer<z_stream>, into out: UnsafeMutablePointer<UInt8>,
                         capacity: Int) throws -> Int {
        s.pointee.next_out = out
        s.pointee.avail_out = UInt32(capacity)
        while true {
            if s.pointee.avail_in == 0, compressedRead < entry.compressedSize {
                let count = Int(min(Int64(inputCapacity), entry.compressedSize - compressedRead))
                let got = try file.read(at: dataOffset + compressedRead,
                                        into: UnsafeMutableRawBufferPointer(start: input, count: count))
                guard got == count else { throw truncated() }
                compressedRead += Int64(got)
                s.pointee.next_in = input
                s.pointee.avail_in = UInt32(got)
            }
            let inBefore = s.pointee.avail_in, outBefore = s.pointee.avail_out
            let status = zlib_inflate(s, Z_NO_FLUSH)
            let made = capacity - Int(s.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                finished = true
                return made
            case Z_OK, Z_BUF_ERROR:
                if made > 0 { return made }
                let stalled = s.pointee.avail_in == inBefore && s.pointee.avail_out == outBefore
                if s.pointee.avail_in == 0, compressedRead >= entry.compressedSize { throw truncated() }
                if stalled, s.pointee.avail_in > 0 { throw corrupt() }
            default:
                throw corrupt()
            }
        }
    }

    private func copyStored(into out: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        let count = Int(min(Int64(capacity), entry.compressedSize - compressedRead))
        guard count > 0 else {
            finished = true
            return 0
        }
        let got = try file.read(at: dataOffset + compressedRead, into: UnsafeMutableRawBufferPointer(start: out, count: count))
        guard got == count else { throw truncated() }
        compressedRead += Int64(got)
        return got
    }

    private func account(_ out: UnsafeMutablePointer<UInt8>, _ n: Int) throws {
        produced += Int64(n)
        if produced > maxBytes { throw ReadError.partTooLarge(path: entry.path, limit: maxBytes) }
        try budget.spend(n)
        if produced > entry.uncompressedSize {
            throw ReadError.damagedArchive(detail: ReadDetailText.entryTooLong.text(["path": entry.path]))
        }
        if n > 0 { checksum = crc32(checksum, out, UInt32(n)) }
        if finished || (stream == nil && compressedRead == entry.compressedSize) {
            finished = true
            guard produced == entry.uncompressedSize, UInt32(truncatingIfNeeded: checksum) == entry.crc32 else {
                throw ReadError.damagedArchive(detail: ReadDetailText.entryChecksum.text(["path": entry.path]))
            }
        }
    }

    private func truncated() -> ReadError {
        ReadError.damagedArchive(detail: ReadDetailText.entryEndsEarly.text(["path": entry.path]))
    }

    private func corrupt() -> ReadError {
        ReadError.damagedArchive(detail: ReadDetailText.entryCorrupt.text(["path": entry.path]))
    }
}

/// zlib's `inflate`, named apart from `ZipEntryStream.inflate(_:into:capacity:)`.
@inline(__always)
private func zlib_inflate(_ stream: UnsafeMutablePointer<z_stream>, _ flush: Int32) -> Int32 {
    inflate(stream, flush)
}
