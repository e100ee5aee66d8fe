/// The records of a BIFF8 workbook stream, each a 2-byte type, a 2-byte length and that many
/// bytes, read in order through a window of the stream. The current record's bytes are in
/// `payload` until the next call.
final class BIFFRecordReader {
    let stream: CompoundStream
    private(set) var type: UInt16 = 0
    private(set) var payload: [UInt8] = []
    /// Stream offset of the next record.
    private(set) var position = 0
    private var window: [UInt8]
    private var windowStart = 0
    private var windowCount = 0
    private var replay = false

    init(stream: CompoundStream) {
        self.stream = stream
        window = [UInt8](repeating: 0, count: 256 << 10)
        payload.reserveCapacity(8228)
    }

    func seek(to offset: Int) {
        position = offset
        replay = false
    }

    /// Makes the next call to `next()` return the current record again (one record of look-ahead).
    func pushBack() { replay = true }

    /// Moves to the next record; false at the end of the stream.
    func next() throws -> Bool {
        if replay {
            replay = false
            return true
        }
        // Fewer than 4 bytes left is padding after the last record, not a record.
        guard position >= 0, position + 4 <= stream.size else { return false }
        try load(position, 4)
        let at = position - windowStart
        type = UInt16(window[at]) | UInt16(window[at + 1]) << 8
        let length = Int(window[at + 2]) | Int(window[at + 3]) << 8
        guard position + 4 + length <= stream.size else {
            throw ReadError.damagedArchive(detail: ReadDetailText.streamEndsInRecord.text(["name": stream.name]))
        }
        try load(position + 4, length)
        let start = position + 4 - windowStart
        payload.removeAll(keepingCapacity: true)
        payload.append(contentsOf: window[start..<(start + length)])
        position += 4 + length
        return true
    }

    /// The current record's bytes and those of the CONTINUE records right after it.
    func continued(into record: inout ContinuedRecord) throws {
        record.removeAll()
        record.bytes.append(contentsOf: payload)
        while try next() {
            guard type == BIFFRecordType.continue else {
                pushBack()
                return
            }
            record.boundaries.append(record.bytes.count)
            record.bytes.append(contentsOf: payload)
        }
    }

    /// Makes `count` bytes from stream offset `offset` available in the window.
    private func load(_ offset: Int, _ count: Int) throws {
        if offset >= windowStart, offset + count <= windowStart + windowCount { return }
        windowStart = offset
        windowCount = try window.withUnsafeMutableBytes { try stream.read(at: offset, into: $0) }
        guard windowCount >= count else {
            throw ReadError.damagedArchive(detail: ReadDetailText.streamShorterThanRecords.text(["name": stream.name]))
        }
    }
}
