import Foundation
import Hummingbird
import LadderKit

/// The dashboard's progress toward the region's targets (the rows of `ladder targets`) and its
/// monthly trend (`ladder series --every month` for each tier), by the same library reads.
extension PageRoutes {
    static let trendMonths = 12

    /// The targets in force for `region` and the regions within it, each with its count on the
    /// day, the count a year before, the projection and the status, as `ladder targets` gives them.
    func targetValues(region: Region?, day: Day, moment: Moment) throws -> [String: Any] {
        let report = try registry.targets(region: region, asOf: day, knownAt: moment)
        let rows = report.rows.map(PageRoutes.targetRow)
        return ["targets": rows, "hasTargets": !rows.isEmpty,
                "targetYearBefore": TargetText.columnYearBefore.text(["day": report.yearBefore.iso]),
                "targetNote": TargetText.projectionNote.text(),
                "targetHead": ["tier": TargetText.columnTier.text(), "region": TargetText.columnName.text(),
                               "target": TargetText.columnTarget.text(), "due": TargetText.columnDue.text(),
                               "current": TargetText.columnCurrent.text(), "projection": TargetText.columnProjection.text(),
                               "status": TargetText.columnStatus.text()]]
    }

    /// Valid firms of each tier on the last day of each of the last `trendMonths` months up to the
    /// day's month, that month's point on the day itself (as the report's trend: never a count of
    /// a day still to come), as a table and a chart.
    func trendValues(region: Region?, day: Day, moment: Moment) throws -> [String: Any] {
        let last = YearMonth(day)
        let back = last.year * 12 + last.month - 1 - (PageRoutes.trendMonths - 1)
        let first = YearMonth(year: back / 12, month: back % 12 + 1)!
        let reports = try Tier.allCases.map { tier in
            try registry.series(tier: tier, from: first, to: last, every: .month, region: region, endingOn: day,
                                knownAt: moment)
        }
        let months = reports.first?.points.map(\.label) ?? []
        let rows = months.indices.map { index -> [String: Any] in
            ["month": months[index], "end": reports[0].points[index].end.iso, "counts": reports.map { report -> [String: Any] in
                let count = report.points[index].total
                return ["tier": report.tier.rawValue, "count": count, "shown": ProseFormat.grouped(count)]
            }]
        }
        let chart = PageTrendChart(months: months, series: reports.map { report in
            PageTrendChart.Series(tier: report.tier, counts: report.points.map(\.total))
        })
        return ["trendTitle": PageOverviewText.trendTitle.text(["count": PageRoutes.trendMonths]),
                "trendRows": rows, "trendChart": chart.values,
                "trendLabel": PageOverviewText.trendChart.text(["from": first.description, "to": last.description]),
                "trendLegend": Tier.allCases.map { ["tier": $0.rawValue, "name": $0.heading()] }]
    }
}
