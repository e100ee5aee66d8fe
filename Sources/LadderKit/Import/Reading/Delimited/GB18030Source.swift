#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes a GB18030 (GBK, GB2312) file to UTF-8 with iconv, chunk by chunk.
///
/// A character split across two reads is carried over to the next; a byte sequence iconv
/// rejects becomes U+FFFD and its offset in the UTF-8 output is remembered, so the reader can
/// flag the record that holds it.
final class GB18030Source: ByteSource {
    /// Offsets in the UTF-8 output where a U+FFFD replaced undecodable bytes, ascending;
    /// those before `firstMark` were already asked about.
    private var invalidOffsets: [Int64] = []
    private var firstMark = 0
    private let file: InputFile
    private let converter: iconv_t
    private let raw: UnsafeMutablePointer<UInt8>
    private let rawCapacity = 1 << 20
    private var rawStart = 0
    private var rawEnd = 0
    private var rawExhausted = false
    private var produced: Int64 = 0

    init(file: InputFile) throws {
        guard let cd = iconv_open("UTF-8", "GB18030"), cd != iconv_t(bitPattern: -1) else {
            throw ReadError.encodingUnavailable(name: "GB18030")
        }
        self.file = file
        converter = cd
        raw = .allocate(capacity: rawCapacity)
    }

    deinit {
        iconv_close(converter)
        raw.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let outBase = buffer.baseAddress else { return 0 }
        var out: UnsafeMutablePointer<CChar>? = outBase.assumingMemoryBound(to: CChar.self)
        var outLeft = buffer.count
        // 4 bytes: the longest UTF-8 character, and room for a U+FFFD.
        decoding: while outLeft >= 4 {
            if rawStart == rawEnd {
                guard try fillRaw() else { break }
            }
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(raw + rawStart)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = rawEnd - rawStart
            let result = iconv(converter, &input, &inLeft, &out, &outLeft)
            rawStart = rawEnd - inLeft
            guard result == -1 else { continue }
            let failure = errno
            if failure == E2BIG || outLeft < 3 { break decoding }
            switch failure {
            case EINVAL:
                // An incomplete character at the end of the raw bytes: read on, unless the file ended.
                if try !fillRaw() {
                    markInvalid(&out, &outLeft, offset: buffer.count - outLeft)
                    rawStart = rawEnd
                }
            case EILSEQ:
                markInvalid(&out, &outLeft, offset: buffer.count - outLeft)
                rawStart += 1
            default:
                throw ReadError.ioFailure(reason: "GB18030 decoding failed: " + InputFile.lastError())
            }
        }
        let n = buffer.count - outLeft
        produced += Int64(n)
        return n
    }

    /// Whether a replacement was made in `range` of the output. Ranges must be asked about in
    /// ascending order; marks before `range` are forgotten, so memory stays bounded.
    func replacedBytes(in range: Range<Int64>) -> Bool {
        while firstMark < invalidOffsets.count, invalidOffsets[firstMark] < range.lowerBound { firstMark += 1 }
        if firstMark > 4096, firstMark * 2 > invalidOffsets.count {
            invalidOffsets.removeFirst(firstMark)
            firstMark = 0
        }
        return firstMark < invalidOffsets.count && invalidOffsets[firstMark] < range.upperBound
    }

    /// Moves the undecoded tail to the front and appends more of the file; false at its end.
    private func fillRaw() throws -> Bool {
        guard !rawExhausted else { return false }
        let tail = rawEnd - rawStart
        if tail > 0, rawStart > 0 { memmove(raw, raw + rawStart, tail) }
        rawStart = 0
        rawEnd = tail
        let n = try file.read(into: UnsafeMutableRawBufferPointer(start: raw + tail, count: rawCapacity - tail))
        if n == 0 { rawExhausted = true }
        rawEnd += n
        return n > 0
    }

    private func markInvalid(_ out: inout UnsafeMutablePointer<CChar>?, _ outLeft: inout Int, offset: Int) {
        invalidOffsets.append(produced + Int64(offset))
        for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
            out?.pointee = CChar(bitPattern: byte)
            out = out.map { $0 + 1 }
        }
        outLeft -= 3
    }
}
