/// The list calendar through the seam, on both engines (per firm on SQLite: a cached statement).
extension ListCalendar {
    static func load(_ connection: any RegistryConnection, knownAt: Moment?, needed: Bool) throws -> ListCalendar {
        var calendar = ListCalendar()
        guard needed else { return calendar }
        try connection.forEachCachedRow(firstDaysSQL, [.text(knownAt?.iso ?? "9999")]) { row in
            guard let tier = row.text(0).flatMap(Tier.init(rawValue:)), let year = row.int64(1), let day = row.day(2)
            else { return }
            calendar.firstDay[tier, default: [:]][Int(year)] = day
        }
        return calendar
    }
}
