import GRDB

/// The firms a search lists, read through the seam: on SQLite `matches(_ db:…)` (its raw
/// statements are measured); elsewhere the same three queries (`Enterprise.columns`,
/// `Event.columns`, `correctionColumns`), their rows read by column position, and the same
/// listing (`listed`). The row readers (the log's too) are here until the seam has shared ones.
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
        return try firms.map { firm in
            guard let enterprise = enterprises[firm.id] else {
                throw RegistryError.corrupt(detail: "enterprise \(firm.id) is named but missing")
            }
            let history = History(events: events[firm.id] ?? [], knownAt: knownAt, policy: policy.validity,
                                  nextListStart: calendar.nextListStart, corrections: corrections[firm.id] ?? [])
            return listed(enterprise, history: history, kind: firm.kind, asOf: asOf)
        }
    }

    /// How many columns `Event.columns` and `correctionColumns` name.
    static let eventColumnCount = Event.columns.split(separator: ",").count
    static let correctionColumnCount = correctionColumns.split(separator: ",").count
}
