/// The shared string table (SST record and its CONTINUE records) of a BIFF8 workbook, held
/// compactly like the .xlsx reader's (a string with an unpaired surrogate is marked invalid).
struct LegacyStringTable {
    private var strings = PackedStrings()

    var count: Int { strings.count }

    /// No SST record: the workbook has no shared strings.
    init() {}

    /// Reads every string: the table's declared count of unique strings is a hint only (some
    /// writers get it wrong), but bytes left over once that many are read may be padding.
    init(record: ContinuedRecord) throws {
        guard record.bytes.count >= 8 else {
            throw ReadError.damagedArchive(detail: ReadDetailText.stringTableCut.text())
        }
        let declared = Int(record.bytes.u32(at: 4))
        var cursor = BIFFStringCursor(record: record, offset: 8)
        while !cursor.isAtEnd {
            let isInvalid: Bool
            do {
                isInvalid = try cursor.string(countBytes: 2, into: &strings.bytes)
            } catch {
                if strings.count >= declared { return }
                throw ReadError.damagedArchive(detail: ReadDetailText.stringTableCutAfter.text(["count": strings.count]))
            }
            guard strings.close(invalid: isInvalid) else {
                throw ReadError.damagedArchive(detail: ReadDetailText.sharedStringsTooLarge.text())
            }
        }
    }

    /// The string at `index` and whether it held invalid characters; nil outside the table.
    func string(at index: Int) -> (text: String, invalid: Bool)? { strings.string(at: index) }
}
