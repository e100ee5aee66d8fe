import GRDB

/// One name of a firm (registered, or given by a rename not voided) that matched a search key.
struct NameHit: Equatable {
    let enterpriseID: Int64
    /// The name's `NameKey`.
    let key: String
}

extension Registry {
    /// Names equal to (`whole`) or containing `key`, compared as `NameKey`s with ASCII letters in
    /// either case: from the name index (whole names by their index, parts by trigrams for 3 or more
    /// characters and by pairs for 2), and from
    /// the firms and renames recorded past its mark. At most `limit` from the index.
    static func nameHits(_ db: Database, key: String, whole: Bool, limit: Int) throws -> [NameHit] {
        let length = key.unicodeScalars.count
        guard length > 0 else { return [] }
        let notVoided = "(f.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = f.event_id))"
        var hits: [NameHit]
        if whole {
            hits = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT f.enterprise_id, f.key FROM firm_name f WHERE f.key = ?1 COLLATE NOCASE AND \(notVoided) LIMIT ?2
                """), arguments: [key, limit]).map { NameHit(enterpriseID: $0[0], key: $0[1]) }
        } else if length >= 3 {
            // LIKE is what the trigram index answers; its _ and % only widen the set, checked below.
            hits = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT f.enterprise_id, f.key FROM firm_name_trigram t JOIN firm_name f ON f.id = t.rowid
                WHERE t.key LIKE ?1 AND \(notVoided) LIMIT ?2
                """), arguments: ["%\(key)%", limit]).map { NameHit(enterpriseID: $0[0], key: $0[1]) }
        } else if length == 2 {
            hits = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT f.enterprise_id, f.key FROM firm_name_bigram b JOIN firm_name f ON f.id = b.rowid
                WHERE firm_name_bigram MATCH ?1 AND \(notVoided) LIMIT ?2
                """), arguments: [ftsString(key), limit]).map { NameHit(enterpriseID: $0[0], key: $0[1]) }
        } else {
            hits = []
        }
        hits += try namesPastMark(db)
        return matching(hits, key: key, whole: whole)
    }

    /// Names of the firms and renames recorded after the index was last filled (none, normally).
    static func namesPastMark(_ db: Database) throws -> [NameHit] {
        let mark = try firmNameMark(db)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, name FROM enterprise WHERE id > ?1
            UNION ALL
            SELECT r.enterprise_id, r.name FROM event r WHERE r.id > ?2 AND r.kind = 'rename'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """), arguments: [mark.enterprise, mark.event])
        return rows.map { NameHit(enterpriseID: $0[0], key: NameKey.of($0[1])) }
    }

    /// `text` as one FTS5 string (a phrase in double quotes, quotes inside doubled).
    static func ftsString(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
