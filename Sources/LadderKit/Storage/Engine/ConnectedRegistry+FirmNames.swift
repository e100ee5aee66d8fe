/// The name index through the seam, filled as SQLite's `Registry.fillFirmNames` fills it: every
/// firm and rename past the mark, its key made in Swift (`NameKey`), then the mark moved to the
/// newest firm and event. On PostgreSQL the lookup by part of a name is `firm_name_pair` (every
/// pair of adjacent characters of the key in lower case) where SQLite has its full-text tables.
extension ConnectedRegistry {
    /// Names sent to the server in one statement.
    static let firmNameBatch = 200

    /// Fills the index inside the caller's write transaction (a write's or a copy's, so the index
    /// arrives with the rows it derives from); returns the names added.
    @discardableResult
    public static func fillFirmNames(_ connection: any RegistryConnection) throws -> Int {
        let mark = try Registry.firmNameMark(connection)
        let newest = (enterprise: try connection.int64("SELECT max(id) FROM enterprise") ?? 0,
                      event: try connection.int64("SELECT max(id) FROM event") ?? 0)
        guard newest.enterprise > mark.enterprise || newest.event > mark.event else { return 0 }
        // Ids given here, under the write lock, so each name's pairs can name it in the same batch.
        var nextID = (try connection.int64("SELECT max(id) FROM firm_name") ?? 0) + 1
        var names: [(id: Int64, enterprise: Int64, event: Int64?, key: String)] = []
        try connection.forEachRow("""
            SELECT id, NULL, name FROM enterprise WHERE id > ? AND id <= ?
            UNION ALL
            SELECT enterprise_id, id, name FROM event WHERE id > ? AND id <= ? AND kind = 'rename'
            """, [.integer(mark.enterprise), .integer(newest.enterprise), .integer(mark.event), .integer(newest.event)]) { row in
            names.append((nextID, row.int64(0) ?? 0, row.int64(1), NameKey.of(row.text(2) ?? "")))
            nextID += 1
        }
        // An engine that loads in bulk (PostgreSQL's COPY) takes the names and their pairs in two
        // statements per 20,000 names: an import's million names would otherwise be thousands of inserts.
        // A name's pairs go in as a set, unsorted: sorting them cost more than loading them.
        if let loading = connection as? any RegistryBulkLoading {
            for start in stride(from: 0, to: names.count, by: 20_000) {
                let part = names[start..<min(start + 20_000, names.count)]
                try loading.load(into: "firm_name", columns: ["id", "enterprise_id", "event_id", "key"], rows: part.map {
                    [.integer($0.id), .integer($0.enterprise), $0.event.map(StoredValue.integer) ?? .null, .text($0.key)]
                })
                try loading.load(into: "firm_name_pair", columns: ["pair", "firm_name_id"], rows: part.flatMap { name in
                    Set(NameKey.pairs(of: Registry.lowered(name.key))).map { [StoredValue.text($0), .integer(name.id)] }
                })
            }
        } else {
            try insertFirmNames(names, connection)
        }
        try connection.execute("""
            INSERT INTO firm_name_mark (id, through_enterprise, through_event) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET through_enterprise = excluded.through_enterprise,
                                           through_event = excluded.through_event
            """, [.integer(newest.enterprise), .integer(newest.event)])
        return names.count
    }

    /// The names and their pairs in multi-row inserts, `firmNameBatch` names a statement.
    private static func insertFirmNames(_ names: [(id: Int64, enterprise: Int64, event: Int64?, key: String)],
                                        _ connection: any RegistryConnection) throws {
        var start = 0
        while start < names.count {
            let batch = names[start..<min(start + firmNameBatch, names.count)]
            try connection.execute(
                "INSERT INTO firm_name (id, enterprise_id, event_id, key) VALUES "
                    + Array(repeating: "(?, ?, ?, ?)", count: batch.count).joined(separator: ", "),
                batch.flatMap { [.integer($0.id), .integer($0.enterprise), $0.event.map(StoredValue.integer) ?? .null, .text($0.key)] })
            let pairs = batch.flatMap { name in Set(NameKey.pairs(of: Registry.lowered(name.key))).map { (name.id, $0) } }
            if !pairs.isEmpty {
                try connection.execute(
                    "INSERT INTO firm_name_pair (pair, firm_name_id) VALUES "
                        + Array(repeating: "(?, ?)", count: pairs.count).joined(separator: ", "),
                    pairs.flatMap { [.text($0.1), .integer($0.0)] })
            }
            start += firmNameBatch
        }
    }
}
