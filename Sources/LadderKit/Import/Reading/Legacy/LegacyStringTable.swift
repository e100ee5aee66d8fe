/// The shared string table (SST record and its CONTINUE records) of a BIFF8 workbook, held
/// compactly like the .xlsx reader's: all strings' UTF-8 in one buffer plus where each ends.
struct LegacyStringTable {
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// Indexes of strings that held an unpaired surrogate (now U+FFFD).
    private var invalid: Set<Int> = []

    var count: Int { ends.count }

    /// No SST record: the workbook has no shared strings.
    init() {}

    /// Reads every string: the table's declared count of unique strings is a hint only (some
    /// writers get it wrong), but bytes left over once that many are read may be padding.
    init(record: ContinuedRecord) throws {
        guard record.bytes.count >= 8 else {
            throw ReadError.damagedArchive(detail: "its shared string table is cut short")
        }
        let declared = Int(record.bytes.u32(at: 4))
        var cursor = BIFFStringCursor(record: record, offset: 8)
        while !cursor.isAtEnd {
            do {
                if try cursor.string(countBytes: 2, into: &bytes) { invalid.insert(ends.count) }
            } catch {
                if ends.count >= declared { return }
                throw ReadError.damagedArchive(detail: "its shared string table is cut short after \(ends.count) strings")
            }
            guard let end = UInt32(exactly: bytes.count) else {
                throw ReadError.damagedArchive(detail: "its shared strings hold more than 4 GiB")
            }
            ends.append(end)
        }
    }

    /// The string at `index` and whether it held invalid characters; nil outside the table.
    func string(at index: Int) -> (text: String, invalid: Bool)? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])]), as: UTF8.self)
        }
        return (text, invalid.contains(index))
    }
}
