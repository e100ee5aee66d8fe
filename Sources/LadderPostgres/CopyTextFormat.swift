import LadderKit
import NIOCore

/// Rows in the text format of PostgreSQL's COPY: tab between columns, newline after each row,
/// `\N` for NULL, backslash escapes for backslash, tab, newline and carriage return, and bytea
/// as `\\x` and hex digits.
enum CopyTextFormat {
    static func encode(_ rows: [[StoredValue]], into buffer: inout ByteBuffer) {
        for row in rows {
            for (index, value) in row.enumerated() {
                if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                write(value, into: &buffer)
            }
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
    }

    private static func write(_ value: StoredValue, into buffer: inout ByteBuffer) {
        switch value {
        case .null: buffer.writeString("\\N")
        case .integer(let int): buffer.writeString(String(int))
        // Swift's description is the shortest text that reads back as the same double.
        case .real(let double): buffer.writeString(double.isNaN ? "NaN" : double.isInfinite ? (double > 0 ? "Infinity" : "-Infinity") : "\(double)")
        case .text(let text): escaped(text, into: &buffer)
        case .blob(let bytes):
            buffer.writeString("\\\\x")
            let digits = Array("0123456789abcdef".utf8)
            for byte in bytes { buffer.writeBytes([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]) }
        }
    }

    private static func escaped(_ text: String, into buffer: inout ByteBuffer) {
        // Almost every cell holds nothing to escape: written whole, not byte by byte (an import's
        // COPY spent a quarter of its client's instructions here).
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        }
        if plain == true {
            buffer.writeString(text)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeString("\\t")
            case UInt8(ascii: "\n"): buffer.writeString("\\n")
            case UInt8(ascii: "\r"): buffer.writeString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
