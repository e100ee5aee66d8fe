import Foundation
import GRDB

extension Registry {
    /// Checks what the schema and the library promise but cannot prove once a file has been
    /// edited around them: the file's integrity, foreign keys, the append-only triggers and the
    /// indexes, every void and revocation target (not enforced by insert triggers, for import
    /// speed: see SchemaV1), numbers held by one firm only, and stored facts and policies that
    /// still decode. Reads one snapshot; writers carry on meanwhile. Empty when all is well.
    /// On PostgreSQL the server itself keeps its storage whole and enforces the schema's foreign
    /// keys, triggers and indexes; the checks of what ladder promises beyond them are the same.
    public func verify() throws -> [VerifyProblem] {
        try reading(Registry.verify)
    }

    static func verify(_ db: Database) throws -> [VerifyProblem] {
        try verify(GRDBConnection(db))
    }

    static func verify(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        var problems: [VerifyProblem] = []
        var checks: [(VerifyText, (any RegistryConnection) throws -> [VerifyProblem])] = []
        if let db = (c as? GRDBConnection)?.database {
            checks = [(.checkIntegrity, { _ in try integrity(db) }), (.checkSchemaObjects, { _ in try schemaObjects(db) }),
                      (.checkForeignKeys, { _ in try foreignKeys(db) })]
        }
        checks += [
            (.checkReferences, references), (.checkNumbers, sharedNumbers), (.checkFacts, facts), (.checkPolicies, policies),
            (.checkRecordedOrder, recordedOrder), (.checkRegistrations, setAsideFirmsHoldNothing),
        ]
        for (name, check) in checks {
            do {
                problems += try check(c)
            } catch {
                // A damaged file can fail a check outright: that is a finding too.
                problems.append(VerifyProblem(.integrity, .checkFailed, ["check": .word(name), "detail": worded(error)]))
            }
        }
        return problems
    }

    static func integrity(_ db: Database) throws -> [VerifyProblem] {
        let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard lines != ["ok"] else { return [] }
        return lines.map {
            VerifyProblem(.integrity, .damaged, ["detail": .plain($0)])
        }
    }

    /// Triggers and indexes as the applied migrations define them, compared text for text.
    static func schemaObjects(_ db: Database) throws -> [VerifyProblem] {
        let migrator = Migrations.migrator
        guard let last = try migrator.completedMigrations(db).last else { return [] }
        let reference = try DatabaseQueue()
        try migrator.migrate(reference, upTo: last)
        let expected = try reference.read(schemaObjectsByName)
        let actual = try schemaObjectsByName(db)
        var problems: [VerifyProblem] = []
        for (name, object) in expected.sorted(by: { $0.key < $1.key }) {
            let kind: VerifyProblem.Kind = object.type == "trigger" ? .trigger : .index
            guard let found = actual[name] else {
                problems.append(VerifyProblem(kind, kind == .trigger ? .triggerMissing : .indexMissing,
                                              ["name": .plain(name), "table": .plain(object.table)]))
                continue
            }
            if found != object {
                problems.append(VerifyProblem(kind, .objectDiffers, ["name": .plain(name)]))
            }
        }
        return problems
    }

    private struct SchemaObject: Equatable {
        let type: String
        let table: String
        let sql: String
    }

    private static func schemaObjectsByName(_ db: Database) throws -> [String: SchemaObject] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master
            WHERE (type = 'trigger' OR type = 'index') AND sql IS NOT NULL AND name NOT LIKE 'grdb_%'
            """)
        var objects: [String: SchemaObject] = [:]
        for row in rows {
            let sql = (row["sql"] as String).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .joined(separator: " ")
            objects[row["name"]] = SchemaObject(type: row["type"], table: row["tbl_name"], sql: sql)
        }
        return objects
    }

    /// Foreign keys, except a void's or revocation's target, which `references` explains better.
    static func foreignKeys(_ db: Database) throws -> [VerifyProblem] {
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").compactMap { row in
            let table: String = row["table"], parent: String = row["parent"]
            guard !(table == "event" && parent == "event") else { return nil }
            let rowID: Int64? = row["rowid"]
            let column = try String.fetchOne(db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?",
                                             arguments: [table, row["fkid"] as Int]) ?? "?"
            return VerifyProblem(.foreignKey, .foreignKey, ["table": .plain(table), "row": .plain(rowID.map(String.init) ?? "?"),
                                                            "column": .plain(column), "parent": .plain(parent)])
        }
    }

    /// Every void's target exists, is the same firm's and is not a void; every revocation's
    /// target exists, is the same firm's and grants a qualification.
    static func references(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        try c.rows("""
            SELECT e.id, e.kind, e.target_id, t.id AS found,
                   CASE WHEN t.enterprise_id <> e.enterprise_id THEN 1 ELSE 0 END AS other_firm,
                   t.kind AS target_kind, t.tier AS target_tier
            FROM event e LEFT JOIN event t ON t.id = e.target_id
            WHERE (e.kind = 'void' OR e.kind = 'revoke')
              AND (t.id IS NULL OR t.enterprise_id <> e.enterprise_id
                   OR (e.kind = 'void' AND t.kind = 'void') OR (e.kind = 'revoke' AND t.tier IS NULL))
            ORDER BY e.id
            """).map { row in
            let isVoid = row.text(1) == "void"
            var values: [String: VerifyProblem.Value] = ["id": .plain(row.text(0) ?? "?"), "target": .plain(row.text(2) ?? "?")]
            let finding: VerifyText
            if row.isNull(3) {
                finding = isVoid ? .voidMissing : .revocationMissing
            } else if row.int64(4) == 1 {
                finding = isVoid ? .voidOtherFirm : .revocationOtherFirm
            } else if isVoid {
                finding = .voidOfVoid
            } else {
                finding = .revocationGrantsNothing
                values["kind"] = .eventKind(row.text(5) ?? "")
            }
            return VerifyProblem(isVoid ? .voidTarget : .revocationTarget, finding, values)
        }
    }

    /// A firm set aside now has no event in force: ladder sets one aside only when every event
    /// it has is voided, and records nothing for it until it is registered again.
    static func setAsideFirmsHoldNothing(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        guard try tableExists(c, "registration_change") else { return [] }
        return try c.rows("""
            SELECT f.credit_code, min(e.id) AS event_id, count(*) AS events FROM event e
            JOIN enterprise f ON f.id = e.enterprise_id
            WHERE e.enterprise_id IN (\(setAsideSQL(knownAt: nil))) AND e.kind <> 'void'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            GROUP BY f.credit_code ORDER BY f.credit_code
            """).map { row in
            VerifyProblem(.setAside, .setAside, ["code": .plain(row.text(0) ?? "?"), "count": .plain(row.text(2) ?? "?"),
                                                 "first": .plain(row.text(1) ?? "?")])
        }
    }

    /// A certificate or 入库 number in force (not voided) for more than one firm.
    static func sharedNumbers(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        try c.rows("""
            SELECT e.kind, e.number, \(c.dialect.distinctList("f.credit_code")) AS codes FROM event e
            JOIN enterprise f ON f.id = e.enterprise_id
            WHERE (e.kind = 'admit' OR e.kind = 'certify') AND e.number IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            GROUP BY e.kind, e.number HAVING count(DISTINCT e.enterprise_id) > 1
            ORDER BY e.number
            """).map { row in
            let codes = (row.text(2) ?? "").split(separator: ",").sorted()
            return VerifyProblem(.sharedNumber, row.text(0) == "certify" ? .sharedCertificate : .sharedRegistration,
                                 ["number": .plain(row.text(1) ?? ""), "count": .plain("\(codes.count)"),
                                  "codes": .both(zh: codes.joined(separator: "、"), en: codes.joined(separator: ", "))])
        }
    }

    static func facts(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        guard try tableExists(c, "fact") else { return [] }
        var problems: [VerifyProblem] = []
        try c.forEachRow("""
            SELECT x.id, x.year, x.facts, f.credit_code FROM fact x LEFT JOIN enterprise f ON f.id = x.enterprise_id
            ORDER BY x.id
            """, []) { row in
            do { _ = try FactsJSON.decode(row.text(2) ?? "") } catch {
                problems.append(VerifyProblem(.facts, .factsUnreadable, [
                    "id": .plain(row.text(0) ?? "?"), "code": .plain(row.text(3) ?? "?"),
                    "year": .plain(row.text(1) ?? "?"), "detail": worded(error),
                ]))
            }
        }
        return problems
    }

    static func policies(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        guard try tableExists(c, "policy") else { return [] }
        return try c.rows("SELECT id, policy_id, version, document FROM policy ORDER BY id").compactMap { row in
            do { _ = try PolicyDocument.decode(json: row.text(3) ?? "") } catch {
                return VerifyProblem(.policy, .policyUnreadable, [
                    "policy": .plain(row.text(1) ?? ""), "version": .plain(row.text(2) ?? "?"),
                    "id": .plain(row.text(0) ?? "?"), "detail": worded(error),
                ])
            }
            return nil
        }
    }

    /// Whether `table` exists: an older SQLite schema may lack it; a PostgreSQL registry has every one.
    static func tableExists(_ c: any RegistryConnection, _ table: String) throws -> Bool {
        guard let db = (c as? GRDBConnection)?.database else { return true }
        return try db.tableExists(table)
    }

    /// An error's description worded in each language now, while the error is at hand.
    static func worded(_ error: Error) -> VerifyProblem.Value {
        .both(zh: Language.$scoped.withValue(.zh) { brief(error, in: .zh) },
              en: Language.$scoped.withValue(.en) { brief(error, in: .en) })
    }

    /// A decoding error in one line: the field and what was wrong with it. English keeps the
    /// decoder's own words; Chinese says the same from the error's parts.
    static func brief(_ error: Error, in language: Language) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        let context: DecodingError.Context
        switch error {
        case let .typeMismatch(_, c), let .valueNotFound(_, c), let .keyNotFound(_, c), let .dataCorrupted(c): context = c
        @unknown default: return String(describing: error)
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        guard language == .zh else { return (path.isEmpty ? "" : "\(path): ") + context.debugDescription }
        let prefix = path.isEmpty ? "" : "`\(path)`："
        switch error {
        case let .typeMismatch(type, _): return VerifyText.decodeType.text(in: .zh, ["path": prefix, "type": typeName(type)])
        case let .valueNotFound(type, _):
            return VerifyText.decodeMissingValue.text(in: .zh, ["path": prefix, "type": typeName(type)])
        case let .keyNotFound(key, _): return VerifyText.decodeMissingKey.text(in: .zh, ["path": prefix, "key": "`\(key.stringValue)`"])
        default: return VerifyText.decodeCorrupted.text(in: .zh, ["path": prefix])
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        let numbers: [Any.Type] = [Int.self, Int64.self, Int32.self, Double.self, Decimal.self]
        if numbers.contains(where: { $0 == type }) { return VerifyText.typeNumber.text(in: .zh) }
        if type == String.self { return VerifyText.typeText.text(in: .zh) }
        return VerifyText.typeOther.text(in: .zh)
    }
}
