import GRDB

extension Registry {
    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock up front, so a concurrent
    /// writer waits (up to the busy timeout) instead of failing halfway.
    /// SQLite only (a server's registry throws `notOnServer`); `writing` runs on both engines.
    func transaction<T>(_ body: (Database) throws -> T, operation: String = #function) throws -> T {
        try sqliteWriter(operation).writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                try Registry.fillGrantPlaces(db)
                try Registry.fillFirmNames(db)
                return .commit
            }
            return result!
        }
    }

    /// SQLite only (a server's registry throws `notOnServer`); `reading` runs on both engines.
    func read<T>(_ body: (Database) throws -> T, operation: String = #function) throws -> T {
        try sqliteWriter(operation).read(body)
    }

    static func enterprise(_ c: any RegistryConnection, code: CreditCode) throws -> Enterprise? {
        try c.cachedRows("SELECT \(Enterprise.columns) FROM enterprise WHERE credit_code = ?", [.text(code.text)])
            .first.map(Enterprise.init(stored:))
    }

    /// The firm with this code, refused when it is not registered or was set aside as known at
    /// `knownAt` (now, when nil).
    static func requireEnterprise(_ c: any RegistryConnection, code: CreditCode, knownAt: Moment? = nil) throws -> Enterprise {
        guard let enterprise = try enterprise(c, code: code) else {
            throw RegistryError.unknownEnterprise(query: code.text)
        }
        return try requireRegistered(c, enterprise, knownAt: knownAt)
    }

    /// Finds a firm by credit code (in any form people paste), or by its exact registered or later
    /// name compared as a `NameKey` (never guessing), among the firms not set aside as known at
    /// `knownAt`. A name not found names the nearest instead.
    static func resolve(_ c: any RegistryConnection, query: String, knownAt: Moment? = nil) throws -> Enterprise {
        switch try FirmQuery(query) {
        case let .code(code):
            return try requireEnterprise(c, code: code, knownAt: knownAt)
        case let .name(text, key):
            guard !key.isEmpty else { throw RegistryError.emptyName }
            let setAside = try setAsideFirms(c, knownAt: knownAt)
            let ids = Set(try nameHits(c, key: key, whole: true, limit: 200).map(\.enterpriseID))
                .subtracting(setAside).sorted()
            // Only firms registered by `knownAt`: a read of an earlier moment never names a later firm.
            let found = try ids.compactMap { id in
                try c.cachedRows("SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?", [.integer(id)])
                    .first.map(Enterprise.init(stored:))
            }.filter { $0.createdAt.iso <= knownBound(knownAt) }
            if found.count > 1 {
                throw RegistryError.ambiguousName(name: text, candidates: found.map {
                    "\($0.creditCode.text) \($0.registeredName)"
                })
            }
            if let firm = found.first { return firm }
            let near = try nearestFirms(c, key: key, limit: 3, knownAt: knownAt, excluding: setAside)
            guard !near.firms.isEmpty else { throw RegistryError.unknownEnterprise(query: text) }
            throw RegistryError.unknownName(query: text, nearest: near.firms.map { "\($0.name) (\($0.code))" },
                                            more: near.total - near.firms.count)
        }
    }

    /// The credit code of the firm `query` names (see `resolve`): what a write given a name records on.
    public func creditCode(of query: String) throws -> CreditCode {
        try reading { c in try Registry.resolve(c, query: query).creditCode }
    }

    static func events(_ c: any RegistryConnection, enterpriseID: Int64) throws -> [Event] {
        try c.cachedRows("SELECT \(Event.columns) FROM event WHERE enterprise_id = ? ORDER BY id", [.integer(enterpriseID)])
            .map(Event.init(stored:))
    }

    static func event(_ c: any RegistryConnection, id: Int64) throws -> Event? {
        try c.rows("SELECT \(Event.columns) FROM event WHERE id = ?", [.integer(id)]).first.map(Event.init(stored:))
    }

    /// A firm's history as known at `knownAt` (everything, when nil) under `policy`.
    static func history(_ c: any RegistryConnection, enterprise: Enterprise, knownAt: Moment?, policy: Policy) throws -> History {
        let events = try events(c, enterpriseID: enterprise.id)
        let calendar = try ListCalendar.load(c, knownAt: knownAt, needed: policy.validity.needsListCalendar)
        return History(events: events, knownAt: knownAt, policy: policy.validity,
                       nextListStart: calendar.nextListStart,
                       corrections: try corrections(c, enterpriseID: enterprise.id))
    }
}

extension ValidityPolicy {
    /// Whether any list term depends on the next list's day.
    var needsListCalendar: Bool { growth.term == .untilNextList || leader.term == .untilNextList }
}

extension Registry {
    /// A write outside an import changes the firm's state: an identical imported row must be
    /// checked again next time, not assumed unchanged.
    static func forgetImportedRow(_ c: any RegistryConnection, enterpriseID: Int64) throws {
        try c.execute("UPDATE enterprise SET row_digest = NULL WHERE id = ? AND row_digest IS NOT NULL",
                      [.integer(enterpriseID)])
    }
}

extension Registry {
    /// The firm on file under `code`, its registration set aside or not; nil when there is none.
    public func enterpriseOnFile(_ code: CreditCode) throws -> Enterprise? {
        try reading { c in try Registry.enterprise(c, code: code) }
    }
}
