/// An import's storage on a database server, inside the import's one write transaction (which
/// holds the registry's write lock): ids are assigned here from the highest ones on file, new rows
/// are kept and loaded in bulk (`RegistryBulkLoading`: COPY), and the firms this import registered
/// are answered from memory. Every read of the database first writes what is kept (`flush`), so
/// the session's reads, here or through `connection`, see the import so far, as on SQLite.
final class ConnectedImportStore: ImportStore {
    let batchID: Int64
    /// The transaction's connection with every statement preceded by `flush`: the session's.
    private(set) var connection: any RegistryConnection
    private let raw: any RegistryConnection
    private let recordedAt: String
    private let operatorName: String
    /// True when the registry had no firms: a code not registered by this import is not on file.
    let startedEmpty: Bool
    /// The firms registered by this import: their ids by code, and each firm at its id less the first.
    private var newFirms: [String: Int64] = [:]
    private var newStored: [ImportStatements.Stored] = []
    /// Fingerprints to set on firms on file, applied at the next flush.
    private var digests: [(id: Int64, digest: Int64)] = []
    private var enterprises: ConnectedImportTable
    private var events: ConnectedImportTable
    private var facts: ConnectedImportTable
    private var profiles: ConnectedImportTable
    private var renewals: ConnectedImportTable
    /// A first import's indexes, set aside while it loads (`FirstLoadIndexes`).
    private var indexes = FirstLoadIndexes()
    /// The next batch's firms and numbers, read in bulk (`lookAhead(codes:numbers:)`).
    private var ahead = ImportLookAhead()
    /// Rows kept before they are loaded: a few MB of memory, a few COPY statements per million rows.
    static let chunk = 50_000

    init(_ connection: any RegistryConnection, batchID: Int64, context: WriteContext) throws {
        raw = connection
        self.connection = connection
        self.batchID = batchID
        recordedAt = context.at.iso
        operatorName = context.operatorName
        enterprises = try ConnectedImportTable(connection, "enterprise", [
            "id", "credit_code", "name", "division", "zone", "founded_on", "field", "contact", "phone",
            "created_at", "created_by", "batch_id", "row_digest"])
        events = try ConnectedImportTable(connection, "event", [
            "id", "enterprise_id", "kind", "effective_on", "tier", "number", "category", "year", "target_id", "name",
            "division", "zone", "ground", "reason", "recorded_at", "operator", "batch_id", "document", "note"])
        facts = try ConnectedImportTable(connection, "fact", [
            "id", "enterprise_id", "year", "facts", "digest", "recorded_at", "operator", "batch_id"])
        profiles = try ConnectedImportTable(connection, "profile_version", [
            "id", "enterprise_id", "founded_on", "field", "contact", "phone", "recorded_at", "operator", "batch_id"])
        renewals = try ConnectedImportTable(connection, "registration_change", [
            "id", "enterprise_id", "kind", "recorded_at", "operator", "batch_id"])
        startedEmpty = enterprises.firstID == 1
        self.connection = FlushingConnection(raw) { [unowned self] in try self.beforeRead() }
    }

    func enterprise(_ code: CreditCode) throws -> ImportStatements.Stored? {
        if let id = newFirms[code.text] { return newStored[Int(id - enterprises.firstID)] }
        guard !startedEmpty else { return nil }
        if let known = ahead.firm(code.text) { return known }
        return try connection.rows("SELECT \(ImportLookAhead.firmColumns) FROM enterprise WHERE credit_code = ?",
                                   [.text(code.text)]).first.map(Self.stored)
    }

    /// A firm on file from a row of `ImportLookAhead.firmColumns`.
    static func stored(_ row: StoredRow) -> ImportStatements.Stored {
        ImportStatements.Stored(
            id: row.int64(0) ?? 0, registeredName: row.text(1) ?? "",
            location: Location(division: RegionCode(trusted: row.text(2) ?? "000000"),
                               zone: row.text(3).flatMap(Zone.init(rawValue:))),
            isNew: false, rowDigest: row.int64(4), isSetAside: row.int64(5) == 1)
    }

    func lookAhead(codes: [CreditCode], numbers: [String]) throws {
        // A registry that started empty has only this import's firms, answered from memory.
        guard !startedEmpty, !codes.isEmpty || !numbers.isEmpty else { return }
        // Through `connection`: the rows kept so far are loaded first, so the answers include them.
        try ahead.read(codes: codes.map(\.text), numbers: numbers, on: connection)
    }

    func holder(firm id: Int64, on connection: any RegistryConnection) throws -> String? {
        if let known = ahead.holder(id) { return known }
        return try ImportLookAhead.readHolder(id, on: connection)
    }

    func registerAgain(id: Int64) throws {
        try add(to: \.renewals, [.integer(id), .text("renew"), .text(recordedAt), .text(operatorName), .integer(batchID)])
        ahead.change(firm: id) { $0.isSetAside = false }
    }

    func insert(code: CreditCode, name: String, location: Location, profile: EnterpriseProfileFields,
                rowDigest: Int64) throws -> Int64 {
        let id = try add(to: \.enterprises, [
            .text(code.text), .text(name), .text(location.division.code), StoredValue(location.zone?.rawValue),
            StoredValue(profile.founded?.iso), StoredValue(profile.field), StoredValue(profile.contact),
            StoredValue(profile.phone), .text(recordedAt), .text(operatorName), .integer(batchID), .integer(rowDigest)])
        newFirms[code.text] = id
        newStored.append(ImportStatements.Stored(id: id, registeredName: name, location: location, isNew: true,
                                                 rowDigest: rowDigest))
        return id
    }

    func correct(id: Int64, changes: EnterpriseProfileFields) throws {
        try add(to: \.profiles, [
            .integer(id), StoredValue(changes.founded?.iso), StoredValue(changes.field), StoredValue(changes.contact),
            StoredValue(changes.phone), .text(recordedAt), .text(operatorName), .integer(batchID)])
    }

    func remember(rowDigest: Int64, of id: Int64) throws {
        if id >= enterprises.firstID { newStored[Int(id - enterprises.firstID)].rowDigest = rowDigest }
        digests.append((id, rowDigest))
        ahead.change(firm: id) { $0.rowDigest = rowDigest }
    }

    func current(_ stored: ImportStatements.Stored, on day: Day) throws -> ImportStatements.Standing {
        var standing = ImportStatements.Standing(name: stored.registeredName, location: stored.location)
        guard !stored.isNew else { return standing }
        try connection.forEachRow(ImportStatements.changesSQL, [.integer(stored.id), .text(day.iso)]) { row in
            standing.apply(kind: row.text(0), name: row.text(1), division: row.text(2), zone: row.text(3))
        }
        return standing
    }

    func grants(number: String, kind: EventKind) throws -> [(id: Int64, enterpriseID: Int64, effective: String)] {
        if let known = ahead.grants(number: number, kind: kind) { return known }
        return try connection.rows("""
            SELECT g.id, g.enterprise_id, g.effective_on FROM event g
            WHERE g.number = ? AND g.kind = ?
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = g.id)
            ORDER BY g.id
            """, [.text(number), .text(kind.rawValue)]).map { ($0.int64(0) ?? 0, $0.int64(1) ?? 0, $0.text(2) ?? "") }
    }

    @discardableResult
    func insertEvent(enterpriseID: Int64, detail: EventDetail, effective: Day, document: String?,
                     note: String?) throws -> Int64 {
        let c = detail.columns(effective: effective)
        ahead.forget(event: detail, effective: effective)
        return try add(to: \.events, [
            .integer(enterpriseID), .text(detail.kind.rawValue), .text(effective.iso),
            StoredValue(detail.grantedTier?.rawValue), StoredValue(c.number), StoredValue(c.category),
            StoredValue(c.year), StoredValue(c.target), StoredValue(c.name), StoredValue(c.division),
            StoredValue(c.zone), StoredValue(c.ground), StoredValue(c.reason), .text(recordedAt),
            .text(operatorName), .integer(batchID), StoredValue(document), StoredValue(note)])
    }

    func factDigests(enterpriseID: Int64, year: Int) throws -> [Int64] {
        try connection.rows("""
            SELECT digest FROM fact f WHERE enterprise_id = ? AND year = ?
              AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = f.batch_id)
            """, [.integer(enterpriseID), .integer(Int64(year))]).compactMap { $0.int64(0) }
    }

    func insertFact(enterpriseID: Int64, year: Int, json: String, digest: Int64) throws {
        try add(to: \.facts, [.integer(enterpriseID), .integer(Int64(year)), .text(json), .integer(digest),
                              .text(recordedAt), .text(operatorName), .integer(batchID)])
    }

    /// Keeps a row with the next id of its table; loads the kept rows once there are enough.
    @discardableResult
    private func add(to table: ReferenceWritableKeyPath<ConnectedImportStore, ConnectedImportTable>,
                     _ values: [StoredValue]) throws -> Int64 {
        let id = self[keyPath: table].keep(values)
        if keptCount >= Self.chunk {
            try flush()
        }
        return id
    }

    /// Before the session reads the database: what is kept is written, and a first import's
    /// indexes are there for the read (built again if they were set aside).
    private func beforeRead() throws {
        indexes.beforeRead(rowsKept: keptCount)
        try flush()
        try indexes.buildAgain(raw)
    }

    private var keptCount: Int { enterprises.count + events.count + facts.count + profiles.count + renewals.count }

    /// Writes every kept row, firms first (the others refer to them), then the fingerprints.
    func flush() throws {
        if startedEmpty, keptCount > 0 { try indexes.setAside(raw) }
        for table in [\ConnectedImportStore.enterprises, \.renewals, \.profiles, \.events, \.facts] {
            try self[keyPath: table].load(raw)
        }
        guard !digests.isEmpty else { return }
        // One statement per few hundred firms, not one round trip each.
        for start in stride(from: 0, to: digests.count, by: 500) {
            let part = digests[start..<min(start + 500, digests.count)]
            try raw.execute("UPDATE enterprise AS e SET row_digest = v.digest FROM (VALUES "
                                + Array(repeating: "(CAST(? AS bigint), CAST(? AS bigint))", count: part.count)
                                    .joined(separator: ", ")
                                + ") AS v (id, digest) WHERE e.id = v.id",
                            part.flatMap { [StoredValue.integer($0.id), .integer($0.digest)] })
        }
        digests.removeAll(keepingCapacity: true)
    }

    /// Writes what is kept, lets each table's ids continue after the ones given here and builds
    /// any indexes set aside: done before the transaction commits.
    func finish() throws {
        try flush()
        if let loading = raw as? any RegistryBulkLoading {
            for table in [enterprises, renewals, profiles, events, facts] where table.wrote {
                try loading.continueIDs(of: table.name)
            }
        }
        try indexes.buildAgain(raw)
    }
}
