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
    /// A first import on a server could not build again the indexes and keys it set aside (a
    /// duplicate key or a dangling row: a fault in ladder, found in one pass): nothing was written.
    case indexesNotBuilt(reason: String)

    /// In the reader's language, chosen when it is read; the values it quotes are kept as given.
    public var description: String {
        let comma = ImportText.listJoin.text()
        switch self {
        case let .unreadable(path, reason):
            return ImportErrorText.unreadable.text(["path": path, "reason": reason])
        case let .unknownKind(headers) where headers.contains(where: { $0.unicodeScalars.contains("\u{FFFD}") }):
            return ImportErrorText.garbledHeaders.text(["headers": headers.prefix(3).joined(separator: comma)])
        case let .unknownKind(headers):
            return ImportErrorText.unknownKind.text(["headers": headers.prefix(12).joined(separator: comma),
                                                     "rows": TitledTableReader.searchRows])
        case let .missingColumn(kind, needed):
            return ImportErrorText.missingColumn.text(["kind": kind.name(), "needed": needed])
        case let .badMap(entry, reason):
            return ImportErrorText.badMap.text(["entry": entry, "reason": reason])
        case let .missingOption(kind, option, why):
            return ImportErrorText.missingOption.text(["kind": kind.name(), "option": option, "why": why])
        case let .strictRejected(count):
            return ImportErrorText.strictRejected.text(["count": count])
        case let .badHeaderRow(row, reason):
            return ImportErrorText.badHeaderRow.text(["row": row, "reason": reason])
        case let .noDataRows(headerRow):
            return ImportErrorText.noDataRows.text(["row": headerRow])
        case let .danglingReference(table, rowID, column, parent):
            return ImportErrorText.danglingReference.text(["table": table, "id": rowID, "column": column, "parent": parent])
        case let .indexesNotBuilt(reason):
            return ImportErrorText.indexesNotBuilt.text(["reason": reason])
        }
    }
}
