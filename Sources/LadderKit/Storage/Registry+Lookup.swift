import GRDB

extension Registry {
    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock up front, so a concurrent
    /// writer waits (up to the busy timeout) instead of failing halfway.
    func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                try Registry.fillGrantPlaces(db)
                return .commit
            }
            return result!
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }

    static func enterprise(_ db: Database, code: CreditCode) throws -> Enterprise? {
        try Row.fetchOne(db, sql: "SELECT \(Enterprise.columns) FROM enterprise WHERE credit_code = ?",
                         arguments: [code.text]).map(Enterprise.init(row:))
    }

    /// The firm with this code, refused when it is not registered or was set aside as known at
    /// `knownAt` (now, when nil).
    static func requireEnterprise(_ db: Database, code: CreditCode, knownAt: Moment? = nil) throws -> Enterprise {
        guard let enterprise = try enterprise(db, code: code) else {
            throw RegistryError.unknownEnterprise(query: code.text)
        }
        return try requireRegistered(db, enterprise, knownAt: knownAt)
    }

    /// Finds a firm by credit code, or by its exact registered or later name (never guessing),
    /// among the firms not set aside as known at `knownAt`.
    static func resolve(_ db: Database, query: String, knownAt: Moment? = nil) throws -> Enterprise {
        let text = query.trimmingSpaces()
        if let code = try? CreditCode(text) { return try requireEnterprise(db, code: code, knownAt: knownAt) }
        var ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM enterprise WHERE name = ?1
            UNION
            SELECT r.enterprise_id FROM event r WHERE r.kind = 'rename' AND r.name = ?1
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """, arguments: [text])
        if ids.isEmpty { ids = try idsMatchingKey(db, name: text) }
        let setAside = try setAsideFirms(db, knownAt: knownAt)
        ids.removeAll(where: setAside.contains)
        if ids.isEmpty {
            // A code-shaped query that failed validation: explain why rather than "not found".
            if text.count >= 15, text.count <= 20, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                do { _ = try CreditCode(text) } catch { throw error }
            }
            throw RegistryError.unknownEnterprise(query: text)
        }
        let found = try ids.map { id in
            try Row.fetchOne(db, sql: "SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?", arguments: [id])
                .map(Enterprise.init(row:))!
        }
        guard found.count == 1 else {
            throw RegistryError.ambiguousName(name: text, candidates: found.map {
                "\($0.creditCode.text) \($0.registeredName)"
            })
        }
        return found[0]
    }

    /// Firms whose registered or later name equals `name` as a `NameKey` (bracket width and spaces
    /// aside): the second try of a lookup by name, a scan the registry keeps no index for.
    static func idsMatchingKey(_ db: Database, name: String) throws -> [Int64] {
        let key = NameKey.of(name)
        var ids: Set<Int64> = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, name FROM enterprise
            UNION ALL
            SELECT r.enterprise_id, r.name FROM event r WHERE r.kind = 'rename'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """)
        while let row = try rows.next() {
            if NameKey.of(row["name"]) == key { ids.insert(row["id"]) }
        }
        return ids.sorted()
    }

    static func events(_ db: Database, enterpriseID: Int64) throws -> [Event] {
        try Row.fetchAll(db, sql: "SELECT \(Event.columns) FROM event WHERE enterprise_id = ? ORDER BY id",
                         arguments: [enterpriseID]).map(Event.init(row:))
    }

    static func event(_ db: Database, id: Int64) throws -> Event? {
        try Row.fetchOne(db, sql: "SELECT \(Event.columns) FROM event WHERE id = ?", arguments: [id])
            .map(Event.init(row:))
    }

    /// A firm's history as known at `knownAt` (everything, when nil) under `policy`.
    static func history(_ db: Database, enterprise: Enterprise, knownAt: Moment?, policy: Policy) throws -> History {
        let events = try events(db, enterpriseID: enterprise.id)
        let calendar = try ListCalendar.load(db, knownAt: knownAt, needed: policy.validity.needsListCalendar)
        return History(events: events, knownAt: knownAt, policy: policy.validity,
                       nextListStart: calendar.nextListStart,
                       corrections: try corrections(db, enterpriseID: enterprise.id))
    }
}

extension ValidityPolicy {
    /// Whether any list term depends on the next list's day.
    var needsListCalendar: Bool { growth.term == .untilNextList || leader.term == .untilNextList }
}

extension Registry {
    /// A write outside an import changes the firm's state: an identical imported row must be
    /// checked again next time, not assumed unchanged.
    static func forgetImportedRow(_ db: Database, enterpriseID: Int64) throws {
        try db.execute(sql: "UPDATE enterprise SET row_digest = NULL WHERE id = ? AND row_digest IS NOT NULL",
                       arguments: [enterpriseID])
    }
}
