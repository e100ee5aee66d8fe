/// One row read through a `RegistryConnection`, its columns in the query's order, with the
/// readings statistics need. An integer column reads as text and back as SQLite's would.
public struct StoredRow: Hashable, Sendable {
    public let values: [StoredValue]

    public init(_ values: [StoredValue]) {
        self.values = values
    }

    public subscript(_ column: Int) -> StoredValue { values[column] }

    public func isNull(_ column: Int) -> Bool { values[column] == .null }

    /// The column as an integer (text holding digits too, as SQLite converts it); nil when NULL.
    public func int64(_ column: Int) -> Int64? {
        switch values[column] {
        case .integer(let int): int
        case .real(let double): Int64(exactly: double.rounded(.towardZero))
        case .text(let text): Int64(text)
        case .null, .blob: nil
        }
    }

    /// The column as text (an integer as its digits); nil when NULL.
    public func text(_ column: Int) -> String? {
        switch values[column] {
        case .text(let text): text
        case .integer(let int): String(int)
        case .real(let double): String(double)
        case .blob(let bytes): String(decoding: bytes, as: UTF8.self)
        case .null: nil
        }
    }

    /// The column as a day, `YYYY-MM-DD`; nil when NULL or not a day.
    func day(_ column: Int) -> Day? {
        guard case .text(var text) = values[column] else { return text(column).flatMap { Day(iso: $0) } }
        // Read from the string's own bytes: a statistic parses one day per grant.
        return text.withUTF8 { Day(isoBytes: UnsafeRawBufferPointer($0)) }
    }
}
