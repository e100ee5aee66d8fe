import GRDB

extension Registry {
    /// The firms a search lists, as `matchFirmByFirm` reads them one at a time: their rows, events
    /// and corrections read in three queries for all of them (a firm's three queries cost more
    /// than building its history), each firm then listed from its own records.
    static func matches(_ db: Database, _ firms: [RankedFirm], asOf: Day, knownAt: Moment?, policy: Policy,
                        calendar: ListCalendar) throws -> [FirmMatch] {
        guard !firms.isEmpty else { return [] }
        let list = "[" + firms.map { String($0.id) }.joined(separator: ",") + "]"
        var enterprises: [Int64: Enterprise] = [:]
        // Cached: parsing these two statements cost a search more than reading their rows.
        let rows = try SQLiteStatement(cached: db.cachedStatement(sql: """
            SELECT \(Enterprise.columns) FROM enterprise WHERE id IN (SELECT value FROM json_each(?1))
            """), in: db)
        rows.bind(1, list)
        while try rows.step() {
            let enterprise = try Enterprise(statement: rows)
            enterprises[enterprise.id] = enterprise
        }
        // A listing shows names, places and positions: no event's provenance beyond its recording moment.
        var events: [Int64: [Event]] = [:]
        let eventRows = try SQLiteStatement(cached: db.cachedStatement(sql: """
            SELECT \(Event.columns) FROM event WHERE enterprise_id IN (SELECT value FROM json_each(?1))
            """), in: db)
        eventRows.bind(1, list)
        while try eventRows.step() {
            let event = try Event(statement: eventRows)
            events[event.enterpriseID, default: []].append(event)
        }
        var corrections: [Int64: [Correction]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(correctionColumns) FROM correction WHERE enterprise_id IN (SELECT value FROM json_each(?1))
            """), arguments: [list]) {
            let correction = try correction(row: row)
            corrections[correction.enterpriseID, default: []].append(correction)
        }
        return try listings(firms, enterprises: enterprises, events: events, corrections: corrections, asOf: asOf,
                            knownAt: knownAt, policy: policy, calendar: calendar)
    }

    /// Each ranked firm as a search lists it, from its records read in bulk.
    static func listings(_ firms: [RankedFirm], enterprises: [Int64: Enterprise], events: [Int64: [Event]],
                         corrections: [Int64: [Correction]], asOf: Day, knownAt: Moment?, policy: Policy,
                         calendar: ListCalendar) throws -> [FirmMatch] {
        try firms.map { firm in
            guard let enterprise = enterprises[firm.id] else {
                throw RegistryError.corrupt(detail: "enterprise \(firm.id) is named but missing")
            }
            // History orders events and corrections by id itself.
            let history = History(events: events[firm.id] ?? [], knownAt: knownAt, policy: policy.validity,
                                  nextListStart: calendar.nextListStart, corrections: corrections[firm.id] ?? [])
            return listed(enterprise, history: history, kind: firm.kind, asOf: asOf)
        }
    }

    /// The firm as a search lists it: names, place and position on `asOf`.
    static func listed(_ enterprise: Enterprise, history: History, kind: FirmMatch.Kind, asOf: Day) -> FirmMatch {
        let name = history.name(on: asOf, registered: enterprise.registeredName)
        var former: [String] = []
        for other in history.names(registered: enterprise.registeredName).map(\.name) where other != name && !former.contains(other) {
            former.append(other)
        }
        return FirmMatch(code: enterprise.creditCode, name: name, formerNames: former,
                         location: history.location(on: asOf, registered: enterprise.registeredLocation),
                         position: history.position(on: asOf), kind: kind)
    }

    /// One firm as listed, read with its own queries: how searches listed firms before
    /// `matches`, kept as the reference the bulk reading is tested against.
    static func matchFirmByFirm(_ db: Database, _ firm: RankedFirm, asOf: Day, knownAt: Moment?, policy: Policy,
                                calendar: ListCalendar) throws -> FirmMatch {
        guard let enterprise = try Row.fetchOne(db, sql: "SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?",
                                                arguments: [firm.id]).map(Enterprise.init(row:)) else {
            throw RegistryError.corrupt(detail: "enterprise \(firm.id) is named but missing")
        }
        let history = History(events: try events(db, enterpriseID: enterprise.id), knownAt: knownAt, policy: policy.validity,
                              nextListStart: calendar.nextListStart,
                              corrections: try corrections(db, enterpriseID: enterprise.id))
        return listed(enterprise, history: history, kind: firm.kind, asOf: asOf)
    }
}
