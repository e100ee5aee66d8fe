import GRDB

/// The name index (`firm_name` and its two full-text tables): filled in bulk from `enterprise` and
/// rename events, never by a trigger, up to a mark; lookups read what lies past the mark from those
/// tables themselves, so the index only ever speeds a lookup up. Ids only grow (rows are appended,
/// never deleted), so "past the mark" is exactly what the index lacks.
extension Registry {
    /// The firm id and event id the index is filled through.
    static func firmNameMark(_ db: Database) throws -> (enterprise: Int64, event: Int64) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT through_enterprise, through_event FROM firm_name_mark")) else {
            return (0, 0)
        }
        return (row[0], row[1])
    }

    /// The newest firm id and event id.
    static func newestIDs(_ db: Database) throws -> (enterprise: Int64, event: Int64) {
        (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM enterprise")) ?? 0,
         try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM event")) ?? 0)
    }

    /// Whether firms or renames were recorded past the mark (by a ladder older than v6, or by hand).
    static func firmNamesLag(_ db: Database) throws -> Bool {
        let (mark, newest) = (try firmNameMark(db), try newestIDs(db))
        return newest.enterprise > mark.enterprise || newest.event > mark.event
    }

    /// Fills the index through the newest firm and event, in the caller's write transaction; returns
    /// the names added. A few statements for any number of rows: the importer calls it once per file.
    /// `trigrams`: the full-text indexes (trigrams and pairs) a first import built aside, copied in
    /// when its names are those written here (else SQLite builds them in place, as without one).
    @discardableResult
    static func fillFirmNames(_ db: Database, bulkAbove: Int64 = 50_000, trigrams: TrigramIndexBuilder? = nil) throws -> Int {
        let (mark, newest) = (try firmNameMark(db), try newestIDs(db))
        guard newest.enterprise > mark.enterprise || newest.event > mark.event else { return 0 }
        let before = try Int64.fetchOne(db, sql: "SELECT max(id) FROM firm_name") ?? 0
        // Many names at once (a first import, a registry from before v6): the index on whole names
        // is built once at the end, a sort instead of a random insert per name, with its exact SQL.
        let bulk = newest.enterprise - mark.enterprise > bulkAbove
        let keyIndex = bulk ? try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'firm_name_by_key'") : nil
        if keyIndex != nil { try db.execute(sql: "DROP INDEX firm_name_by_key") }
        // Keys are made in Swift, not by an SQL function: an import calls this with its own
        // statements still prepared, and SQLite cannot register a function while any are active.
        // On the raw API (a first import adds a million names: GRDB's argument boxing would cost more than the inserts).
        let insertName = try SQLiteStatement(db, "INSERT INTO firm_name (enterprise_id, event_id, key) VALUES (?, ?, ?)")
        let insertPairs = try SQLiteStatement(db, "INSERT INTO firm_name_bigram (rowid, pairs) VALUES (?, ?)")
        func indexPairs(_ nameID: Int64, _ key: String) throws {
            insertPairs.reset()
            insertPairs.bind(1, nameID); insertPairs.bind(2, NameKey.pairText(of: key))
            try insertPairs.execute()
        }
        let names = try SQLiteStatement(db, """
            SELECT id, NULL, name FROM enterprise WHERE id > ?1 AND id <= ?2
            UNION ALL
            SELECT enterprise_id, id, name FROM event WHERE id > ?3 AND id <= ?4 AND kind = 'rename'
            """)
        names.bind(1, mark.enterprise); names.bind(2, newest.enterprise); names.bind(3, mark.event); names.bind(4, newest.event)
        // With a builder, the pairs are indexed on its thread; here only if its index cannot be used.
        let pairsHere = trigrams == nil
        while try names.step() {
            let name = names.text(2) ?? ""
            let key = NameKey.of(name)
            insertName.reset()
            insertName.bind(1, names.int64(0)); insertName.bind(2, names.isNull(1) ? nil : names.int64(1)); insertName.bind(3, key)
            let nameID = try insertName.execute()
            if pairsHere { try indexPairs(nameID, key) }
            trigrams?.confirm(rowid: nameID, name: name)
        }
        if try trigrams?.finish(into: db) != true {
            try db.execute(sql: "INSERT INTO firm_name_trigram (rowid, key) SELECT id, key FROM firm_name WHERE id > ?",
                           arguments: [before])
            if !pairsHere {
                // In the order the loop above would have indexed them: the same index.
                let keys = try SQLiteStatement(db, "SELECT id, key FROM firm_name WHERE id > ? ORDER BY id")
                keys.bind(1, before)
                while try keys.step() { try indexPairs(keys.int64(0), keys.text(1) ?? "") }
            }
        }
        if let keyIndex { try db.execute(sql: keyIndex) }
        try db.execute(sql: """
            INSERT INTO firm_name_mark (id, through_enterprise, through_event) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET through_enterprise = excluded.through_enterprise,
                                           through_event = excluded.through_event
            """, arguments: [newest.enterprise, newest.event])
        let after = try Int64.fetchOne(db, sql: "SELECT max(id) FROM firm_name") ?? 0
        return Int(after - before)
    }

    /// Fills the index through the newest firm and event, waiting for the write lock like any write.
    @discardableResult
    public func fillFirmNames() throws -> Int {
        switch store {
        case .sqlite: try transaction { db in try Registry.fillFirmNames(db) }
        case .engine: try writing { c in try ConnectedRegistry.fillFirmNames(c) }
        }
    }
}
