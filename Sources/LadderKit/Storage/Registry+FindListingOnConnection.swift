import GRDB

/// The firms a search lists, read through the seam: on SQLite `matches(_ db:…)` (its raw
/// statements are measured); elsewhere the same three queries (`Enterprise.columns`,
/// `Event.columns`, `correctionColumns`), their rows read by column position, and the same
/// listing (`listings`).
extension Registry {
    static func matches(_ c: any RegistryConnection, _ firms: [RankedFirm], asOf: Day, knownAt: Moment?, policy: Policy,
                        calendar: ListCalendar) throws -> [FirmMatch] {
        if let db = (c as? GRDBConnection)?.database {
            return try matches(db, firms, asOf: asOf, knownAt: knownAt, policy: policy, calendar: calendar)
        }
        guard !firms.isEmpty else { return [] }
        let list = StoredValue.text(jsonArray(firms.map(\.id)))
        var enterprises: [Int64: Enterprise] = [:]
        try c.forEachRow("SELECT \(Enterprise.columns) FROM enterprise WHERE id IN \(c.dialect.ids())", [list]) { row in
            let enterprise = try Enterprise(stored: row)
            enterprises[enterprise.id] = enterprise
        }
        var events: [Int64: [Event]] = [:]
        try c.forEachRow("SELECT \(Event.columns) FROM event WHERE enterprise_id IN \(c.dialect.ids())", [list]) { row in
            let event = try Event(stored: row)
            events[event.enterpriseID, default: []].append(event)
        }
        var corrections: [Int64: [Correction]] = [:]
        try c.forEachRow("SELECT \(correctionColumns) FROM correction WHERE enterprise_id IN \(c.dialect.ids())", [list]) { row in
            let correction = try correction(stored: row)
            corrections[correction.enterpriseID, default: []].append(correction)
        }
        return try listings(firms, enterprises: enterprises, events: events, corrections: corrections, asOf: asOf,
                            knownAt: knownAt, policy: policy, calendar: calendar)
    }

    /// How many columns `Event.columns` and `correctionColumns` name.
    static let eventColumnCount = Event.columns.split(separator: ",").count
    static let correctionColumnCount = correctionColumns.split(separator: ",").count
}
