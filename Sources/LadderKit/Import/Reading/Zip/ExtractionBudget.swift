/// Uncompressed bytes still allowed from one workbook, shared by all its parts.
final class ExtractionBudget {
    let limit: Int64
    private(set) var remaining: Int64

    init(limit: Int64) {
        self.limit = limit
        remaining = limit
    }

    func spend(_ bytes: Int) throws {
        remaining -= Int64(bytes)
        if remaining < 0 { throw ReadError.workbookTooLarge(limit: limit) }
    }
}
