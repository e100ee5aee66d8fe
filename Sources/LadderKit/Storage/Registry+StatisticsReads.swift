import GRDB

/// Named reads behind the statistics: grants from the `grant_place` cache, the corrections that
/// apply to them, and the firm details a listing prints. Each read is one statement.
extension Registry {
    /// `knownAt` as the text bound for `recorded_at <= ?`; nil means everything recorded.
    static func knownBound(_ knownAt: Moment?) -> String { knownAt?.iso ?? "9999" }

    /// Grants of `bounds.tier` recorded by `knownAt` inside the bounds, handed to `body` as they are
    /// read: short ranges of the cache's key (tier, year, effective_on), with the firm's registered
    /// place, and no per-firm lookups.
    /// Grants past the cache's mark come from `event` itself, with the same columns.
    static func forEachGrant(_ db: Database, bounds: CandidateBounds, knownAt: Moment?,
                             _ body: (GrantRecord) throws -> Void) throws {
        var conditions = ["tier = ?", "effective_on <= ?", "recorded_at <= ?"]
        var values: [SQLiteStatement.Value] = [.text(bounds.tier.rawValue), .text(bounds.startThrough.iso),
                                               .text(knownBound(knownAt))]
        if let from = bounds.startFrom {
            conditions.append("effective_on >= ?")
            values.append(.text(from.iso))
        }
        // Every row is checked again against its term, so these bounds only narrow the scan.
        let filter = conditions.joined(separator: " AND ")
        let cacheFilter = filter + (try cacheYears(db, bounds).map {
            " AND year IN (" + $0.map(String.init).joined(separator: ", ") + ")"
        } ?? "")
        let mark = try grantPlaceMark(db)
        var days = DayMemo()
        func read(_ row: SQLiteStatement) throws {
            guard let start = days.day(row.bytes(3)) else { throw unreadable(row.int64(0)) }
            let place = PlaceKey(divisionDigits: row.int(4), zone: row.isNull(5) ? nil : .ganjiang)
            try body(GrantRecord(grantID: row.int64(0), firmID: row.int64(1), tier: bounds.tier, year: row.int(2),
                                 start: start, registered: place))
        }
        try SQLiteStatement.forEachRow(db, """
            SELECT event_id, enterprise_id, year, effective_on, division, zone FROM grant_place WHERE \(cacheFilter)
            """, values, read)
        // Events past the mark (recorded since the cache was last filled), as grant_place rows: a
        // range of event ids (NOT INDEXED, or SQLite would scan every grant of the tier by day).
        try SQLiteStatement.forEachRow(db, """
            SELECT event_id, enterprise_id, year, effective_on, division, zone FROM (
                SELECT \(grantPlaceColumns) FROM event g NOT INDEXED JOIN enterprise e ON e.id = g.enterprise_id
                WHERE g.id > ? AND \(isGrant))
            WHERE \(filter)
            """, [.int(mark)] + values, read)
    }

    /// The years of the cache's rows that can fall in `bounds`: listed, they let SQLite seek one
    /// range per year of the key (tier, year, effective_on) instead of scanning the whole tier.
    static func cacheYears(_ db: Database, _ bounds: CandidateBounds) throws -> [Int]? {
        if bounds.tier == .hnte, let from = bounds.startFrom {
            return Array(from.year...max(from.year, bounds.startThrough.year))  // the cache's year is the issue year
        }
        if let minimumYear = bounds.minimumYear {
            let last = try Int.fetchOne(db, sql: "SELECT max(year) FROM grant_place WHERE tier = ?",
                                        arguments: [bounds.tier.rawValue]) ?? minimumYear
            return Array(minimumYear...max(minimumYear, last))
        }
        return bounds.years
    }

    /// The highest firm id: firm ids are dense row ids, so per-firm state can live in arrays.
    static func maxFirmID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM enterprise") ?? 0
    }

    /// Voids, revocations and relocations recorded by `knownAt`, from the `event_correction` index,
    /// and the place corrections recorded by then.
    /// `firms`: only those firms' (a few found by name, not every firm that ever moved).
    static func corrections(_ db: Database, knownAt: Moment?, firms: [Int64]? = nil) throws -> Corrections {
        var voids: [Int64] = []
        var revocations: [(id: Int64, target: Int64, effective: Day)] = []
        var relocations: [Corrections.Move] = []
        let only = firms == nil ? "" : " AND enterprise_id IN (SELECT value FROM json_each(?))"
        let values: [SQLiteStatement.Value] = [.text(knownBound(knownAt))] + (firms.map { [.text(jsonArray($0))] } ?? [])
        try SQLiteStatement.forEachRow(db, """
            SELECT kind, id, target_id, effective_on, enterprise_id, division, zone, recorded_at FROM event
            WHERE (kind = 'revoke' OR kind = 'void' OR kind = 'relocate') AND recorded_at <= ?\(only)
            """, values) { row in
            let kind = row.bytes(0)
            switch kind.first {
            case UInt8(ascii: "v"): voids.append(row.int64(2))
            case UInt8(ascii: "r") where kind.count == 6:  // revoke
                guard let day = row.day(3) else { throw unreadable(row.int64(1)) }
                revocations.append((row.int64(1), row.int64(2), day))
            default:  // relocate
                guard let day = row.day(3), let place = row.place(division: 5, zone: 6),
                      let recorded = Moment(parsing: row.text(7) ?? "", defaultOffsetSeconds: 0) else {
                    throw unreadable(row.int64(1))
                }
                relocations.append(Corrections.Move(firm: row.int64(4), eventID: row.int64(1), effective: day, place: place,
                                                    recorded: recorded.microseconds))
            }
        }
        relocations += try placeCorrectionMoves(db, knownAt: knownAt)
        return Corrections(voidTargets: voids, revocations: revocations, relocations: relocations)
    }

    static func unreadable(_ eventID: Int64) -> RegistryError {
        .corrupt(detail: "event \(eventID) has an unreadable day or division")
    }

    /// The rule that gives each grant its end: the policy, and the list calendar when a list term
    /// runs until the next list.
    static func termRule(_ db: Database, policy: Policy, knownAt: Moment?) throws -> TermRule {
        TermRule(policy: policy.validity,
                 calendar: try ListCalendar.load(db, knownAt: knownAt, needed: policy.validity.needsListCalendar))
    }
}
