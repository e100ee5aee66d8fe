/// Why `ladder copy` refused or stopped; nothing was written to the target when it is thrown.
public enum CopyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target already holds records: a copy fills an empty registry only.
    case targetNotEmpty(target: String, table: String, rows: Int)
    /// Source and target were made by different ladder versions (a table or its columns differ).
    case tablesDiffer(table: String, source: String, target: String)
    case unknownColumnType(table: String, column: String, type: String)
    case noIntegerKey(table: String)
    /// A value the target column cannot hold (text in an integer column, after a hand edit).
    case valueDoesNotFit(table: String, column: String, key: Int64)
    case sameRegistry(address: String)

    public var description: String {
        switch self {
        case .targetNotEmpty(let target, let table, let rows):
            CopyText.targetNotEmpty.text(["target": target, "table": table, "rows": ProseFormat.grouped(rows)])
        case .tablesDiffer(let table, let source, let target):
            CopyText.tablesDiffer.text(["table": table, "source": source, "target": target])
        case .unknownColumnType(let table, let column, let type):
            CopyText.unknownColumnType.text(["table": table, "column": column, "type": type])
        case .noIntegerKey(let table): CopyText.noIntegerKey.text(["table": table])
        case .valueDoesNotFit(let table, let column, let key):
            CopyText.valueDoesNotFit.text(["table": table, "column": column, "key": key])
        case .sameRegistry(let address): CopyText.sameRegistry.text(["address": address])
        }
    }
}
