import GRDB

/// Lists of qualifications with firm details: expiring, lapsed, and the export of those valid.
extension Registry {
    /// Qualifications valid on `asOf` whose last valid day is within `withinDays` after it, or in
    /// `year`. A firm already holding a newer valid qualification of the tier is not listed.
    /// `region`: only firms in it on `asOf` (so for every list here).
    public func expiring(tier: Tier? = nil, withinDays: Int? = 90, year: Int? = nil, region: Region? = nil, asOf: Day,
                         knownAt: Moment? = nil) throws -> ListingReport {
        try statisticsReads { reads in
            try Registry.expiring(reads, tier: tier, withinDays: withinDays, year: year,
                                  region: region, asOf: asOf, knownAt: knownAt)
        }
    }

    /// `expiring` from `reads`.
    static func expiring(_ reads: some StatisticsReads, tier: Tier?, withinDays: Int?, year: Int?, region: Region?,
                         asOf: Day, knownAt: Moment?) throws -> ListingReport {
        try listing(reads, kind: .expiring(days: year == nil ? withinDays : nil, year: year), tier: tier, region: region,
                    asOf: asOf, knownAt: knownAt) { rule, corrections, tier in
            let held = try Registry.holdings(reads, tier: tier, on: asOf, rule: rule, corrections: corrections,
                                             knownAt: knownAt, region: region)
            return held.list.map { ListingPick($0, corrections: corrections) }.filter { pick in
                guard let last = pick.lastValidDay else { return false }
                return year.map { last.year == $0 } ?? (asOf.days(until: last) <= withinDays ?? 90)
            }
        }
    }

    /// Qualifications that ran to their end (not revoked) on or after `since` and before `asOf`,
    /// with no successor of the same tier starting within the window around the end by `asOf`:
    /// those whose window has closed (lapsed, as `cohort` counts them), or with `pending` those
    /// whose window is still open (the firms still able to renew). Without `since`: the lapses
    /// whose window closed within the year before `asOf`, or every qualification still pending.
    public func lapsed(tier: Tier? = nil, since: Day? = nil, pending: Bool = false, region: Region? = nil, asOf: Day,
                       knownAt: Moment? = nil) throws -> ListingReport {
        try statisticsReads { reads in
            try Registry.lapsed(reads, tier: tier, since: since, pending: pending, region: region,
                                asOf: asOf, knownAt: knownAt)
        }
    }

    /// `lapsed` from `reads`.
    static func lapsed(_ reads: some StatisticsReads, tier: Tier?, since: Day?, pending: Bool, region: Region?, asOf: Day,
                       knownAt: Moment?) throws -> ListingReport {
        let window = try reads.policy(knownAt: knownAt).statistics.recertificationWindowDays
        let since = since ?? (pending ? asOf : asOf.civilPeriodEnd(months: -12)).adding(days: -window)
        return try listing(reads, kind: .lapsed(since: since, windowDays: window, pending: pending), tier: tier,
                           region: region, asOf: asOf, knownAt: knownAt) { rule, corrections, tier in
            let history = try Registry.tierHistory(reads, tier: tier, through: asOf, rule: rule, corrections: corrections,
                                                   knownAt: knownAt)
            var picks: [ListingPick] = []
            history.forEachChain { firm, chain in
                for entry in chain {
                    let q = entry.qualification
                    guard q.status(on: asOf) == .expired, let end = q.end, end >= since,
                          TierHistory.windowClosed(end: end, windowDays: window, asOf: asOf) != pending,
                          TierHistory.successor(of: q, in: chain, windowDays: window, asOf: asOf) == nil else { continue }
                    let place = corrections.place(of: firm, on: asOf, registered: entry.grant.registered)
                    if let region, !region.contains(place) { continue }
                    picks.append(ListingPick(grant: entry.grant, end: end, lastValidDay: end, place: place))
                }
            }
            return picks
        }
    }

    /// The firms validly holding `tier` on `asOf`, one row each, with the qualification starting last.
    public func export(tier: Tier, region: Region? = nil, asOf: Day, knownAt: Moment? = nil) throws -> ListingReport {
        try statisticsReads { reads in
            try Registry.listing(reads, kind: .export, tier: tier, region: region, asOf: asOf,
                                        knownAt: knownAt) { rule, corrections, tier in
                try Registry.holdings(reads, tier: tier, on: asOf, rule: rule, corrections: corrections, knownAt: knownAt,
                                      region: region)
                    .list.map { ListingPick($0, corrections: corrections) }
            }
        }
    }

    /// Picks rows per tier with `pick`, then reads the details of the picked firms and grants.
    private static func listing(_ reads: some StatisticsReads, kind: ListingReport.Kind, tier: Tier?, region: Region?,
                                asOf: Day, knownAt: Moment?,
                                pick: (TermRule, Corrections, Tier) throws -> [ListingPick]) throws -> ListingReport {
        let policy = try reads.policy(knownAt: knownAt)
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        var picks: [ListingPick] = []
        for t in tier.map({ [$0] }) ?? Tier.allCases { picks += try pick(rule, corrections, t) }
        let details = try reads.details(grants: picks.map(\.grant), on: asOf, knownAt: knownAt, corrections: corrections)
        let rows = picks.map { p in
            let d = details[p.grant.grantID]!
            return ListingReport.Row(creditCode: d.creditCode, name: d.name, location: p.place.location,
                                     tier: p.grant.tier, number: d.number, start: p.grant.start, end: p.end,
                                     lastValidDay: p.lastValidDay, contact: d.contact, phone: d.phone)
        }
        return ListingReport(kind: kind, tier: tier, region: region, asOf: asOf, knownAt: knownAt, policy: policy,
                             rows: ListingReport.ordered(rows, kind: kind))
    }

    /// Grant id → the firm's code, name on `day`, contact, phone, and the grant's number.
    static func details(_ db: Database, grants: [GrantRecord], on day: Day, knownAt: Moment?,
                        corrections: Corrections) throws -> [Int64: FirmDetails] {
        var names: [Int64: (effective: Day, id: Int64, name: String)] = [:]
        // Ids in row order, so SQLite reads each page once instead of hopping across the file.
        let firms = Set(grants.map(\.firmID)).sorted()
        let renames = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.enterprise_id, r.effective_on, r.name FROM json_each(?) j
            JOIN event r ON r.enterprise_id = j.value AND r.kind = 'rename'
            WHERE r.recorded_at <= ? AND r.effective_on <= ?
            """, arguments: [jsonArray(firms), knownBound(knownAt), day.iso])
        while let row = try renames.next() {
            let id: Int64 = row[0], firm: Int64 = row[1]
            guard !corrections.isVoided(id), let effective = Day(iso: row[2] as String) else { continue }
            if let held = names[firm], (held.effective, held.id) > (effective, id) { continue }
            names[firm] = (effective, id, row[3])
        }
        let profiles = try profileCorrections(db, knownAt: knownAt)
        var details: [Int64: FirmDetails] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT g.id, g.enterprise_id, g.number, g.year, g.category, e.credit_code, e.name, e.contact, e.phone
            FROM json_each(?) j JOIN event g ON g.id = j.value JOIN enterprise e ON e.id = g.enterprise_id
            """, arguments: [jsonArray(grants.map(\.grantID).sorted())])
        while let row = try rows.next() {
            let firm: Int64 = row[1]
            let number = (row[2] as String?) ?? "\(row[3] as Int) \((row[4] as String?) ?? "")"
            details[row[0]] = FirmDetails(creditCode: row[5], name: names[firm]?.name ?? row[6],
                                          contact: profiles[firm]?.contact ?? row[7], phone: profiles[firm]?.phone ?? row[8],
                                          number: number)
        }
        return details
    }
}
