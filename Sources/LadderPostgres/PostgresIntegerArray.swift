import LadderKit
import NIOCore
import PostgresNIO

/// A one-dimensional PostgreSQL array of int2, int4, int8 or bool, read from the binary form the
/// server sends (`array_send`): dimensions, a has-NULLs flag and the element type, then each
/// dimension's length and lower bound, then each element as a 4-byte length and its big-endian
/// bytes. Read in one pass over the cell's bytes: PostgresNIO's own decoding costs hundreds of
/// instructions a value, and a statistic reads a million.
enum PostgresIntegerArray {
    /// Bytes of each element type this reads, by type oid: bool, int8, int2, int4.
    static let widths: [UInt32: Int] = [16: 1, 20: 8, 21: 2, 23: 4]

    static func decode(_ cell: PostgresCell) throws -> [Int64] {
        guard cell.format == .binary else { throw unreadable(cell.columnIndex, "it came as text") }
        guard let bytes = cell.bytes else { throw unreadable(cell.columnIndex, "it is NULL") }
        return try decode(bytes, column: cell.columnIndex)
    }

    static func decode(_ bytes: ByteBuffer, column: Int) throws -> [Int64] {
        try bytes.withUnsafeReadableBytes { raw in try decode(raw, column: column) }
    }

    static func decode(_ raw: UnsafeRawBufferPointer, column: Int) throws -> [Int64] {
        func word(_ at: Int) -> Int32 { Int32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)) }
        guard raw.count >= 12 else { throw unreadable(column, "its header is cut short") }
        let (dimensions, hasNulls, type) = (word(0), word(4), UInt32(bitPattern: word(8)))
        guard let width = widths[type] else { throw unreadable(column, "its elements are of type \(type)") }
        if dimensions == 0 { return [] }
        guard dimensions == 1 else { throw unreadable(column, "it has \(dimensions) dimensions") }
        guard hasNulls == 0 else { throw unreadable(column, "it holds a NULL") }
        guard raw.count >= 20 else { throw unreadable(column, "its header is cut short") }
        let count = Int(word(12)), first = 20, stride = 4 + width
        // Without NULLs every element takes the same room: the size says whether they are all there.
        guard count >= 0, raw.count - first == count * stride else {
            throw unreadable(column, "it has \(raw.count - first) bytes for \(count) elements")
        }
        switch width {
        case 8: return try elements(raw, Int64.self, count: count, from: first, column: column)
        case 4: return try elements(raw, Int32.self, count: count, from: first, column: column)
        case 2: return try elements(raw, Int16.self, count: count, from: first, column: column)
        default: return try elements(raw, UInt8.self, count: count, from: first, column: column)
        }
    }

    private static func elements<T: FixedWidthInteger>(_ raw: UnsafeRawBufferPointer, _: T.Type, count: Int, from first: Int,
                                                       column: Int) throws -> [Int64] {
        var out: [Int64] = []
        out.reserveCapacity(count)
        var at = first
        for _ in 0..<count {
            guard Int32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)) == MemoryLayout<T>.size else {
                throw unreadable(column, "an element is not \(MemoryLayout<T>.size) bytes long")
            }
            out.append(Int64(T(bigEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: T.self))))
            at += 4 + MemoryLayout<T>.size
        }
        return out
    }

    private static func unreadable(_ column: Int, _ reason: String) -> RegistryError {
        .corrupt(detail: "column \(column + 1) of a packed read is not an array of integers: \(reason)")
    }
}
