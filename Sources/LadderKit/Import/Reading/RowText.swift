/// A delimited record's cells as the file wrote them: where each cell ends and their UTF-8 bytes,
/// in one buffer. What the CSV reader hands on, so that a String is made only for a cell that is
/// read as text, not for every cell of every row: one allocation a row instead of one a cell (and
/// one, not two, for every copy of the row to retain and release, and for the reader to free).
///
/// The buffer holds each cell's end as a `UInt32` (aligned: the buffer starts aligned), then the
/// cells' bytes, a zero byte between each cell and the next: an unquoted record is copied in one
/// piece (its delimiters then zeroed) rather than cell by cell, and the row's fingerprint, which
/// adds a zero byte after each cell (`FNV1a.add(bytes:)`), is one pass over the bytes.
struct RowText: Sendable {
    private let storage: [UInt8]
    /// Cells, and bytes of the cells with their separators.
    private let cellCount: UInt32
    private let byteCount: UInt32
    /// False when the reader knows no cell holds a line feed or carriage return (a record read
    /// without quotes ends at its first line break), so the shapes need not look for one.
    let mayHoldLineBreaks: Bool

    /// Cells as the reader lays them out: a zero byte after each cell but the last; `ends[i]` is
    /// where cell `i` ends in `bytes`, the next one starting one byte later.
    init(separated bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<UInt32>, mayHoldLineBreaks: Bool = true) {
        let endBytes = ends.count * MemoryLayout<UInt32>.size
        storage = Array(unsafeUninitializedCapacity: endBytes + bytes.count) { buffer, initialized in
            // No address only for no room: a row without cells.
            if let base = buffer.baseAddress.map(UnsafeMutableRawPointer.init) {
                if endBytes > 0 { base.copyMemory(from: ends.baseAddress!, byteCount: endBytes) }
                if !bytes.isEmpty { (base + endBytes).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
            }
            initialized = endBytes + bytes.count
        }
        cellCount = UInt32(ends.count)
        byteCount = UInt32(bytes.count)
        self.mayHoldLineBreaks = mayHoldLineBreaks
    }

    init(separated bytes: [UInt8], ends: [UInt32], mayHoldLineBreaks: Bool = true) {
        self = bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { RowText(separated: bytes, ends: $0, mayHoldLineBreaks: mayHoldLineBreaks) }
        }
    }

    var count: Int { Int(cellCount) }

    /// No cell holds a byte: the bytes are only separators.
    var isEmpty: Bool { Int(byteCount) <= Swift.max(count - 1, 0) }

    /// Where each cell ends among the bytes (`withCells`), read from the buffer's start.
    struct Ends {
        fileprivate let base: UnsafeRawPointer?
        let count: Int

        @inline(__always)
        subscript(index: Int) -> Int {
            Int(base.unsafelyUnwrapped.load(fromByteOffset: index &* MemoryLayout<UInt32>.size, as: UInt32.self))
        }
    }

    /// `body` of every cell's bytes with their separators, and of where each cell ends in them.
    @inline(__always)
    func withCells<R>(_ body: (UnsafeBufferPointer<UInt8>, Ends) throws -> R) rethrows -> R {
        let cells = count
        return try storage.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            return try body(UnsafeBufferPointer(start: base.map { $0 + cells &* MemoryLayout<UInt32>.size }, count: Int(byteCount)),
                            Ends(base: base.map(UnsafeRawPointer.init), count: cells))
        }
    }

    /// The bytes of the cell at `index` (in range), as written.
    @inline(__always)
    func withUTF8<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withCells { bytes, ends in
            let start = index == 0 ? 0 : ends[index - 1] + 1
            return try body(UnsafeBufferPointer(rebasing: bytes[start..<ends[index]]))
        }
    }

    func isEmpty(_ index: Int) -> Bool { withUTF8(index) { $0.isEmpty } }

    /// The cell as the reader used to give it: `.empty`, or its text (invalid bytes as U+FFFD).
    func cell(_ index: Int) -> CellValue {
        withUTF8(index) { $0.isEmpty ? .empty : .text(String(decoding: $0, as: UTF8.self)) }
    }

    var cells: [CellValue] { (0..<count).map(cell) }
}
