import GRDB

/// `Registry+RegionScope`'s reads through the seam: SQLite's own statements on a SQLite
/// registry, the same reads and the same placing (`Corrections.place`) on another engine.
extension Registry {
    /// As `firms(_ db:ids:in:on:knownAt:)`: the ids among `ids` of firms placed in `region` on `day`.
    static func firms(_ c: any RegistryConnection, ids: [Int64], in region: Region, on day: Day,
                      knownAt: Moment?) throws -> Set<Int64> {
        if let db = (c as? GRDBConnection)?.database { return try firms(db, ids: ids, in: region, on: day, knownAt: knownAt) }
        guard !ids.isEmpty else { return [] }
        let corrections = try ConnectionStatisticsReads(connection: c).corrections(knownAt: knownAt)
        var inside: Set<Int64> = []
        try c.forEachRow("SELECT id, division, zone FROM enterprise WHERE id IN \(c.dialect.ids())", [.text(jsonArray(ids))]) { row in
            guard let id = row.int64(0) else { return }
            if region.contains(corrections.place(of: id, on: day, registered: registeredPlace(row))) { inside.insert(id) }
        }
        return inside
    }

    /// As `placedFirms(_ db:in:on:)`: every firm placed in `region` on `day` (its latest place when
    /// nil), by credit code, with its id and where it registered.
    static func placedFirms(_ c: any RegistryConnection, in region: Region, on day: Day?) throws
        -> [String: (id: Int64, registered: PlaceKey)] {
        if let db = (c as? GRDBConnection)?.database { return try placedFirms(db, in: region, on: day) }
        let corrections = try ConnectionStatisticsReads(connection: c).corrections(knownAt: nil)
        let day = day ?? Day(ordinal: Int(Int32.max))
        var firms: [String: (id: Int64, registered: PlaceKey)] = [:]
        try c.forEachRow("SELECT id, division, zone, credit_code FROM enterprise", []) { row in
            guard let id = row.int64(0), let code = row.text(3) else { return }
            let registered = registeredPlace(row)
            if region.contains(corrections.place(of: id, on: day, registered: registered)) { firms[code] = (id, registered) }
        }
        return firms
    }

    /// As `accounts(_ db:within:)`: the accounts whose region is `region` or lies within it.
    static func accounts(_ c: any RegistryConnection, within region: Region) throws -> RegionAccounts {
        if let db = (c as? GRDBConnection)?.database { return try accounts(db, within: region) }
        var accounts = RegionAccounts()
        try c.forEachRow("SELECT id, name, region FROM account", []) { row in
            if let id = row.int64(0), let name = row.text(1), let stored = row.text(2).flatMap(Region.init(stored:)),
               region.includes(stored) {
                accounts.ids.insert(id)
                accounts.names.insert(name)
            }
        }
        return accounts
    }

    /// Where a firm registered, from a row whose columns 1 and 2 are division and zone.
    private static func registeredPlace(_ row: StoredRow) -> PlaceKey {
        PlaceKey(divisionDigits: row.text(1).flatMap { Int($0) } ?? 0, zone: row.text(2).flatMap(Zone.init(rawValue:)))
    }
}
