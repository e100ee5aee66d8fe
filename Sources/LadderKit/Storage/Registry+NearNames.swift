import GRDB

extension Registry {
    /// Firms whose names come closest to `key` when no name equals it: names containing it first (as
    /// `find` ranks them), else names sharing most of its character pairs (a word left out or
    /// changed). At most `limit`, with the number of firms found in all.
    static func nearestFirms(_ db: Database, key: String, limit: Int, knownAt: Moment? = nil,
                             excluding: Set<Int64> = []) throws -> (firms: [(name: String, code: String)], total: Int) {
        try nearestFirms(GRDBConnection(db), key: key, limit: limit, knownAt: knownAt, excluding: excluding)
    }

    /// `nearestFirms` on either engine.
    static func nearestFirms(_ c: any RegistryConnection, key: String, limit: Int, knownAt: Moment? = nil,
                             excluding: Set<Int64> = []) throws -> (firms: [(name: String, code: String)], total: Int) {
        guard key.unicodeScalars.count >= 2 else { return ([], 0) }
        let partial = try nameHits(c, key: key, whole: false, limit: findScanLimit)
        var ids = try rank(c, key: key, hits: partial, asOf: nil, knownAt: knownAt).map(\.id)
        if ids.isEmpty { ids = try similarNames(c, key: key) }
        ids.removeAll(where: excluding.contains)
        let names = try currentNames(c, ids: Array(ids.prefix(limit)), asOf: nil, knownAt: knownAt)
        return (ids.prefix(limit).compactMap { names[$0] }, ids.count)
    }

    static func similarNames(_ db: Database, key: String) throws -> [Int64] {
        try similarNames(GRDBConnection(db), key: key)
    }

    /// Firms with a name holding at least 60% of `key`'s character pairs (most shared first, then
    /// the name closest in length). Candidates come from the trigram index: the names sharing the
    /// most of `key`'s trigrams.
    static func similarNames(_ c: any RegistryConnection, key: String) throws -> [Int64] {
        let wanted = Set(NameKey.pairs(of: key.lowercased()))
        let scalars = Array(key.lowercased().unicodeScalars)
        guard scalars.count >= 3 else { return [] }
        var votes: [Int64: Int] = [:]
        let trigrams = Set((0...(scalars.count - 3)).map { i in String(String.UnicodeScalarView(scalars[i..<i + 3])) })
        for trigram in trigrams.sorted().prefix(40) {
            for id in try namesHolding(c, trigram: trigram, limit: 300) {
                votes[id, default: 0] += 1
            }
        }
        let candidates = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(100).map(\.key)
        guard !candidates.isEmpty else { return [] }
        var scored: [(id: Int64, shared: Double, apart: Int)] = []
        try c.forEachRow("""
            SELECT f.enterprise_id, f.key FROM firm_name f WHERE f.id IN \(c.dialect.ids("?1")) AND \(notVoidedName)
            """, [.text(jsonArray(candidates))]) { row in
            guard let id = row.int64(0), let name = row.text(1) else { return }
            let pairs = Set(NameKey.pairs(of: name.lowercased()))
            let shared = Double(wanted.intersection(pairs).count) / Double(max(wanted.count, 1))
            if shared >= 0.6 { scored.append((id, shared, abs(pairs.count - wanted.count))) }
        }
        var seen: Set<Int64> = []
        return scored.sorted { ($0.shared, -$0.apart, -$0.id) > ($1.shared, -$1.apart, -$1.id) }
            .map(\.id).filter { seen.insert($0).inserted }
    }

    /// The first `limit` names (`firm_name` ids, in order) holding `trigram`, voided ones too, in
    /// either case: SQLite's trigram table, or on PostgreSQL the names holding its two pairs.
    private static func namesHolding(_ c: any RegistryConnection, trigram: String, limit: Int) throws -> [Int64] {
        if let db = (c as? GRDBConnection)?.database {
            return try Int64.fetchAll(db, sql: "SELECT rowid FROM firm_name_trigram WHERE firm_name_trigram MATCH ? LIMIT \(limit)",
                                      arguments: [ftsString(trigram)])
        }
        let (holding, pairs) = namesHoldingPairs(of: trigram)
        return try c.rows("""
            SELECT f.id FROM firm_name f WHERE f.id IN \(holding) AND strpos(lower(f.key), lower(?)) > 0
            ORDER BY f.id LIMIT \(limit)
            """, pairs + [.text(trigram)]).compactMap { $0.int64(0) }
    }
}
