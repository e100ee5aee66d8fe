/// Why an import could not run at all (row problems are `ImportIssue`s, not errors).
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unknownKind(headers: [String])
    case missingColumn(kind: ImportKind, needed: String)
    case badMap(entry: String, reason: String)
    case missingOption(kind: ImportKind, option: String, why: String)
    case strictRejected(count: Int)
    /// `--header-row N` names a row that cannot be the header.
    case badHeaderRow(row: Int, reason: String)
    /// `--strict` and a file with headers but no data rows.
    case noDataRows(headerRow: Int)
    /// The import would have left a row pointing to a parent row that does not exist (a fault in
    /// ladder, found by the foreign-key check of a first import): nothing was written.
    case danglingReference(table: String, rowID: Int64, column: String, parent: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "cannot read \(path): \(reason)"
        case let .unknownKind(headers) where headers.contains(where: { $0.unicodeScalars.contains("\u{FFFD}") }):
            return "the headers are not valid text in the encoding read (\(headers.prefix(3).joined(separator: ", ")) …): "
                + "the file is probably GB18030 from Chinese Excel or WPS; read it as GB18030, or let the encoding be "
                + "detected"
        case let .unknownKind(headers):
            return "cannot tell what kind of list this is from its headers (\(headers.prefix(12).joined(separator: ", "))), "
                + "and no row among the first \(TitledTableReader.searchRows) names known columns; if the headers are "
                + "further down, say which row holds them (as the spreadsheet numbers it); say what kind of list it is, "
                + "and map unusual headers to the fields they hold"
        case let .missingColumn(kind, needed):
            return "a \(kind.rawValue) needs a column for \(needed); none of the headers matches (map one to it)"
        case let .badMap(entry, reason):
            return "--map '\(entry)': \(reason)"
        case let .missingOption(kind, option, why):
            return "a \(kind.rawValue) needs \(option): \(why)"
        case let .strictRejected(count):
            return "\(count) row(s) rejected in a strict import: nothing was written"
        case let .badHeaderRow(row, reason):
            return "header row \(row): \(reason); give the number of the row that holds the column names, as the "
                + "spreadsheet shows it"
        case let .noDataRows(headerRow):
            return "the file has headers (row \(headerRow)) but no data rows below them, and the import was strict"
        case let .danglingReference(table, rowID, column, parent):
            return "the import would have left \(table) row \(rowID) with a \(column) that names no \(parent) row, so "
                + "nothing was written; this is a fault in ladder: keep the file and report it"
        }
    }
}
