/// What the registry on a database server says about the next batch of rows, read in two
/// statements before the batch is applied: its firms by code, and the grants holding its numbers.
/// A lookup per row would be a round trip per row (and, to see the rows kept so far, a load of
/// them before each one): 100,000 rows into a registry of 200,000 firms took 153 s that way.
///
/// Only this import writes meanwhile (it holds the registry's write lock), and what it writes is
/// applied here too: a firm's new fingerprint or registration taken up again is changed in place,
/// a number it grants or a void it records drops the grants read ahead, and the next question
/// about them goes to the database as before.
struct ImportLookAhead {
    /// Firms looked up by code: the stored firm, or nil when none is registered under it.
    private var firms: [String: ImportStatements.Stored?] = [:]
    /// The code of each firm in `firms`, to change it when the import writes about the firm.
    private var codes: [Int64: String] = [:]
    /// Grants in force by kind and number; a looked-up number with none has an empty list.
    private var grants: [GrantKey: [(id: Int64, enterpriseID: Int64, effective: String)]] = [:]
    /// The code and name of each firm holding a grant read ahead, as a rejection names it.
    private var holders: [Int64: String] = [:]

    struct GrantKey: Hashable {
        let kind: String
        let number: String
    }

    /// The grant kinds looked ahead: the ones a row's numbers are checked against.
    static let grantKinds: [EventKind] = [.certify, .admit]
    /// A firm's columns as `ConnectedImportStore.stored(_:)` reads them, from `enterprise`.
    static let firmColumns = """
        id, name, division, zone, row_digest,
        CASE WHEN (SELECT c.kind FROM registration_change c WHERE c.enterprise_id = enterprise.id
                   ORDER BY c.id DESC LIMIT 1) = 'void' THEN 1 ELSE 0 END
        """
    /// Values per statement: well under PostgreSQL's 65,535 parameters.
    static let slice = 1_000

    /// Reads the batch's firms and numbers in bulk, replacing what was looked up for the batch before.
    mutating func read(codes wanted: [String], numbers: [String], on connection: any RegistryConnection) throws {
        firms.removeAll(keepingCapacity: true)
        codes.removeAll(keepingCapacity: true)
        grants.removeAll(keepingCapacity: true)
        holders.removeAll(keepingCapacity: true)
        for part in Self.slices(of: wanted) {
            for code in part { firms[code] = .some(nil) }
            try connection.forEachRow("""
                SELECT \(Self.firmColumns), credit_code
                FROM enterprise WHERE credit_code IN (\(Self.placeholders(part.count)))
                """, part.map(StoredValue.text)) { row in
                let code = row.text(6) ?? ""
                let stored = ConnectedImportStore.stored(row)
                firms[code] = stored
                codes[stored.id] = code
            }
        }
        for part in Self.slices(of: numbers) {
            for number in part {
                for kind in Self.grantKinds { grants[GrantKey(kind: kind.rawValue, number: number)] = [] }
            }
            try connection.forEachRow("""
                SELECT g.id, g.enterprise_id, g.effective_on, g.kind, g.number,
                       (SELECT \(ImportLookAhead.holderLabel) FROM enterprise WHERE id = g.enterprise_id)
                FROM event g
                WHERE g.number IN (\(Self.placeholders(part.count))) AND g.kind IN ('certify', 'admit')
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = g.id)
                ORDER BY g.id
                """, part.map(StoredValue.text)) { row in
                grants[GrantKey(kind: row.text(3) ?? "", number: row.text(4) ?? ""), default: []]
                    .append((row.int64(0) ?? 0, row.int64(1) ?? 0, row.text(2) ?? ""))
                if let holder = row.text(5) { holders[row.int64(1) ?? 0] = holder }
            }
        }
    }

    /// The firm under `code` as read ahead (`.some(nil)`: none), or nil when not read ahead.
    func firm(_ code: String) -> ImportStatements.Stored?? { firms[code] }

    /// The grants holding `number` as read ahead, or nil when not read ahead.
    func grants(number: String, kind: EventKind) -> [(id: Int64, enterpriseID: Int64, effective: String)]? {
        grants[GrantKey(kind: kind.rawValue, number: number)]
    }

    /// The code and name of firm `id` when it holds a grant read ahead.
    func holder(_ id: Int64) -> String? { holders[id] }

    /// A firm's code and name, as a rejection names the holder of a number.
    private static let holderLabel = "credit_code || ' ' || name"

    /// Firm `id`'s code and name, read on `connection`.
    static func readHolder(_ id: Int64, on connection: any RegistryConnection) throws -> String? {
        try connection.text("SELECT \(holderLabel) FROM enterprise WHERE id = ?", [.integer(id)])
    }

    /// The import changed firm `id` as the database will show it once loaded: the answer read
    /// ahead is changed alike (a later row of the same firm asks again).
    mutating func change(firm id: Int64, _ change: (inout ImportStatements.Stored) -> Void) {
        guard let code = codes[id], var stored = firms[code] ?? nil else { return }
        change(&stored)
        firms[code] = stored
    }

    /// The import recorded an event: a grant of its number may now be held, and a void may have
    /// ended any grant.
    mutating func forget(event detail: EventDetail, effective: Day) {
        if case .void = detail {
            grants.removeAll()
        } else if let number = detail.columns(effective: effective).number {
            for kind in Self.grantKinds { grants[GrantKey(kind: kind.rawValue, number: number)] = nil }
        }
    }

    private static func slices(of values: [String]) -> [ArraySlice<String>] {
        let unique = Array(Set(values))
        return stride(from: 0, to: unique.count, by: slice).map { unique[$0..<min($0 + slice, unique.count)] }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
