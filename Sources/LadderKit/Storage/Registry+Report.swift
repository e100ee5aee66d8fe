/// The one-page HTML report: headline figures against targets, 高企 by city, the trend, cohort
/// retention, the ladder funnel and who expires soon — every figure from the statistics reads.
/// The report of a region (`region`, default the province) counts only the firms in it, shows its
/// own targets, and breaks a city down by county instead of the province by city.
extension Registry {
    public func reportContent(region: Region? = nil, asOf: Day, knownAt: Moment? = nil, generatedAt: Moment,
                              trendMonths: Int = 24, expiringDays: Int = 90,
                              expiringLimit: Int = 200, language: Language = .current) throws -> ReportContent {
        let policy = try policy(knownAt: knownAt)
        // Without a region, the counts are the registry's as `stats` gives them (省外 included).
        let area = region ?? .province
        let within = area == .province ? region : area
        let byTier = try stats(tier: nil, by: .tier, region: region, asOf: asOf, knownAt: knownAt)
        let targets = try targets(region: area, asOf: asOf, knownAt: knownAt)
        let name = { (tier: Tier) in Term(rawValue: tier.rawValue)!.text(in: language) }
        let unit = ReportText.unit.text(in: language)
        let headline = Tier.allCases.map { tier -> HeadlineFigure in
            let value = byTier.rows.first { $0.code == tier.rawValue }?.count ?? 0
            let label = ReportText.validTier.text(in: language, ["tier": name(tier)])
            guard let row = targets.rows.first(where: { $0.target.tier == tier && $0.target.region == area }) else {
                return HeadlineFigure(label: label, tier: tier, value: value, unit: unit)
            }
            return HeadlineFigure(label: label, tier: tier, value: row.current, unit: unit, target: row.target.count,
                                  due: row.target.due, valueOneYearEarlier: row.yearBefore, projected: row.projection,
                                  onTrack: row.status == .met || row.status == .onTrack)
        }
        let cities = try stats(tier: .hnte, by: .city, region: region, asOf: asOf, knownAt: knownAt).rows
            .map { RegionCount(code: $0.code, name: $0.name, count: $0.count) }
        let last = YearMonth(asOf)
        let back = last.year * 12 + last.month - 1 - (trendMonths - 1)
        let first = YearMonth(year: back / 12, month: back % 12 + 1)!
        let trend = try Tier.allCases.map { tier in
            let series = try self.series(tier: tier, from: first, to: last, every: .month, region: region,
                                         endingOn: asOf, knownAt: knownAt)
            // The legend holds four names on one line: the codes in English, whose names are long.
            return TrendSeries(name: language == .zh ? name(tier) : tier.rawValue, tier: tier,
                               points: series.points.map { TrendSeries.Point(month: $0.label, count: $0.total) })
        }
        let cohorts = try cohort(tier: .hnte, region: region, asOf: asOf, knownAt: knownAt).rows.map {
            CohortRow(issueYear: $0.year, issued: $0.issued, stillValid: $0.valid, revoked: $0.revoked,
                      recertified: $0.recertified, lapsed: $0.lapsed, pending: $0.pending,
                      retentionBasisPoints: $0.retentionTenths.map { $0 * 10 })
        }
        let funnel = try self.funnel(from: .tsme, to: .hnte, region: region, asOf: asOf, knownAt: knownAt).rows.map {
            FunnelRow(admissionYear: $0.year, admitted: $0.entered, reachedHigher: $0.reached,
                      medianDays: $0.medianDays.map { Int($0.rounded()) })
        }
        // A call list, so certificates and list memberships, soonest first and at most `expiringLimit`;
        // 科小 registrations all end with their evaluation year and are followed up as a batch.
        let soon = try [Tier.hnte, .growth, .leader].flatMap { tier in
            try self.expiring(tier: tier, withinDays: expiringDays, region: region, asOf: asOf, knownAt: knownAt).rows
        }.sorted { ($0.lastValidDay ?? $0.end ?? asOf, $0.creditCode) < ($1.lastValidDay ?? $1.end ?? asOf, $1.creditCode) }
        let expiring = soon.prefix(expiringLimit).map {
            ExpiringRow(creditCode: $0.creditCode, name: $0.name, city: Registry.placeName($0.location, within: within),
                        tier: $0.tier,
                        number: $0.number, endDay: $0.lastValidDay ?? $0.end ?? asOf, contact: $0.contact, phone: $0.phone)
        }
        var notes = [
            ReportText.noteValid.text(in: language, ["policy": policy.label, "years": policy.validity.hnte.years,
                                                     "end": (policy.validity.hnte.end == .civilCode ? ReportText.endCivilCode
                                                             : ReportText.endMinusOneDay).text(in: language)]),
            ReportText.notePlace.text(in: language),
            ReportText.noteRetention.text(in: language, ["days": policy.statistics.recertificationWindowDays]),
            ReportText.noteExpiringTiers.text(in: language),
        ]
        if soon.count > expiringLimit {
            notes.append(ReportText.noteExpiringLimit.text(in: language, ["limit": expiringLimit, "total": soon.count,
                                                                          "days": expiringDays]))
        }
        return ReportContent(
            title: ReportText.title.text(in: language, ["area": area.name]), asOf: asOf, knownAt: knownAt,
            policyLabel: policy.label, generatedAt: generatedAt, headline: headline, validByCity: cities,
            placeLevel: (within == nil ? ReportText.placeCity : ReportText.placeCounty).text(in: language),
            monthlyTrend: trend, cohorts: cohorts, funnel: funnel, expiring: expiring, expiringWindowDays: expiringDays,
            notes: notes, language: language)
    }

    /// Where a listed firm is: its city in the province's report, its county in a region's.
    static func placeName(_ location: Location, within region: Region?) -> String {
        guard region != nil else { return location.reportingRegion.name }
        return location.division.name ?? location.division.code
    }
}
