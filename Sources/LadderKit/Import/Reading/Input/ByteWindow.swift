#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A refillable buffer over a `ByteSource`: scanners index into `base[0..<end]` and, at the end
/// of the buffered bytes, call `refill(keeping:)` to drop what they consumed and read more.
///
/// Memory stays at one chunk plus the longest token kept across refills (bounded by `maxKeep`).
final class ByteWindow {
    struct Overflow: Error {}

    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var end = 0
    /// Offset in the source's stream of `base[0]`.
    private(set) var streamOffset: Int64 = 0
    private(set) var isExhausted = false
    private let source: any ByteSource
    private let chunk: Int
    private let maxKeep: Int

    init(source: any ByteSource, chunk: Int = 1 << 20, maxKeep: Int) {
        self.source = source
        self.chunk = chunk
        self.maxKeep = maxKeep
        capacity = chunk
        base = .allocate(capacity: chunk)
    }

    deinit { base.deallocate() }

    /// Discards `base[0..<keep]` (so every index ≥ `keep` moves down by `keep`), then reads once
    /// more. Returns false when the source had nothing left. Throws `Overflow` if more than
    /// `maxKeep` bytes would be kept.
    func refill(keeping keep: Int) throws -> Bool {
        let kept = end - keep
        if kept > maxKeep { throw Overflow() }
        if keep > 0 {
            if kept > 0 { memmove(base, base + keep, kept) }
            streamOffset += Int64(keep)
            end = kept
        }
        if capacity - end < chunk / 2 {
            let grown = max(capacity * 2, end + chunk)
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            fresh.update(from: base, count: end)
            base.deallocate()
            base = fresh
            capacity = grown
        }
        guard !isExhausted else { return false }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: base + end, count: capacity - end))
        if n == 0 { isExhausted = true }
        end += n
        return n > 0
    }
}
