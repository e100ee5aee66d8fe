import GRDB

extension Registry {
    /// Matches listed when no limit is given.
    public static let findDefaultLimit = 20
    /// The most matches one search lists (`--limit`, `limit=`).
    public static let findScanLimit = 1000
    /// Names containing the text that are ranked for one search, at least: ranking every name
    /// that holds a common fragment (科技: half of all) to list the best 20 is what a search costs,
    /// so a text found in more names is ranked among the first ones found and the note says so.
    public static let findRankFloor = 100

    /// Names containing the text ranked for a search listing `limit`: five times the limit, at
    /// least `findRankFloor`, at most `findScanLimit`.
    public static func findRankLimit(for limit: Int) -> Int {
        min(findScanLimit, max(findRankFloor, 5 * limit))
    }

    /// Firms named by `text`: a credit code in any pasted form, an exact current or former name, or
    /// part of a name (two characters or more). Best first: the code, the exact current name, an exact
    /// former name, then names containing the text (those starting with it, then shorter ones first).
    /// Names, place and position are those on `asOf` as known at `knownAt`. `region`: only firms
    /// in it on `asOf`; those matching outside it are counted, not listed.
    public func find(_ text: String, asOf: Day, knownAt: Moment? = nil,
                     limit: Int = Registry.findDefaultLimit, region: Region? = nil) throws -> FirmSearch {
        let query = try FirmQuery(text)
        // Firms recorded past the index's mark (by a ladder before v6, or by hand) are indexed once
        // here; if the registry cannot be written now, the lookup reads them past the mark instead.
        if try reading({ try Registry.firmNamesLag($0) }) { _ = try? fillFirmNames() }
        return try reading { c in try Registry.find(c, query: query, asOf: asOf, knownAt: knownAt, limit: limit, region: region) }
    }

    /// `firmByFirm`: the listed firms read one at a time, as before `matches` (the tests' reference).
    static func find(_ db: Database, query: FirmQuery, asOf: Day, knownAt: Moment?, limit: Int,
                     region: Region? = nil, firmByFirm: Bool = false) throws -> FirmSearch {
        try find(GRDBConnection(db), query: query, asOf: asOf, knownAt: knownAt, limit: limit, region: region,
                 firmByFirm: firmByFirm)
    }

    /// A search on either engine; `firmByFirm` (SQLite only) as above.
    static func find(_ c: any RegistryConnection, query: FirmQuery, asOf: Day, knownAt: Moment?, limit: Int,
                     region: Region? = nil, firmByFirm: Bool = false) throws -> FirmSearch {
        let policy = try Registry.policy(c, knownAt: knownAt)
        var ranked: [RankedFirm] = [], truncated = false, refusal: String?, nearest: [String] = [], outside = 0
        let cap = findRankLimit(for: limit)
        let shown: String
        switch query {
        case let .code(code):
            shown = code.text
            if let id = try registeredFirm(c, code: code, knownAt: knownAt) {
                ranked = [RankedFirm(id: id, kind: .code, order: RankOrder(kind: 0, startsLater: false, length: 0, name: ""))]
            }
            outside = try narrow(c, &ranked, to: region, asOf: asOf, knownAt: knownAt)
        case let .name(text, key):
            shown = text
            switch key.unicodeScalars.count {
            case 0:
                refusal = FindText.refusalEmpty.text()
            case 1:
                refusal = FindText.refusalSingle.text(["text": text])
            default:
                let exact = try nameHits(c, key: key, whole: true, limit: 200)
                let partial = try nameHits(c, key: key, whole: false, limit: cap + 1)
                truncated = partial.count > cap
                ranked = try rank(c, key: key, hits: exact + partial.prefix(cap), asOf: asOf, knownAt: knownAt)
                outside = try narrow(c, &ranked, to: region, asOf: asOf, knownAt: knownAt)
                if ranked.isEmpty && outside == 0 {
                    let aside = try setAsideFirms(c, knownAt: knownAt)
                    var similar = try similarNames(c, key: key).filter { !aside.contains($0) }
                    if let region {
                        let inside = try firms(c, ids: similar, in: region, on: asOf, knownAt: knownAt)
                        similar = similar.filter(inside.contains)
                    }
                    let ids = similar.prefix(3)
                    let names = try currentNames(c, ids: Array(ids), asOf: asOf, knownAt: knownAt)
                    nearest = ids.compactMap { id in names[id].map { FindText.nearestName.text(["name": $0.name, "code": $0.code]) } }
                }
            }
        }
        // One list calendar for every firm listed, not one read per firm.
        let calendar = try ListCalendar.load(c, knownAt: knownAt, needed: policy.validity.needsListCalendar)
        let listed = Array(ranked.prefix(max(limit, 0)))
        let matches = try firmByFirm
            ? listed.map { try matchFirmByFirm(requireDatabase(c), $0, asOf: asOf, knownAt: knownAt, policy: policy,
                                               calendar: calendar) }
            : Registry.matches(c, listed, asOf: asOf, knownAt: knownAt, policy: policy, calendar: calendar)
        return FirmSearch(policy: policy, query: shown, asOf: asOf, knownAt: knownAt, matches: matches, total: ranked.count,
                          truncated: truncated, ranked: cap, nearest: nearest, refusal: refusal, region: region,
                          outside: outside)
    }

    /// Keeps the firms placed in `region` on `asOf` (all, without one); answers how many it left out.
    private static func narrow(_ c: any RegistryConnection, _ ranked: inout [RankedFirm], to region: Region?, asOf: Day,
                               knownAt: Moment?) throws -> Int {
        guard let region, !ranked.isEmpty else { return 0 }
        let inside = try firms(c, ids: ranked.map(\.id), in: region, on: asOf, knownAt: knownAt)
        let before = ranked.count
        ranked.removeAll { !inside.contains($0.id) }
        return before - ranked.count
    }

    /// A firm found, with its sort order (kind, then start of the name, then length).
    struct RankedFirm {
        let id: Int64
        let kind: FirmMatch.Kind
        let order: RankOrder
    }

    /// Where a found name sorts: by kind, those starting with the text first, shorter first, then
    /// by the name. Numbers, not digit strings: a search sorts hundreds of them.
    struct RankOrder: Comparable {
        let kind: Int
        let startsLater: Bool
        let length: Int
        let name: String

        static func < (a: RankOrder, b: RankOrder) -> Bool {
            (a.kind, a.startsLater ? 1 : 0, a.length, a.name) < (b.kind, b.startsLater ? 1 : 0, b.length, b.name)
        }
    }

    /// The firms behind `hits`, each once under its best-matching name, best first. Firms registered
    /// after `knownAt` are left out.
    static func rank(_ c: any RegistryConnection, key: String, hits: [NameHit], asOf: Day?, knownAt: Moment?) throws -> [RankedFirm] {
        // A firm set aside (registered by mistake) is as if never registered for reads known after.
        let setAside = try setAsideFirms(c, knownAt: knownAt)
        let current = try currentNames(c, ids: hits.map(\.enterpriseID).filter { !setAside.contains($0) }, asOf: asOf,
                                       knownAt: knownAt)
        let wanted = lowered(key)
        var best: [Int64: RankedFirm] = [:]
        for hit in hits {
            guard let firm = current[hit.enterpriseID] else { continue }
            let found = lowered(hit.key)
            // A key is its own NameKey: a hit on the current name as stored needs no second key.
            let isCurrent = hit.key.utf8.elementsEqual(firm.name.utf8) || found == lowered(NameKey.of(firm.name))
            let kind: FirmMatch.Kind = found == wanted ? (isCurrent ? .name : .formerName)
                : (isCurrent ? .nameContains : .formerNameContains)
            let order = RankOrder(kind: kind.rank, startsLater: !found.hasPrefix(wanted),
                                  length: hit.key.unicodeScalars.count, name: found)
            if best[hit.enterpriseID].map({ order < $0.order }) ?? true {
                best[hit.enterpriseID] = RankedFirm(id: hit.enterpriseID, kind: kind, order: order)
            }
        }
        return best.values.sorted { a, b in a.order == b.order ? a.id < b.id : a.order < b.order }
    }

    /// Each firm's name on `asOf` (the latest, when nil) as known at `knownAt`; firms registered
    /// after `knownAt` are absent. The same statements on both engines (cached on SQLite).
    static func currentNames(_ c: any RegistryConnection, ids: [Int64], asOf: Day?,
                             knownAt: Moment?) throws -> [Int64: (name: String, code: String)] {
        let distinct = Array(Set(ids)).sorted()
        guard !distinct.isEmpty else { return [:] }
        let list = StoredValue.text(jsonArray(distinct))
        let known = StoredValue.text(knownBound(knownAt))
        var names: [Int64: (name: String, code: String)] = [:]
        try c.forEachCachedRow("""
            SELECT id, name, credit_code FROM enterprise WHERE id IN \(c.dialect.ids("?1")) AND created_at <= ?2
            """, [list, known]) { row in
            if let id = row.int64(0), let name = row.text(1), let code = row.text(2) { names[id] = (name, code) }
        }
        // Renames and relocations together: the condition of the index kept for them.
        try c.forEachCachedRow("""
            SELECT r.enterprise_id, r.name FROM event r
            WHERE r.kind IN ('rename', 'relocate') AND r.enterprise_id IN \(c.dialect.ids("?1"))
              AND r.effective_on <= ?2 AND r.recorded_at <= ?3 AND r.name IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id AND v.recorded_at <= ?3)
            ORDER BY r.effective_on, r.id
            """, [list, .text(asOf?.iso ?? "9999-12-31"), known]) { row in
            if let id = row.int64(0), let name = row.text(1), let held = names[id] { names[id] = (name, held.code) }
        }
        return names
    }
}
