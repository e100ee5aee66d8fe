#if canImport(zlib)
import zlib
#elseif canImport(CZlib)
import CZlib
#endif

/// Builds zip archives byte by byte, including broken ones: lying sizes, odd methods, flags.
struct ZipBuilder {
    struct Entry {
        var path: String
        var data: [UInt8]
        var deflate = true
        /// Uncompressed size to write in the headers instead of the real one.
        var declaredSize: Int? = nil
        var method: UInt16? = nil
        var flags: UInt16 = 0x0800
        /// Compressed bytes to write instead of compressing `data`.
        var compressed: [UInt8]? = nil
        var crc: UInt32? = nil

        init(_ path: String, _ text: String, deflate: Bool = true) {
            self.path = path
            data = Array(text.utf8)
            self.deflate = deflate
        }

        init(_ path: String, bytes: [UInt8], deflate: Bool = true) {
            self.path = path
            data = bytes
            self.deflate = deflate
        }
    }

    static func build(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let payload = entry.compressed ?? (entry.deflate ? deflate(entry.data) : entry.data)
            let crc = entry.crc ?? crc32(entry.data)
            let size = UInt32(entry.declaredSize ?? entry.data.count)
            let method = entry.method ?? (entry.deflate ? 8 : 0)
            let name = Array(entry.path.utf8)
            let offset = UInt32(out.count)
            out += le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(method) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(payload.count)) + le32(size) + le16(UInt16(name.count)) + le16(0)
            out += name + payload
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(entry.flags) + le16(method) + le16(0)
            directory += le16(0x21) + le32(crc) + le32(UInt32(payload.count)) + le32(size)
            directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset)
            directory += name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return out
    }

    /// Raw deflate (no zlib header), as zip stores it.
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                      Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 16)
        var input = data
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                _ = zDeflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(out[..<written])
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        UInt32(data.withUnsafeBufferPointer { zCRC32(0, $0.baseAddress, UInt32($0.count)) })
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xFFFF)) + le16(UInt16(v >> 16)) }
}

/// zlib's functions, named apart from `ZipBuilder`'s.
private func zDeflate(_ stream: UnsafeMutablePointer<z_stream>, _ flush: Int32) -> Int32 { deflate(stream, flush) }
private func zCRC32(_ crc: UInt, _ bytes: UnsafePointer<UInt8>?, _ count: UInt32) -> UInt { crc32(crc, bytes, count) }
