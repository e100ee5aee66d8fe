import GRDB

/// The name index's lookups through the seam. On SQLite they are the measured statements of
/// `Registry+NameHits` (cached, on the full-text tables); on PostgreSQL the same names in the
/// same order (by `firm_name.id`, as the full-text tables give them) from `firm_name_pairs`.
extension Registry {
    /// As `nameHits(_ db:…)`: names equal to (`whole`) or containing `key`, ASCII letters in either case.
    static func nameHits(_ c: any RegistryConnection, key: String, whole: Bool, limit: Int) throws -> [NameHit] {
        if let db = (c as? GRDBConnection)?.database { return try nameHits(db, key: key, whole: whole, limit: limit) }
        let length = key.unicodeScalars.count
        guard length > 0 else { return [] }
        var hits: [NameHit] = []
        func read(_ sql: String, _ arguments: [StoredValue]) throws {
            try c.forEachRow(sql, arguments) { row in
                if let id = row.int64(0), let found = row.text(1) { hits.append(NameHit(enterpriseID: id, key: found)) }
            }
        }
        if whole {
            try read("""
                SELECT f.enterprise_id, f.key FROM firm_name f WHERE lower(f.key) = lower(?) AND \(notVoidedName)
                ORDER BY f.id LIMIT ?
                """, [.text(key), .integer(Int64(limit))])
        } else if length >= 2 {
            // The names holding every pair of the text; for 3 or more characters, LIKE as SQLite's
            // trigram lookup takes it (its _ and % only widen the set, checked below).
            let (holding, pairs) = namesHoldingPairs(of: key)
            let like = length >= 3 ? " AND lower(f.key) LIKE lower(?) ESCAPE ''" : ""
            try read("""
                SELECT f.enterprise_id, f.key FROM firm_name f WHERE f.id IN \(holding)\(like) AND \(notVoidedName)
                ORDER BY f.id LIMIT ?
                """, pairs + (length >= 3 ? [.text("%\(key)%")] : []) + [.integer(Int64(limit))])
        }
        hits += try namesPastMark(c)
        return matching(hits, key: key, whole: whole)
    }

    /// A subquery of the ids of the names (`firm_name_pairs`) holding every pair of adjacent
    /// characters of `text` in lower case, with its arguments.
    static func namesHoldingPairs(of text: String) -> (sql: String, arguments: [StoredValue]) {
        let pairs = Set(NameKey.pairCodes(of: text.lowercased())).sorted()
        return ("(SELECT p.firm_name_id FROM firm_name_pairs p WHERE p.pairs @> CAST(? AS bigint[]))",
                [.text("{" + pairs.map(String.init).joined(separator: ",") + "}")])
    }

    /// A name not given by a voided rename (`f` is the `firm_name` row).
    static let notVoidedName =
        "(f.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = f.event_id))"

    /// The hits whose name is `key` (`whole`) or contains it, ASCII letters in either case.
    static func matching(_ hits: [NameHit], key: String, whole: Bool) -> [NameHit] {
        let wanted = lowered(key)
        return hits.filter { whole ? lowered($0.key) == wanted : lowered($0.key).containsText(wanted) }
    }

    /// `text.lowercased()`, without Unicode's case tables when every character is ASCII other
    /// than A–Z or a CJK character (none has case): most names, of which a search lowers thousands.
    static func lowered(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: return text.lowercased()
            case 0...0x7F, 0x2E80...0x9FFF: continue
            default: return text.lowercased()
            }
        }
        return text
    }

    /// As `namesPastMark(_ db:)`: names of the firms and renames recorded after the index was last filled.
    static func namesPastMark(_ c: any RegistryConnection) throws -> [NameHit] {
        if let db = (c as? GRDBConnection)?.database { return try namesPastMark(db) }
        let mark = try firmNameMark(c)
        return try c.rows("""
            SELECT id, name FROM enterprise WHERE id > ?1
            UNION ALL
            SELECT r.enterprise_id, r.name FROM event r WHERE r.id > ?2 AND r.kind = 'rename'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """, [.integer(mark.enterprise), .integer(mark.event)]).map { row in
            NameHit(enterpriseID: row.int64(0) ?? 0, key: NameKey.of(row.text(1) ?? ""))
        }
    }

    /// As `firmNameMark(_ db:)`: the firm id and event id the index is filled through.
    static func firmNameMark(_ c: any RegistryConnection) throws -> (enterprise: Int64, event: Int64) {
        if let db = (c as? GRDBConnection)?.database { return try firmNameMark(db) }
        guard let row = try c.rows("SELECT through_enterprise, through_event FROM firm_name_mark").first else { return (0, 0) }
        return (row.int64(0) ?? 0, row.int64(1) ?? 0)
    }

    /// As `firmNamesLag(_ db:)`: whether firms or renames were recorded past the mark.
    static func firmNamesLag(_ c: any RegistryConnection) throws -> Bool {
        if let db = (c as? GRDBConnection)?.database { return try firmNamesLag(db) }
        let mark = try firmNameMark(c)
        let newest = try c.rows("SELECT (SELECT max(id) FROM enterprise), (SELECT max(id) FROM event)").first
        return (newest?.int64(0) ?? 0) > mark.enterprise || (newest?.int64(1) ?? 0) > mark.event
    }
}
