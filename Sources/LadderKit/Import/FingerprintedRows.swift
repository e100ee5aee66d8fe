/// A reader's rows that are not blank, each with its fingerprint (`RowParser.rawKey`), read four
/// ahead so that four rows' fingerprints are taken in one loop (`RowParser.rawKeys`). Rows of
/// nothing but spaces (as empty as an empty row) are passed over. Rows read before an error are
/// handed on before it is thrown, as they would be one by one.
struct FingerprintedRows {
    private let reader: any RowReader
    private let parser: RowParser
    private var rows: [SheetRow] = []
    private var keys: [Int64] = []
    /// The next of `rows` to hand on.
    private var index = 0
    private var failure: (any Error)?

    init(_ reader: any RowReader, parser: RowParser) {
        self.reader = reader
        self.parser = parser
        rows.reserveCapacity(4)
        keys.reserveCapacity(4)
    }

    mutating func next() throws -> (row: SheetRow, rawKey: Int64)? {
        if index == rows.count {
            if let failure { throw failure }
            rows.removeAll(keepingCapacity: true)
            index = 0
            do {
                while rows.count < 4, let row = try reader.next() {
                    if !row.isBlank { rows.append(row) }
                }
            } catch {
                guard !rows.isEmpty else { throw error }
                failure = error
            }
            guard !rows.isEmpty else { return nil }
            parser.rawKeys(rows, into: &keys)
        }
        index += 1
        return (rows[index - 1], keys[index - 1])
    }
}
