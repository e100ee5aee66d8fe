import GRDB

/// How much a registry holds: what `ladder verify`, `backup` and `restore` report.
public struct RegistryCounts: Equatable, Sendable {
    public var enterprises: Int
    public var events: Int
    public var facts: Int
    public var batches: Int

    public init(enterprises: Int, events: Int, facts: Int, batches: Int) {
        self.enterprises = enterprises
        self.events = events
        self.facts = facts
        self.batches = batches
    }

    /// Counted in `db`; a table an older schema lacks counts as empty.
    static func count(_ db: Database) throws -> RegistryCounts {
        func rows(_ table: String) throws -> Int {
            guard try db.tableExists(table) else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return RegistryCounts(enterprises: try rows("enterprise"), events: try rows("event"), facts: try rows("fact"),
                              batches: try rows("import_batch"))
    }

    /// Counted through a connection to a server's registry, which has every table.
    static func count(_ c: any RegistryConnection) throws -> RegistryCounts {
        func rows(_ table: String) throws -> Int {
            Int(try c.int64("SELECT count(*) FROM \(table)") ?? 0)
        }
        return RegistryCounts(enterprises: try rows("enterprise"), events: try rows("event"), facts: try rows("fact"),
                              batches: try rows("import_batch"))
    }

    /// `3,000 enterprises, 2,846 events`.
    public var summary: String {
        SystemText.counts.text(["enterprises": ImportSummary.grouped(enterprises), "events": ImportSummary.grouped(events)])
    }
}

extension Registry {
    public func counts() throws -> RegistryCounts {
        switch store {
        case .sqlite: try read(RegistryCounts.count)
        case .engine: try reading { c in try RegistryCounts.count(c) }
        }
    }
}
