import Foundation

/// The count `ladder stats --tier T --by city|county` makes, as one SQL statement for the sqlite3
/// CLI: for people who check a published figure by hand, and as the "hand-written SQL" benchmarks
/// compare with. Bounds, days and years are written out as the library worked them out from the
/// policy, so the statement and the library count the same rows.
enum StatsSQL {
    static func statement(tier: Tier, grouping: StatsGrouping, region: Region? = nil, asOf: Day, knownAt: Moment?, policy: Policy,
                          bounds: CandidateBounds, cacheYears: [Int]?, mark: Int64) -> String {
        let day = quote(asOf.iso), known = quote(knownAt?.iso ?? "9999")
        var window = ["tier = \(quote(tier.rawValue))", "effective_on <= \(day)", "recorded_at <= \(known)"]
        if let from = bounds.startFrom { window.append("effective_on >= \(quote(from.iso))") }
        if let minimum = bounds.minimumYear { window.append("year >= \(minimum)") }
        if let years = bounds.years { window.append("year IN (\(years.map(String.init).joined(separator: ", ")))") }
        let cacheWindow = window + (cacheYears.map { ["year IN (\($0.map(String.init).joined(separator: ", ")))"] } ?? [])
        let code: String
        switch grouping {
        case _ where region == .zone(.ganjiang):  // within 赣江新区, by the divisions its firms are in
            code = "printf('%06d', division)"
        case _ where grouping == .county || (region != nil && region != .province):
            code = "CASE WHEN zone IS NOT NULL THEN zone ELSE printf('%06d', division) END"
        default:
            code = """
                CASE WHEN zone IS NOT NULL THEN zone
                            WHEN division / 10000 <> 36 THEN printf('%d0000', division / 10000)
                            WHEN division / 100 BETWEEN 3601 AND 3611 THEN printf('%d00', division / 100)
                            ELSE '360000' END
                """
        }
        return """
            -- ladder stats --tier \(tier.rawValue) --by \(grouping.rawValue)\(region.map { " --region \($0.code)" } ?? "") --as-of \(asOf.iso)\
            \(knownAt.map { " --known-at \($0.iso)" } ?? ""), policy \(policy.label):
            -- firms holding a valid \(tier.rawValue) on \(asOf.iso), each once, where it is that day. The window
            -- on effective_on and year is where a term under the policy reaches that day.
            WITH grants AS (
                SELECT event_id, enterprise_id, division, zone FROM grant_place
                WHERE \(cacheWindow.joined(separator: "\n      AND "))
                UNION ALL  -- events recorded since the cache was filled
                SELECT event_id, enterprise_id, division, zone FROM (
                    SELECT \(Registry.grantPlaceColumns.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: 11)))
                    FROM event g NOT INDEXED JOIN enterprise e ON e.id = g.enterprise_id
                    WHERE g.id > \(mark) AND \(Registry.isGrant))
                WHERE \(window.joined(separator: "\n      AND "))
            ), corrections AS (
                SELECT kind, id, target_id, effective_on, enterprise_id, division, zone, recorded_at FROM event
                WHERE (kind = 'revoke' OR kind = 'void' OR kind = 'relocate') AND recorded_at <= \(known)
            ), voided AS (
                SELECT target_id AS id FROM corrections WHERE kind = 'void'
            ), revoked AS (
                SELECT target_id AS id FROM corrections
                WHERE kind = 'revoke' AND effective_on <= \(day) AND id NOT IN voided
            ), firms AS (
                SELECT DISTINCT enterprise_id AS firm, division, zone FROM grants
                WHERE event_id NOT IN voided AND event_id NOT IN revoked
            ), changes AS (  -- relocations, and place corrections ('' from the start: before every day)
                SELECT enterprise_id, division, zone, effective_on, recorded_at, 0 AS source, id FROM corrections
                WHERE kind = 'relocate' AND effective_on <= \(day) AND id NOT IN voided
                UNION ALL
                SELECT enterprise_id, division, zone, coalesce(effective_on, ''), recorded_at, 1, id FROM correction
                WHERE division IS NOT NULL AND coalesce(effective_on, '') <= \(day) AND recorded_at <= \(known)
            ), moves AS (
                SELECT enterprise_id AS firm, CAST(division AS INTEGER) AS division, zone,
                       row_number() OVER (PARTITION BY enterprise_id
                                          ORDER BY effective_on DESC, recorded_at DESC, source DESC, id DESC) AS latest
                FROM changes
            ), placed AS (
                SELECT coalesce(m.division, f.division) AS division, CASE WHEN m.firm IS NULL THEN f.zone ELSE m.zone END AS zone
                FROM firms f LEFT JOIN moves m ON m.firm = f.firm AND m.latest = 1
            )
            SELECT \(code) AS code, count(*) AS count FROM placed\(region.map { " WHERE " + $0.sqlCondition } ?? "")
            GROUP BY code ORDER BY code;
            """
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
