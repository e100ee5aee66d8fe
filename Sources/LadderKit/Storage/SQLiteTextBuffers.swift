import Foundation

/// The bytes of a statement's text parameters, one reusable buffer per parameter, so SQLite reads a
/// bound text where it lies (`SQLITE_STATIC`) instead of allocating and copying it on every bind:
/// an import binds millions of texts, and SQLite's copy cost more than the copy into a kept buffer.
/// A buffer is overwritten only by the next bind of its parameter, which SQLite allows only after
/// the statement was reset, so a bound text stays valid as long as SQLite may read it.
final class SQLiteTextBuffers {
    private var starts: [UnsafeMutableRawPointer?]
    private var capacities: [Int]

    init(parameters: Int) {
        starts = Array(repeating: nil, count: max(parameters, 0))
        capacities = Array(repeating: 0, count: max(parameters, 0))
    }

    deinit {
        for start in starts { free(start) }
    }

    /// A copy of `bytes` in parameter `index`'s buffer (1-based, as SQLite numbers them); never nil,
    /// also for an empty text (SQLite reads a null pointer as NULL). Nil for an index out of range.
    func keep(_ bytes: UnsafeBufferPointer<UInt8>, for index: Int32) -> UnsafeMutableRawPointer? {
        let slot = Int(index) - 1
        guard slot >= 0, slot < starts.count else { return nil }
        if capacities[slot] < bytes.count || starts[slot] == nil {
            let capacity = max(64, bytes.count * 2)
            free(starts[slot])
            starts[slot] = malloc(capacity)
            capacities[slot] = capacity
        }
        guard let start = starts[slot] else { return nil }
        if let base = bytes.baseAddress, bytes.count > 0 { memcpy(start, base, bytes.count) }
        return start
    }
}
