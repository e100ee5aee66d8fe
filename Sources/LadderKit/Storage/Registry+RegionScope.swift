import GRDB

/// Narrowing the reads that have no place of their own (find, the log, import batches) to a
/// region: firms by where they are on a day, as every count places them; records by the account
/// that made them.
extension Registry {
    /// The ids among `ids` of firms placed in `region` on `day` (their last relocation or place
    /// correction effective by then, as known at `knownAt`, else where they registered).
    static func firms(_ db: Database, ids: [Int64], in region: Region, on day: Day, knownAt: Moment?) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let corrections = try corrections(db, knownAt: knownAt, firms: ids)
        var inside: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, division, zone FROM enterprise WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [jsonArray(ids)]) {
            let id: Int64 = row[0]
            if region.contains(corrections.place(of: id, on: day, registered: registeredPlace(row))) { inside.insert(id) }
        }
        return inside
    }

    /// The credit codes of every firm placed in `region` on `day` (its latest place when nil).
    static func creditCodes(_ db: Database, in region: Region, on day: Day?, knownAt: Moment?) throws -> Set<String> {
        let corrections = try corrections(db, knownAt: knownAt)
        let day = day ?? Day(ordinal: Int(Int32.max))
        var codes: Set<String> = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, division, zone, credit_code FROM enterprise")
        while let row = try rows.next() {
            if region.contains(corrections.place(of: row[0], on: day, registered: registeredPlace(row))) { codes.insert(row[3]) }
        }
        return codes
    }

    /// Every firm placed in `region` on `day` (its latest place when nil), by credit code, with its
    /// id and where it registered: for following its place from day to day.
    static func placedFirms(_ db: Database, in region: Region, on day: Day?) throws
        -> [String: (id: Int64, registered: PlaceKey)] {
        let corrections = try corrections(db, knownAt: nil)
        let day = day ?? Day(ordinal: Int(Int32.max))
        var firms: [String: (id: Int64, registered: PlaceKey)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, division, zone, credit_code FROM enterprise")
        while let row = try rows.next() {
            let (id, registered) = (row[0] as Int64, registeredPlace(row))
            if region.contains(corrections.place(of: id, on: day, registered: registered)) { firms[row[3]] = (id, registered) }
        }
        return firms
    }

    /// The accounts whose region is `region` or lies within it (a city's include its counties'):
    /// whose records a bureau of `region` sees as its own.
    static func accounts(_ db: Database, within region: Region) throws -> RegionAccounts {
        var accounts = RegionAccounts()
        for row in try Row.fetchAll(db, sql: "SELECT id, name, region FROM account") {
            if let stored = Region(stored: row[2]), region.includes(stored) {
                accounts.ids.insert(row[0])
                accounts.names.insert(row[1])
            }
        }
        return accounts
    }

    /// Where a firm registered, from an `enterprise` row whose columns 1 and 2 are division and zone.
    private static func registeredPlace(_ row: Row) -> PlaceKey {
        PlaceKey(divisionDigits: Int(row[1] as String) ?? 0, zone: (row[2] as String?).flatMap(Zone.init(rawValue:)))
    }
}
