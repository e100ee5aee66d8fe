/// A table of the registry as `ladder copy` moves it: its columns in declared order and the
/// integer key its rows are read in (pages of rows after a key, so a million rows never sit in
/// memory at once).
public struct RegistryTable: Hashable, Sendable {
    public enum ColumnType: String, Hashable, Sendable {
        case integer, real, text, blob
    }

    public struct Column: Hashable, Sendable {
        public let name: String
        public let type: ColumnType

        public init(name: String, type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    public let name: String
    public let columns: [Column]
    /// The INTEGER PRIMARY KEY column (`id`, or `batch_id` for batch_void).
    public let key: String

    public init(name: String, columns: [Column], key: String) {
        self.name = name
        self.columns = columns
        self.key = key
    }

    public var keyIndex: Int { columns.firstIndex { $0.name == key }! }
}
