/// The rows one table of an import on a server is given, kept until they are loaded: ids are
/// assigned here, after the highest on file when the import began (it holds the write lock).
struct ConnectedImportTable {
    let name: String
    /// The table's columns, `id` first.
    let columns: [String]
    let firstID: Int64
    private var nextID: Int64
    private var rows: [[StoredValue]] = []
    /// Whether any row was loaded (its id generator is then moved past them at the end).
    private(set) var wrote = false

    init(_ connection: any RegistryConnection, _ name: String, _ columns: [String]) throws {
        self.name = name
        self.columns = columns
        firstID = (try connection.int64("SELECT max(id) FROM \(name)") ?? 0) + 1
        nextID = firstID
    }

    var count: Int { rows.count }

    /// Keeps a row (its values without the id); returns the id it is given.
    mutating func keep(_ values: [StoredValue]) -> Int64 {
        let id = nextID
        nextID += 1
        rows.append([.integer(id)] + values)
        return id
    }

    /// Loads the kept rows: in bulk where the connection can, else in multi-row inserts.
    mutating func load(_ connection: any RegistryConnection) throws {
        guard !rows.isEmpty else { return }
        if let loading = connection as? any RegistryBulkLoading {
            try loading.load(into: name, columns: columns, rows: rows)
        } else {
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            for start in stride(from: 0, to: rows.count, by: 100) {
                let part = rows[start..<min(start + 100, rows.count)]
                try connection.execute("INSERT INTO \(name) (\(columns.joined(separator: ", "))) VALUES "
                                           + Array(repeating: row, count: part.count).joined(separator: ", "),
                                       part.flatMap { $0 })
            }
        }
        rows.removeAll(keepingCapacity: true)
        wrote = true
    }
}
