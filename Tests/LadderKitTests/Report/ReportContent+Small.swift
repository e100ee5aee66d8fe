@testable import LadderKit

/// A small fixed report for the golden file: a few rows per section, an optional value
/// missing here and there, and markup characters in names.
extension ReportContent {
    static var small: ReportContent {
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
        return ReportContent(
            title: "测试市科技企业梯次培育报告",
            asOf: day(2025, 3, 31),
            knownAt: nil,
            policyLabel: "jiangxi-2023 v1",
            generatedAt: Moment(parsing: "2025-04-01T01:02:03Z", defaultOffsetSeconds: 0)!,
            headline: [
                HeadlineFigure(label: "有效期内高新技术企业", tier: .hnte, value: 120, target: 150, due: day(2025, 12, 31),
                               valueOneYearEarlier: 100, projected: 140, onTrack: false),
                HeadlineFigure(label: "备案众创空间", value: 7, unit: "个"),
            ],
            validByCity: [
                RegionCount(code: "360100", name: "南昌市", count: 80),
                RegionCount(code: "360700", name: "赣州市", count: 40),
                RegionCount(code: "ganjiang", name: "赣江新区", count: 0),
            ],
            monthlyTrend: [
                TrendSeries(name: "高新技术企业", tier: .hnte, points: [
                    .init(month: "2025-01", count: 110), .init(month: "2025-02", count: 115), .init(month: "2025-03", count: 120),
                ]),
                TrendSeries(name: "其他", points: [.init(month: "2025-02", count: 3), .init(month: "2025-03", count: 4)]),
            ],
            cohorts: [
                CohortRow(issueYear: 2021, issued: 50, stillValid: 0, revoked: 2, recertified: 30, lapsed: 18,
                          retentionBasisPoints: 6000),
                CohortRow(issueYear: 2024, issued: 0, stillValid: 0, revoked: 0, recertified: 0, lapsed: 0,
                          retentionBasisPoints: nil),
            ],
            funnel: [
                FunnelRow(admissionYear: 2023, admitted: 200, reachedHigher: 30, medianDays: 400),
                FunnelRow(admissionYear: 2024, admitted: 250, reachedHigher: 0),
            ],
            expiring: [
                ExpiringRow(creditCode: "914403001922038216", name: "A&B \"联合\" <研发> 有限公司", city: "南昌市", tier: .hnte,
                            number: "GR202236000123", endDay: day(2025, 4, 20), contact: "王女士", phone: "0791-0000000"),
                ExpiringRow(creditCode: "91360722MA35G1YK7R", name: "赣州某科技有限公司", city: "赣州市", tier: .tsme,
                            number: "2025360702A0000001", endDay: day(2025, 6, 29)),
            ],
            notes: ["留存率 =（仍有效 + 重新认定）÷ 认定数。"]
        )
    }

    /// Nothing but the title and dates: every section should say 暂无数据.
    static var blank: ReportContent {
        ReportContent(title: "空报告", asOf: Day(year: 2025, month: 1, day: 1)!, policyLabel: "jiangxi-2023 v1",
                      generatedAt: Moment(microseconds: 0))
    }

    /// Every text field carries a script tag.
    static var hostile: ReportContent {
        let evil = "<script>alert(1)</script>"
        var content = ReportContent.small
        content.title = evil
        content.policyLabel = evil
        content.headline[0].label = evil
        content.headline[1].unit = evil
        content.validByCity[0].name = evil
        content.monthlyTrend[0].name = evil
        content.monthlyTrend[1].points[0].month = evil
        content.expiring[0].name = evil
        content.expiring[0].creditCode = evil
        content.expiring[0].city = evil
        content.expiring[0].number = evil
        content.expiring[0].contact = evil
        content.expiring[0].phone = evil
        content.notes = [evil]
        return content
    }
}
