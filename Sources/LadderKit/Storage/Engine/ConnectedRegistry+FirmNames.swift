/// The name index through the seam, filled as SQLite's `Registry.fillFirmNames` fills it: every
/// firm and rename past the mark, its key made in Swift (`NameKey`), then the mark moved to the
/// newest firm and event. On PostgreSQL the lookup by part of a name is `firm_name_pairs` (every
/// pair of adjacent characters of the key in lower case, as numbers) where SQLite has its full-text tables.
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
        if let loading = connection as? any RegistryBulkLoading {
            for start in stride(from: 0, to: names.count, by: 20_000) {
                let part = names[start..<min(start + 20_000, names.count)]
                try loading.load(into: "firm_name", columns: ["id", "enterprise_id", "event_id", "key"], rows: part.map {
                    [.integer($0.id), .integer($0.enterprise), $0.event.map(StoredValue.integer) ?? .null, .text($0.key)]
                })
                try loading.load(into: "firm_name_pairs", columns: ["firm_name_id", "pairs"], rows: part.compactMap { name in
                    pairsCell(of: name.key).map { [.integer(name.id), $0] }
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

    /// A name key's pairs as `firm_name_pairs.pairs` holds them, an array literal (`{n,n,…}`, each
    /// pair once, in no order: sorting cost more than loading); nil for a key without pairs.
    static func pairsCell(of key: String) -> StoredValue? {
        let codes = Set(NameKey.pairCodes(of: Registry.lowered(key)))
        guard !codes.isEmpty else { return nil }
        return .text("{" + codes.map(String.init).joined(separator: ",") + "}")
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
            let pairs = batch.compactMap { name in pairsCell(of: name.key).map { (name.id, $0) } }
            if !pairs.isEmpty {
                try connection.execute(
                    "INSERT INTO firm_name_pairs (firm_name_id, pairs) VALUES "
                        + Array(repeating: "(?, CAST(? AS bigint[]))", count: pairs.count).joined(separator: ", "),
                    pairs.flatMap { [.integer($0.0), $0.1] })
            }
            start += firmNameBatch
        }
    }
}
