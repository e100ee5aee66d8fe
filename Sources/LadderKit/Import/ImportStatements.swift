import GRDB

/// The statements an import runs per row, prepared once for the whole file.
final class ImportStatements {
    struct Stored {
        let id: Int64
        let registeredName: String
        let location: Location
        /// Created by the batch being imported (so it can have no earlier events).
        let isNew: Bool
        /// The fingerprint of the imported row that last set this firm's state, if still valid.
        var rowDigest: Int64?
        /// Its registration was set aside (a voided batch, or by mistake): the row takes it up again.
        var isSetAside = false
    }

    private let findByCode: SQLiteStatement
    private let insertEnterprise: SQLiteStatement
    private let insertProfileVersion: SQLiteStatement
    private let insertRenewal: SQLiteStatement
    private let setDigest: SQLiteStatement
    private let changes: SQLiteStatement
    /// One statement per kind: a bound `kind` would be compared with the partial indexes'
    /// constants, and SQLite then re-prepares the statement on every new binding.
    private let grantsByNumber: [EventKind: SQLiteStatement]
    private let insertEvent: SQLiteStatement
    private let factDigests: SQLiteStatement
    private let insertFact: SQLiteStatement
    let batchID: Int64
    /// The batch's transaction time and operator, formatted once for every row.
    private let recordedAt: String
    private let operatorName: String

    init(_ db: Database, batchID: Int64, context: WriteContext) throws {
        self.batchID = batchID
        recordedAt = context.at.iso
        operatorName = context.operatorName
        findByCode = try SQLiteStatement(db, """
            SELECT id, name, division, zone, batch_id IS ?2, row_digest,
                   (SELECT c.kind FROM registration_change c WHERE c.enterprise_id = enterprise.id
                    ORDER BY c.id DESC LIMIT 1) IS 'void'
            FROM enterprise WHERE credit_code = ?1
            """)
        insertRenewal = try SQLiteStatement(db, """
            INSERT INTO registration_change (enterprise_id, kind, recorded_at, operator, batch_id)
            VALUES (?, 'renew', ?, ?, ?)
            """)
        insertEnterprise = try SQLiteStatement(db, """
            INSERT INTO enterprise (credit_code, name, division, zone, founded_on, field, contact, phone,
                                    created_at, created_by, batch_id, row_digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertProfileVersion = try SQLiteStatement(db, """
            INSERT INTO profile_version (enterprise_id, founded_on, field, contact, phone, recorded_at, operator, batch_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        setDigest = try SQLiteStatement(db, "UPDATE enterprise SET row_digest = ?2 WHERE id = ?1")
        changes = try SQLiteStatement(db, ImportStatements.changesSQL)
        grantsByNumber = try Dictionary(uniqueKeysWithValues: [EventKind.admit, .certify].map { kind in
            (kind, try SQLiteStatement(db, """
                SELECT g.id, g.enterprise_id, g.effective_on FROM event g
                WHERE g.number = ?1 AND g.kind = '\(kind.rawValue)'
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = g.id)
                ORDER BY g.id
                """))
        })
        insertEvent = try SQLiteStatement(db, """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, category, year, target_id, name,
                division, zone, ground, reason, recorded_at, operator, batch_id, command, document, note, override)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)
            """)
        factDigests = try SQLiteStatement(db, """
            SELECT digest FROM fact f WHERE enterprise_id = ? AND year = ?
              AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = f.batch_id)
            """)
        insertFact = try SQLiteStatement(db, """
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, batch_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func enterprise(_ code: CreditCode) throws -> Stored? {
        findByCode.reset()
        findByCode.bind(1, code.text)
        findByCode.bind(2, batchID)
        guard try findByCode.step() else { return nil }
        let zone = findByCode.text(3).flatMap(Zone.init(rawValue:))
        return Stored(
            id: findByCode.int64(0), registeredName: findByCode.text(1) ?? "",
            location: Location(division: RegionCode(trusted: findByCode.text(2) ?? "000000"), zone: zone),
            isNew: findByCode.int64(4) == 1, rowDigest: findByCode.isNull(5) ? nil : findByCode.int64(5),
            isSetAside: findByCode.int64(6) == 1)
    }

    /// Takes up a set-aside firm's registration again, as of this batch.
    func registerAgain(id: Int64) throws {
        insertRenewal.reset()
        insertRenewal.bind(1, id); insertRenewal.bind(2, recordedAt); insertRenewal.bind(3, operatorName)
        insertRenewal.bind(4, batchID)
        try insertRenewal.execute()
    }

    func insert(code: CreditCode, name: String, location: Location, profile: EnterpriseProfileFields,
                rowDigest: Int64) throws -> Int64 {
        let s = insertEnterprise
        s.reset()
        s.bind(1, code.text); s.bind(2, name); s.bind(3, location.division.code); s.bind(4, location.zone?.rawValue)
        s.bind(5, profile.founded?.iso); s.bind(6, profile.field); s.bind(7, profile.contact); s.bind(8, profile.phone)
        s.bind(9, recordedAt); s.bind(10, operatorName); s.bind(11, batchID); s.bind(12, rowDigest)
        return try s.execute()
    }

    /// Records a correction: only the fields set in `changes`.
    func correct(id: Int64, changes: EnterpriseProfileFields) throws {
        let s = insertProfileVersion
        s.reset()
        s.bind(1, id); s.bind(2, changes.founded?.iso); s.bind(3, changes.field); s.bind(4, changes.contact)
        s.bind(5, changes.phone); s.bind(6, recordedAt); s.bind(7, operatorName); s.bind(8, batchID)
        try s.execute()
    }

    func remember(rowDigest: Int64, of id: Int64) throws {
        setDigest.reset()
        setDigest.bind(1, id)
        setDigest.bind(2, rowDigest)
        try setDigest.execute()
    }

    /// A firm's renames, relocations and place corrections in force on ?2, in order (?1: the firm).
    static let changesSQL = """
            SELECT kind, name, division, zone FROM (
                SELECT c.kind, c.name, c.division, c.zone, c.effective_on AS day, c.recorded_at AS at, 0 AS source, c.id
                FROM event c
                WHERE c.enterprise_id = ?1 AND c.kind IN ('rename', 'relocate') AND c.effective_on <= ?2
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = c.id)
                UNION ALL  -- place corrections, as History places them ('' from the start)
                SELECT 'relocate', NULL, k.division, k.zone, coalesce(k.effective_on, ''), k.recorded_at, 1, k.id
                FROM correction k
                WHERE k.enterprise_id = ?1 AND k.division IS NOT NULL AND coalesce(k.effective_on, '') <= ?2) AS changes
            ORDER BY day, at, source, id
            """

    /// A firm's name and place on a day, and the ones it had before them.
    struct Standing {
        var name: String
        var location: Location
        var earlierNames: [String] = []
        var earlierLocations: [Location] = []

        /// One row of the changes query (kind, new name, new division, new zone), in order.
        mutating func apply(kind: String?, name: String?, division: String?, zone: String?) {
            if kind == "rename", let name {
                earlierNames.append(self.name)
                self.name = name
            } else if let division {
                earlierLocations.append(location)
                location = Location(division: RegionCode(trusted: division), zone: zone.flatMap(Zone.init(rawValue:)))
            }
        }
    }

    /// The name and place in force on `day`, from the registered ones, the renames, and the
    /// relocations and place corrections.
    func current(_ stored: Stored, on day: Day) throws -> Standing {
        var standing = Standing(name: stored.registeredName, location: stored.location)
        guard !stored.isNew else { return standing }
        changes.reset()
        changes.bind(1, stored.id)
        changes.bind(2, day.iso)
        while try changes.step() {
            standing.apply(kind: changes.text(0), name: changes.text(1), division: changes.text(2), zone: changes.text(3))
        }
        return standing
    }

    /// Grants in force with `number`: (event id, firm id, effective day).
    func grants(number: String, kind: EventKind) throws -> [(id: Int64, enterpriseID: Int64, effective: String)] {
        guard let statement = grantsByNumber[kind] else { return [] }
        statement.reset()
        statement.bind(1, number)
        var found: [(Int64, Int64, String)] = []
        while try statement.step() {
            found.append((statement.int64(0), statement.int64(1), statement.text(2) ?? ""))
        }
        return found
    }

    @discardableResult
    func insertEvent(enterpriseID: Int64, detail: EventDetail, effective: Day, document: String?,
                     note: String?) throws -> Int64 {
        let c = detail.columns(effective: effective)
        let s = insertEvent
        s.reset()
        s.bind(1, enterpriseID); s.bind(2, detail.kind.rawValue); s.bind(3, effective.iso)
        s.bind(4, detail.grantedTier?.rawValue); s.bind(5, c.number); s.bind(6, c.category); s.bind(7, c.year)
        s.bind(8, c.target); s.bind(9, c.name); s.bind(10, c.division); s.bind(11, c.zone); s.bind(12, c.ground)
        s.bind(13, c.reason); s.bind(14, recordedAt); s.bind(15, operatorName); s.bind(16, batchID)
        s.bind(17, document); s.bind(18, note)
        return try s.execute()
    }

    func factDigests(enterpriseID: Int64, year: Int) throws -> [Int64] {
        factDigests.reset()
        factDigests.bind(1, enterpriseID)
        factDigests.bind(2, year)
        var digests: [Int64] = []
        while try factDigests.step() { digests.append(factDigests.int64(0)) }
        return digests
    }

    func insertFact(enterpriseID: Int64, year: Int, json: String, digest: Int64) throws {
        let s = insertFact
        s.reset()
        s.bind(1, enterpriseID); s.bind(2, year); s.bind(3, json); s.bind(4, digest); s.bind(5, recordedAt)
        s.bind(6, operatorName); s.bind(7, batchID)
        try s.execute()
    }
}
