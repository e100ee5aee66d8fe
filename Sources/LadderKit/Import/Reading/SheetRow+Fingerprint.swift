extension SheetRow {
    /// Adds each cell as written (`RejectsWriter.original`) to a row's fingerprint, in column
    /// order, leaving out the columns `skipping` marks. A CSV record's bytes are hashed in one pass.
    func addCells(to hasher: inout FNV1a, skipping: [Bool]?) {
        // The whole row: each cell and the zero byte after it are the record's bytes as they lie
        // (zero-separated, `RowText`) and one more zero.
        if skipping == nil, let record = fingerprintBytes {
            record.withCells { bytes, _ in hasher.add(bytes: bytes) }
            return
        }
        // Invalid bytes are hashed as the U+FFFD they became, as the cell's text holds them.
        guard case let .text(record) = storage, !hadInvalidBytes else {
            for index in 0..<cellCount where !SheetRow.skips(index, skipping) {
                hasher.add(RejectsWriter.original(cell(at: index)))
            }
            return
        }
        record.withCells { bytes, ends in
            var start = 0
            for index in 0..<ends.count {
                let end = ends[index]
                if !SheetRow.skips(index, skipping) { hasher.add(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1  // past the separator
            }
        }
    }

    /// The record whose bytes, as they lie, are all `addCells(to:skipping: nil)` adds (and all
    /// `RowParser.rawKeys` hashes): a CSV record with a cell, read without invalid bytes. Nil for
    /// any other row.
    var fingerprintBytes: RowText? {
        guard case let .text(record) = storage, !hadInvalidBytes, record.count > 0 else { return nil }
        return record
    }

    @inline(__always)
    private static func skips(_ index: Int, _ skipping: [Bool]?) -> Bool {
        guard let skipping, index < skipping.count else { return false }
        return skipping[index]
    }
}
