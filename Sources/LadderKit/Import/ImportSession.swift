import GRDB

/// Applies parsed rows to the registry inside the import's transaction, one row at a time:
/// every check of a row runs before any of its writes, so a rejected row leaves no trace.
final class ImportSession {
    /// The transaction's GRDB database on SQLite (its fast paths), nil on a server.
    let db: Database?
    /// The same transaction through the seam, for the firm core's reads (made once per import).
    let connection: any RegistryConnection
    let statements: any ImportStore
    let context: WriteContext
    let kind: ImportKind
    let policy: Policy
    var report: ImportReport
    /// Warnings found while checking a row against the registry, not yet recorded in the report.
    var warnings: [ImportIssue] = []
    /// Firm key → its first row in this file: row number (bits 32–62) and the low 32 bits of the
    /// row's firm digest (for an `asBefore` row, of its raw firm fingerprint). Packed into one word
    /// so a million-row file costs ~32 MB, not ~64.
    private var seen: [UInt64: UInt64] = [:]
    /// Firm and year → the first row giving that year's facts, packed the same way with the facts
    /// digest (for an `asBefore` row, the low bits of its raw fingerprint). Only for rows with facts.
    private var seenYears: [UInt64: UInt64] = [:]
    /// True when the registry had no firms when the import began: no row can match a stored one,
    /// so the per-row lookups are skipped (a repeated firm is caught by `seen`).
    let startedEmpty: Bool
    /// Hashes of the numbers this import recorded, when it started empty: a number not in here
    /// cannot be held by another firm, so the lookup is skipped (a hit is confirmed in the registry).
    var numbersRecorded: Set<UInt64> = []
    /// Built on the first row that names a firm without its code.
    var names: (any ImportNameLookup)?
    /// A first import's trigram index, built on another thread: every new firm's name is sent to it.
    var trigrams: TrigramIndexBuilder?
    /// The row fingerprints on file when the import began, loaded when the file is large against
    /// the registry (a scan is cheaper than a lookup per row): a row whose fingerprint is not here
    /// cannot be unchanged, and one that is needs no lookup, unless a row of this file has set
    /// its firm's fingerprint since (`spentDigests`).
    private let digestsOnFile: Set<Int64>?
    private var spentDigests: Set<Int64> = []

    /// The policy's maximum of each innovation part, by fact key (made once, not per row).
    let innovationMaxima: [String: Int]

    /// The file's header for each field it has, to name the column at fault.
    let headers: [ImportField: String]
    /// `ImportOptions.region`: only firms placed here may be changed.
    var region: Region?

    /// On SQLite: the import's prepared statements on the transaction's database.
    convenience init(db: Database, batchID: Int64, context: WriteContext, kind: ImportKind, report: ImportReport,
                     headers: [ImportField: String], expectedRows: Int = 0) throws {
        try self.init(store: try ImportStatements(db, batchID: batchID, context: context), connection: GRDBConnection(db),
                      db: db, batchID: batchID, context: context, kind: kind, report: report, headers: headers,
                      expectedRows: expectedRows)
    }

    /// `connection`: the import's transaction, the one `store` writes in.
    init(store: any ImportStore, connection: any RegistryConnection, db: Database?, batchID: Int64,
         context: WriteContext, kind: ImportKind, report: ImportReport, headers: [ImportField: String],
         expectedRows: Int = 0) throws {
        self.db = db
        self.connection = connection
        self.headers = headers
        self.statements = store
        startedEmpty = try connection.int64("SELECT CASE WHEN EXISTS (SELECT 1 FROM enterprise) THEN 1 ELSE 0 END") == 0
        // Sized once for the file: growing by doubling would hold two tables at the peak.
        seen.reserveCapacity(expectedRows)
        if startedEmpty { numbersRecorded.reserveCapacity(expectedRows) }
        let firms = Int(try connection.int64("SELECT max(id) FROM enterprise") ?? 0)
        if firms > 0, expectedRows >= firms / 4 {
            var digests = Set<Int64>(minimumCapacity: firms)
            let sql = "SELECT row_digest FROM enterprise WHERE row_digest IS NOT NULL"
            if let db {
                let rows = try Int64.fetchCursor(db, sql: sql)
                while let digest = try rows.next() { digests.insert(digest) }
            } else {
                try connection.forEachRow(sql, []) { row in if let digest = row.int64(0) { digests.insert(digest) } }
            }
            digestsOnFile = digests
        } else {
            digestsOnFile = nil
        }
        var context = context
        context.batchID = batchID
        context.command = nil
        self.context = context
        self.kind = kind
        self.policy = try Registry.policy(connection, knownAt: nil)
        let m = policy.eligibility.hnte.innovationMaxima
        innovationMaxima = [ImportField.innovationIP.rawValue: m.ip, ImportField.innovationConversion.rawValue: m.conversion,
                            ImportField.innovationRDManagement.rawValue: m.rdManagement,
                            ImportField.innovationGrowth.rawValue: m.growth]
        self.report = report
    }

    /// The header of `field` in this file, or empty when the file has no such column.
    func column(_ field: ImportField) -> String { headers[field] ?? "" }

    /// Reports a problem that does not stop the row.
    /// Collected here until the importer records them with the row's other problems.
    func warn(row: Int, column: String, value: String, _ message: @autoclosure () -> String) {
        warnings.append(ImportIssue(row: row, column: column, value: value, severity: .warning, saying: message))
    }

    /// What one row did.
    enum RowResult: Equatable {
        case changed
        case unchanged
        case rejected([ImportIssue])
    }

    /// A row whose fingerprint is the one its firm's state was last set from (and whose firm has
    /// not appeared earlier in this file) changes nothing: known without parsing or checking it.
    /// So does an exact copy of such a row.
    func unchangedAsBefore(code: CreditCode, rawKey: Int64, rawFirmKey: Int64, year: Int?, number: Int) throws -> Bool {
        guard !startedEmpty else { return false }
        let key = FNV1a.value(of: code.text)
        let raw = ImportSession.low(rawKey), rawFirm = ImportSession.low(rawFirmKey)
        if let first = seen[key] {
            guard first & ImportSession.asBefore != 0, first & ImportSession.lowMask == rawFirm else { return false }
            guard let year else { return true }
            guard let given = seenYears[ImportSession.yearKey(key, year)] else { return false }
            return given & ImportSession.asBefore != 0 && given & ImportSession.lowMask == raw
        }
        if let digestsOnFile {
            // The fingerprint covers the code cell, so a match is this firm's.
            guard digestsOnFile.contains(rawKey), !spentDigests.contains(rawKey) else { return false }
        } else {
            guard let stored = try statements.enterprise(code), stored.rowDigest == rawKey else { return false }
        }
        seen[key] = ImportSession.asBefore | UInt64(number) << 32 | rawFirm
        if let year { seenYears[ImportSession.yearKey(key, year)] = ImportSession.asBefore | UInt64(number) << 32 | raw }
        return true
    }

    /// Whether a row with this fingerprint may be known unchanged by `unchangedAsBefore`, so that
    /// parsing it can wait for that answer; asked on the thread that reads the rows.
    var mayBeUnchanged: @Sendable (Int64) -> Bool {
        // Without the fingerprints at hand every row is parsed there, in parallel, used or not.
        guard let digests = digestsOnFile else { return { _ in false } }
        return { digests.contains($0) }
    }

    /// Marks a `seen` entry made by `unchangedAsBefore`: its low bits are raw fingerprints.
    static let asBefore: UInt64 = 1 << 63
    static let lowMask: UInt64 = 0xFFFF_FFFF

    static func low(_ value: Int64) -> UInt64 { UInt64(bitPattern: value) & lowMask }
    static func low(_ value: UInt64) -> UInt64 { value & lowMask }
    static func rowNumber(_ entry: UInt64) -> UInt64 { (entry & ~asBefore) >> 32 }

    static func yearKey(_ firm: UInt64, _ year: Int) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(firm)
        hasher.add(year)
        return hasher.value
    }

    /// One row per firm, or in a file of annual facts one row per firm and year: the rows of one
    /// firm must agree on the firm (name, place, profile, numbers), and a year given twice must
    /// give the same facts.
    func apply(_ row: ParsedRow, number: Int, rawKey rowKey: Int64, rawFirmKey: Int64) throws -> RowResult {
        let key = FNV1a.value(of: row.code?.text ?? "name:" + (row.name ?? row.formerName ?? ""))
        let firmDigest = ImportSession.low(row.firmDigest), factsDigest = ImportSession.low(row.factsDigest)
        let yearKey = row.facts.map { ImportSession.yearKey(key, $0.year) }
        let value = row.code?.text ?? row.name ?? ""
        guard let first = seen[key] else {
            let result = try applyChecked(row, number: number, rowKey: rowKey, repeated: false)
            // Only a row that landed (or was already recorded) stands for its firm in the rest of the file.
            if case .rejected = result {} else {
                seen[key] = UInt64(number) << 32 | firmDigest
                if let yearKey { seenYears[yearKey] = UInt64(number) << 32 | factsDigest }
            }
            return result
        }
        let agrees = first & ImportSession.asBefore != 0 ? first & ImportSession.lowMask == ImportSession.low(rawFirmKey)
            : first & ImportSession.lowMask == firmDigest
        guard agrees else {
            let text: ImportCheckText = row.facts == nil || headers[.year] == nil ? .sameFirmOtherValues : .sameFirmOtherColumns
            return .rejected([ImportIssue(row: number, column: "", value: value) {
                text.text(["row": ImportSession.rowNumber(first)])
            }])
        }
        // The firm's columns were settled by its first row: only another year's facts are new.
        guard let facts = row.facts, let yearKey else { return .unchanged }
        if let given = seenYears[yearKey] {
            let same = given & ImportSession.asBefore != 0 ? given & ImportSession.lowMask == ImportSession.low(rowKey)
                : given & ImportSession.lowMask == factsDigest
            if same { return .unchanged }
            return .rejected([ImportIssue(row: number, column: column(.year), value: value) {
                ImportCheckText.sameFirmYear.text(["year": facts.year, "row": ImportSession.rowNumber(given)])
            }])
        }
        let result = try applyChecked(row, number: number, rowKey: rowKey, repeated: true)
        if case .rejected = result {} else { seenYears[yearKey] = UInt64(number) << 32 | factsDigest }
        return result
    }

    /// `repeated`: a later row of a firm whose first row in this file landed and agrees with this
    /// one on the firm: only its facts are checked and written.
    private func applyChecked(_ row: ParsedRow, number: Int, rowKey: Int64, repeated: Bool) throws -> RowResult {
        var plan = RowPlan(row: row, number: number, key: rowKey)
        guard try resolve(&plan, repeated: repeated) else { return .rejected(plan.issues) }
        if !repeated, region != nil, try !withinRegion(&plan) { return .rejected(plan.issues) }
        if let stored = plan.stored, stored.rowDigest == rowKey { return .unchanged }
        if repeated { checkFacts(&plan) } else { try check(&plan) }
        guard plan.issues.isEmpty else { return .rejected(plan.issues) }
        let changed = try repeated ? writeFacts(plan) : write(plan)
        // The firm keeps the fingerprint of its first row in the file: that row still says exactly
        // what is recorded (later rows only added other years), and on a re-import it comes first,
        // so it is skipped unparsed and the other years' rows need only their facts looked up.
        if let stored = plan.stored, !repeated {
            try statements.remember(rowDigest: rowKey, of: stored.id)
            if let old = stored.rowDigest, old != rowKey { spentDigests.insert(old) }
        }
        return changed ? .changed : .unchanged
    }

    /// The writes a row will make, decided before any is made.
    struct RowPlan {
        let row: ParsedRow
        let number: Int
        /// The row's raw fingerprint, remembered on the firm once applied.
        let key: Int64
        var stored: ImportStatements.Stored?
        var issues: [ImportIssue] = []
        var grants: [(detail: EventDetail, effective: Day, tier: Tier)] = []
        var revocation: (target: Int64, effective: Day)?
        /// Numbers this firm already holds from the same day: not recorded again.
        var recorded: Set<String> = []

        init(row: ParsedRow, number: Int, key: Int64) {
            self.row = row
            self.number = number
            self.key = key
        }

        mutating func reject(_ column: String, _ value: String, _ message: @autoclosure () -> String) {
            issues.append(ImportIssue(row: number, column: column, value: value, saying: message))
        }
    }

    /// Finds the firm by code, certificate number or exact name; a firm not yet registered is
    /// created later only by kinds that may create firms.
    private func resolve(_ plan: inout RowPlan, repeated: Bool) throws -> Bool {
        let row = plan.row
        if let code = row.code {
            plan.stored = startedEmpty && !repeated ? nil : try statements.enterprise(code)
            if plan.stored == nil, !kind.createsFirms {
                plan.reject(column(.creditCode), code.text, ImportCheckText.notInRegistry.text(["code": code.text]))
                return false
            }
            return true
        }
        if kind == .renameList || kind == .revocationList,
           let number = row.certificate?.number.text ?? row.revocation?.number,
           let holder = try holder(of: number) {
            plan.stored = try statements.enterprise(holder)
            // The number finds the firm; a name on the row must be one of that firm's names, or a
            // typo in the number would rename or cancel another firm.
            let given = kind == .renameList ? row.formerName : row.name
            if let given, let stored = plan.stored, !(try names(of: stored.id)).contains(NameKey.of(given)) {
                plan.reject(column(kind == .renameList ? .formerName : .name), given,
                            ImportCheckText.numberOtherName.text(["number": number, "code": holder.text,
                                                                  "name": stored.registeredName, "value": given]))
                return false
            }
            return true
        }
        guard let name = kind == .renameList ? row.formerName ?? row.name : row.name else {
            plan.reject("", "", ImportCheckText.namesNoFirm.text())
            return false
        }
        if names == nil {
            if let db { names = try NameIndex(db) } else { names = try ConnectedNameIndex(connection) }
        }
        let matches = try names!.firms(named: name)
        switch matches.count {
        case 1:
            plan.stored = try statements.enterprise(matches[0].code)
            return true
        case 0:
            plan.reject(column(kind == .renameList ? .formerName : .name), name, ImportCheckText.noFirmNamed.text(["value": name]))
        default:
            plan.reject(column(kind == .renameList ? .formerName : .name), name, ImportCheckText.nameMatchesMany.text(
                ["value": name, "count": matches.count,
                 "firms": matches.map { "\($0.code.text) \($0.name)" }.joined(separator: ImportText.semicolon.text())]))
        }
        return false
    }

    /// Every name a firm has had, as `NameKey`s.
    private func names(of id: Int64) throws -> Set<String> {
        Set(try connection.rows("""
            SELECT name FROM enterprise WHERE id = ?1
            UNION SELECT r.name FROM event r WHERE r.enterprise_id = ?1 AND r.kind = 'rename'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """, [.integer(id)]).map { NameKey.of($0.text(0) ?? "") })
    }

    private func holder(of number: String) throws -> CreditCode? {
        let kinds: [EventKind] = [.certify, .admit]
        for kind in kinds {
            if let grant = try statements.grants(number: number, kind: kind).first {
                return try connection.text("SELECT credit_code FROM enterprise WHERE id = ?", [.integer(grant.enterpriseID)])
                    .map(CreditCode.init(trusted:))
            }
        }
        return nil
    }
}

extension ImportKind {
    /// Kinds whose rows may register a firm not yet in the registry (they carry its code and name).
    var createsFirms: Bool {
        switch self {
        case .roster, .hnteList, .tsmeList, .selectionList: return true
        case .renameList, .revocationList, .facts: return false
        }
    }
}
