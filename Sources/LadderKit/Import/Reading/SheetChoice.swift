/// Which worksheet a `--sheet` name picks, the same way for .xlsx and .xls.
enum SheetChoice {
    /// The index of the sheet named `requested` (exactly, else ignoring case and surrounding
    /// spaces), or of the first sheet when none is requested.
    static func pick(_ requested: String?, among names: [String]) throws -> Int {
        guard let requested else {
            guard !names.isEmpty else { throw ReadError.noWorksheets }
            return 0
        }
        let folded = requested.trimmingSpaces().lowercased()
        guard let index = names.firstIndex(of: requested)
                ?? names.firstIndex(where: { $0.trimmingSpaces().lowercased() == folded }) else {
            throw ReadError.sheetNotFound(name: requested, available: names)
        }
        return index
    }
}
