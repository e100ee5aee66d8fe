/// A delimited record's cells as the file wrote them: their UTF-8 bytes in one buffer and where
/// each cell ends. What the CSV reader hands on, so that a String is made only for a cell that is
/// read as text, not for every cell of every row (two allocations a row instead of one a cell).
struct RowText: Sendable {
    /// Every cell's bytes, one after the other.
    let bytes: [UInt8]
    /// Where each cell ends in `bytes`; an empty cell ends where the one before it does.
    let ends: [UInt32]

    var count: Int { ends.count }

    @inline(__always)
    func start(of index: Int) -> Int { index == 0 ? 0 : Int(ends[index - 1]) }

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
