/// The record being read: its cells' bytes one after the other (a separator byte between two,
/// `RowText`) and where each ends, in buffers
/// kept from record to record (grown only for a larger record) and copied out once per record
/// as its `RowText`, rather than appended to fresh arrays cell by cell.
struct RecordBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCount = 0
    private var byteCapacity: Int
    private var ends: UnsafeMutablePointer<UInt32>
    private(set) var endCount = 0
    private var endCapacity: Int

    init() {
        byteCapacity = 4096
        bytes = .allocate(capacity: byteCapacity)
        endCapacity = 64
        ends = .allocate(capacity: endCapacity)
    }

    mutating func removeAll() {
        byteCount = 0
        endCount = 0
    }

    /// Adds `count` bytes to the cell being read.
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, _ count: Int) {
        if byteCount + count > byteCapacity { growBytes(to: byteCount + count) }
        let target = bytes + byteCount
        if count <= 32 {
            RecordBuffer.copySmall(start, to: target, count)
        } else {
            target.update(from: start, count: count)
        }
        byteCount += count
    }

    /// Starts a cell after the first: the zero byte between two cells (`RowText`).
    @inline(__always)
    mutating func separate() {
        if byteCount == byteCapacity { growBytes(to: byteCount + 1) }
        bytes[byteCount] = 0
        byteCount += 1
    }

    /// Ends the cell being read. The reader refuses a record long before 4 GiB (`ReadLimits`).
    @inline(__always)
    mutating func endCell() { endCell(at: byteCount) }

    /// Ends a cell at `offset` of the record: with `copyRecord`, for a record taken whole.
    @inline(__always)
    mutating func endCell(at offset: Int) {
        if endCount == endCapacity { growEnds() }
        ends[endCount] = UInt32(truncatingIfNeeded: offset)
        endCount += 1
    }

    /// The bytes of every cell but their separators, as `ReadLimits.maxRecordBytes` counts them.
    var cellBytes: Int { byteCount - max(endCount - 1, 0) }

    /// A whole record's bytes copied at once, after its cells' ends were set with `endCell(at:)`:
    /// the delimiter after each cell but the last becomes the zero separator.
    mutating func copyRecord(_ start: UnsafePointer<UInt8>, _ count: Int) {
        byteCount = 0
        if count > byteCapacity { growBytes(to: count) }
        bytes.update(from: start, count: count)
        byteCount = count
        for i in 0..<max(endCount - 1, 0) { bytes[Int(ends[i])] = 0 }
    }

    /// Most cells are a few bytes: copied in words (the last one overlapping) rather than by a
    /// call to memcpy for each.
    @inline(__always)
    private static func copySmall(_ start: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, _ count: Int) {
        let from = UnsafeRawPointer(start), to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            var i = 0
            while i + 8 <= count {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
                i += 8
            }
            if i < count {
                let last = count - 8
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: UInt64.self), toByteOffset: last, as: UInt64.self)
            }
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count > 0 {
            // One to three bytes: the first, the middle and the last cover them.
            target[0] = start[0]
            target[count / 2] = start[count / 2]
            target[count - 1] = start[count - 1]
        }
    }

    func rowText(mayHoldLineBreaks: Bool) -> RowText {
        RowText(separated: UnsafeBufferPointer(start: bytes, count: byteCount),
                ends: UnsafeBufferPointer(start: ends, count: endCount), mayHoldLineBreaks: mayHoldLineBreaks)
    }

    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
    }

    private mutating func growBytes(to needed: Int) {
        let capacity = max(needed, byteCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private mutating func growEnds() {
        let capacity = endCapacity * 2
        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        grown.initialize(from: ends, count: endCount)
        ends.deallocate()
        ends = grown
        endCapacity = capacity
    }
}
