/// The statistics' reads through a `RegistryConnection` (the PostgreSQL engine): the same
/// statements as SQLite's `SQLiteStatisticsReads` in the words both engines accept, their rows
/// read column by column. Whatever is decided from the rows is shared code.
struct ConnectionStatisticsReads: StatisticsReads {
    let connection: any RegistryConnection

    func policy(knownAt: Moment?) throws -> Policy {
        guard let text = try connection.text("""
            SELECT document FROM policy WHERE recorded_at <= ? ORDER BY recorded_at DESC, id DESC LIMIT 1
            """, [.text(Registry.knownBound(knownAt))]) else { return .builtIn }
        do { return try PolicyDocument.decode(json: text) } catch {
            throw RegistryError.corrupt(detail: "a stored policy document no longer reads: \(error)")
        }
    }

    func termRule(policy: Policy, knownAt: Moment?) throws -> TermRule {
        TermRule(policy: policy.validity,
                 calendar: try ListCalendar.load(connection, knownAt: knownAt, needed: policy.validity.needsListCalendar))
    }

    func forEachGrant(bounds: CandidateBounds, knownAt: Moment?, _ body: (GrantRecord) throws -> Void) throws {
        var conditions = ["tier = ?", "effective_on <= ?", "recorded_at <= ?"]
        var values: [StoredValue] = [.text(bounds.tier.rawValue), .text(bounds.startThrough.iso),
                                     .text(Registry.knownBound(knownAt))]
        if let from = bounds.startFrom {
            conditions.append("effective_on >= ?")
            values.append(.text(from.iso))
        }
        let filter = conditions.joined(separator: " AND ")
        let mark = try connection.int64("SELECT through_event FROM grant_place_mark WHERE id = 1") ?? 0
        func read(_ row: StoredRow) throws {
            guard let id = row.int64(0), let firm = row.int64(1), let year = row.int64(2), let start = row.day(3)
            else { throw Registry.unreadable(row.int64(0) ?? 0) }
            let place = PlaceKey(divisionDigits: Int(row.int64(4) ?? 0), zone: row.isNull(5) ? nil : .ganjiang)
            try body(GrantRecord(grantID: id, firmID: firm, tier: bounds.tier, year: Int(year), start: start,
                                 registered: place))
        }
        // In the cache's key order, as SQLite reads it: a range of years per query, which the key's
        // index gives in order (a list of years made PostgreSQL sort every row, on disk at 1M firms).
        // No years at all is no query; no list of years (nil) is one query over every year.
        let yearRanges: [ClosedRange<Int>?] = try cacheYears(bounds).map { Self.runs($0).map(Optional.some) } ?? [nil]
        for years in yearRanges {
            let window = filter + (years == nil ? "" : " AND year >= ? AND year <= ?")
            let arguments = values + (years.map { [.integer(Int64($0.lowerBound)), .integer(Int64($0.upperBound))] } ?? [])
            if let packed = connection as? any PackedReading {
                try Self.forEachPackedGrant(packed, tier: bounds.tier, window: window, arguments, body)
                continue
            }
            try connection.forEachRow("""
                SELECT event_id, enterprise_id, year, effective_on, division, zone FROM grant_place
                WHERE \(window)
                ORDER BY tier, year, effective_on, event_id
                """, arguments, read)
        }
        try connection.forEachRow("""
            SELECT event_id, enterprise_id, year, effective_on, division, zone FROM (
                SELECT \(Registry.grantPlaceColumns) FROM \(connection.dialect.notIndexed("event g"))
                JOIN enterprise e ON e.id = g.enterprise_id
                WHERE g.id > ? AND \(Registry.isGrant)) AS pending
            WHERE \(filter)
            ORDER BY event_id
            """, [.integer(mark)] + values, read)
    }

    /// `years` as runs of consecutive years, in order: [2019, 2020, 2022] is 2019...2020 and 2022...2022.
    static func runs(_ years: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in Set(years).sorted() {
            if let last = runs.last, last.upperBound + 1 == year {
                runs[runs.count - 1] = last.lowerBound...year
            } else {
                runs.append(year...year)
            }
        }
        return runs
    }

    /// As `Registry.cacheYears`: the cache's years that can fall in `bounds`.
    private func cacheYears(_ bounds: CandidateBounds) throws -> [Int]? {
        if bounds.tier == .hnte, let from = bounds.startFrom {
            return Array(from.year...max(from.year, bounds.startThrough.year))
        }
        if let minimumYear = bounds.minimumYear {
            let last = try connection.int64("SELECT max(year) FROM grant_place WHERE tier = ?", [.text(bounds.tier.rawValue)]).map(Int.init) ?? minimumYear
            return Array(minimumYear...max(minimumYear, last))
        }
        return bounds.years
    }

    func maxFirmID() throws -> Int64 {
        try connection.int64("SELECT max(id) FROM enterprise") ?? 0
    }

    func fields(firms: [Int64], knownAt: Moment?) throws -> [Int64: String] {
        var fields: [Int64: String] = [:]
        try connection.forEachRow("""
            SELECT e.id, e.field FROM enterprise e WHERE e.id IN \(connection.dialect.ids()) AND e.field IS NOT NULL
            """, [.text(Registry.jsonArray(firms))]) { row in
            if let id = row.int64(0), let field = row.text(1) { fields[id] = field }
        }
        let wanted = Set(firms)
        for (firm, correction) in try profileCorrections(knownAt: knownAt) where wanted.contains(firm) {
            if let field = correction.field { fields[firm] = field }
        }
        return fields
    }

    func firstRecordedAt() throws -> Moment? {
        try connection.rows(Registry.firstRecordSQL).compactMap { row in
            row.text(0).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }
        }.min()
    }
}
