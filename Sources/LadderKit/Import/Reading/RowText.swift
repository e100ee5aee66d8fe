/// A delimited record's cells as the file wrote them: their UTF-8 bytes in one buffer and where
/// each cell ends. What the CSV reader hands on, so that a String is made only for a cell that is
/// read as text, not for every cell of every row (two allocations a row instead of one a cell).
///
/// A zero byte separates each cell from the next: an unquoted record is copied in one piece (its
/// delimiters then zeroed) rather than cell by cell, and the row's fingerprint, which adds a zero
/// byte after each cell (`FNV1a.add(bytes:)`), is one pass over the buffer.
struct RowText: Sendable {
    /// Every cell's bytes, a zero byte between each cell and the next.
    let bytes: [UInt8]
    /// Where each cell ends in `bytes`; the next one starts one byte later.
    let ends: [UInt32]
    /// False when the reader knows no cell holds a line feed or carriage return (a record read
    /// without quotes ends at its first line break), so the shapes need not look for one.
    let mayHoldLineBreaks: Bool

    /// Cells as the reader lays them out: a zero byte after each cell but the last.
    init(separated bytes: [UInt8], ends: [UInt32], mayHoldLineBreaks: Bool = true) {
        self.bytes = bytes
        self.ends = ends
        self.mayHoldLineBreaks = mayHoldLineBreaks
    }

    var count: Int { ends.count }

    /// No cell holds a byte: the buffer is only separators.
    var isEmpty: Bool { bytes.count <= Swift.max(ends.count - 1, 0) }

    @inline(__always)
    func start(of index: Int) -> Int { index == 0 ? 0 : Int(ends[index - 1]) + 1 }

    /// The bytes of the cell at `index` (in range), as written.
    @inline(__always)
    func withUTF8<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = start(of: index), end = Int(ends[index])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    func isEmpty(_ index: Int) -> Bool { start(of: index) == Int(ends[index]) }

    /// The cell as the reader used to give it: `.empty`, or its text (invalid bytes as U+FFFD).
    func cell(_ index: Int) -> CellValue {
        withUTF8(index) { $0.isEmpty ? .empty : .text(String(decoding: $0, as: UTF8.self)) }
    }

    var cells: [CellValue] { (0..<count).map(cell) }
}
