/// The one-page HTML report: headline figures against targets, 高企 by city, the trend, cohort
/// retention, the ladder funnel and who expires soon — every figure from the statistics reads.
/// The report of a region (`region`, default the province) counts only the firms in it, shows its
/// own targets, and breaks a city down by county instead of the province by city.
extension Registry {
    public func reportContent(region: Region? = nil, asOf: Day, knownAt: Moment? = nil, generatedAt: Moment,
                              trendMonths: Int = 24, expiringDays: Int = 90,
                              expiringLimit: Int = 200) throws -> ReportContent {
        let policy = try policy(knownAt: knownAt)
        // Without a region, the counts are the registry's as `stats` gives them (省外 included).
        let area = region ?? .province
        let within = area == .province ? region : area
        let byTier = try stats(tier: nil, by: .tier, region: region, asOf: asOf, knownAt: knownAt)
        let targets = try targets(region: area, asOf: asOf, knownAt: knownAt)
        let headline = Tier.allCases.map { tier -> HeadlineFigure in
            let value = byTier.rows.first { $0.code == tier.rawValue }?.count ?? 0
            guard let row = targets.rows.first(where: { $0.target.tier == tier && $0.target.region == area }) else {
                return HeadlineFigure(label: "有效\(tier.chineseName)", tier: tier, value: value)
            }
            return HeadlineFigure(label: "有效\(tier.chineseName)", tier: tier, value: row.current, target: row.target.count,
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
            return TrendSeries(name: tier.chineseName, tier: tier,
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
            "有效: 资格已开始、未到期、未被撤销；到期日按政策 \(policy.label) 计算"
                + "（高企 \(policy.validity.hnte.years) 年，\(policy.validity.hnte.end.rawValue)）。",
            "按地区统计时以企业在统计日的所在地为准；赣江新区单列，其企业不计入南昌市、九江市及所在县区。",
            "留存率 = 重新认定 ÷（重新认定 + 到期未重新认定）；重新认定窗口为到期日前后 "
                + "\(policy.statistics.recertificationWindowDays) 天，窗口未关闭的不计入。",
            "到期名单含高新技术企业、高成长性和领军企业；科技型中小企业登记随评价年度统一到期，不逐家列出。",
        ]
        if soon.count > expiringLimit {
            notes.append("到期名单仅列最早到期的 \(expiringLimit) 家（共 \(soon.count) 家）；完整名单: "
                + "ladder expiring --within \(expiringDays) --format csv。")
        }
        return ReportContent(
            title: "\(area.name)科技企业梯次培育报告", asOf: asOf, knownAt: knownAt, policyLabel: policy.label,
            generatedAt: generatedAt, headline: headline, validByCity: cities,
            placeLevel: within == nil ? "设区市" : "县区", monthlyTrend: trend, cohorts: cohorts,
            funnel: funnel, expiring: expiring, expiringWindowDays: expiringDays,
            notes: notes)
    }

    /// Where a listed firm is: its city in the province's report, its county in a region's.
    static func placeName(_ location: Location, within region: Region?) -> String {
        guard region != nil else { return location.reportingRegion.name }
        return location.division.name ?? location.division.code
    }
}
