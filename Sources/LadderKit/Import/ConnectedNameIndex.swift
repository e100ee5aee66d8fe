/// `NameIndex` on a server: the same names (every firm not set aside and every rename not voided,
/// as `NameKey`s) read once into memory, the firms found read by id when a name matches.
final class ConnectedNameIndex: ImportNameLookup {
    private let connection: any RegistryConnection
    private var firmsByName: [String: [Int64]] = [:]

    init(_ connection: any RegistryConnection) throws {
        self.connection = connection
        try connection.forEachRow("""
            SELECT name, id FROM enterprise WHERE id NOT IN (\(Registry.setAsideSQL(knownAt: nil)))
            UNION
            SELECT r.name, r.enterprise_id FROM event r WHERE r.kind = 'rename'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id)
            """, []) { row in
            firmsByName[NameKey.of(row.text(0) ?? ""), default: []].append(row.int64(1) ?? 0)
        }
    }

    func firms(named name: String) throws -> [(id: Int64, code: CreditCode, name: String)] {
        let ids = Set(firmsByName[NameKey.of(name)] ?? []).sorted()
        guard !ids.isEmpty else { return [] }
        return try connection.rows("SELECT id, credit_code, name FROM enterprise WHERE id IN \(connection.dialect.ids()) ORDER BY id",
                                   [.text("[" + ids.map(String.init).joined(separator: ",") + "]")])
            .map { ($0.int64(0) ?? 0, CreditCode(trusted: $0.text(1) ?? ""), $0.text(2) ?? "") }
    }

    func add(_ name: String, enterpriseID: Int64) throws {
        firmsByName[NameKey.of(name), default: []].append(enterpriseID)
    }
}
