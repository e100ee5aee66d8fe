import Foundation
import GRDB

extension Registry {
    /// Checks what the schema and the library promise but cannot prove once a file has been
    /// edited around them: the file's integrity, foreign keys, the append-only triggers and the
    /// indexes, every void and revocation target (not enforced by insert triggers, for import
    /// speed: see SchemaV1), numbers held by one firm only, and stored facts and policies that
    /// still decode. Reads one snapshot; writers carry on meanwhile. Empty when all is well.
    public func verify() throws -> [VerifyProblem] {
        try read(Registry.verify)
    }

    static func verify(_ db: Database) throws -> [VerifyProblem] {
        var problems: [VerifyProblem] = []
        let checks: [(VerifyText, (Database) throws -> [VerifyProblem])] = [
            (.checkIntegrity, integrity), (.checkSchemaObjects, schemaObjects), (.checkForeignKeys, foreignKeys),
            (.checkReferences, references), (.checkNumbers, sharedNumbers), (.checkFacts, facts), (.checkPolicies, policies),
            (.checkRecordedOrder, recordedOrder), (.checkRegistrations, setAsideFirmsHoldNothing),
        ]
        for (name, check) in checks {
            do {
                problems += try check(db)
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
    static func references(_ db: Database) throws -> [VerifyProblem] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.kind, e.target_id, t.id AS found, t.enterprise_id <> e.enterprise_id AS other_firm,
                   t.kind AS target_kind, t.tier AS target_tier
            FROM event e LEFT JOIN event t ON t.id = e.target_id
            WHERE (e.kind = 'void' OR e.kind = 'revoke')
              AND (t.id IS NULL OR t.enterprise_id <> e.enterprise_id
                   OR (e.kind = 'void' AND t.kind = 'void') OR (e.kind = 'revoke' AND t.tier IS NULL))
            ORDER BY e.id
            """).map { row in
            let isVoid = (row["kind"] as String) == "void"
            var values: [String: VerifyProblem.Value] = ["id": .plain("\(row["id"] as Int64)"),
                                                         "target": .plain("\(row["target_id"] as Int64)")]
            let finding: VerifyText
            if (row["found"] as Int64?) == nil {
                finding = isVoid ? .voidMissing : .revocationMissing
            } else if row["other_firm"] as Bool {
                finding = isVoid ? .voidOtherFirm : .revocationOtherFirm
            } else if isVoid {
                finding = .voidOfVoid
            } else {
                finding = .revocationGrantsNothing
                values["kind"] = .eventKind(row["target_kind"])
            }
            return VerifyProblem(isVoid ? .voidTarget : .revocationTarget, finding, values)
        }
    }

    /// A firm set aside now has no event in force: ladder sets one aside only when every event
    /// it has is voided, and records nothing for it until it is registered again.
    static func setAsideFirmsHoldNothing(_ db: Database) throws -> [VerifyProblem] {
        guard try db.tableExists("registration_change") else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT f.credit_code, min(e.id) AS event_id, count(*) AS events FROM event e
            JOIN enterprise f ON f.id = e.enterprise_id
            WHERE e.enterprise_id IN (\(setAsideSQL(knownAt: nil))) AND e.kind <> 'void'
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            GROUP BY f.credit_code ORDER BY f.credit_code
            """).map { row in
            VerifyProblem(.setAside, .setAside, ["code": .plain(row["credit_code"]), "count": .plain("\(row["events"] as Int)"),
                                                 "first": .plain("\(row["event_id"] as Int64)")])
        }
    }

    /// A certificate or 入库 number in force (not voided) for more than one firm.
    static func sharedNumbers(_ db: Database) throws -> [VerifyProblem] {
        try Row.fetchAll(db, sql: """
            SELECT e.kind, e.number, group_concat(DISTINCT f.credit_code) AS codes FROM event e
            JOIN enterprise f ON f.id = e.enterprise_id
            WHERE (e.kind = 'admit' OR e.kind = 'certify') AND e.number IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
            GROUP BY e.kind, e.number HAVING count(DISTINCT e.enterprise_id) > 1
            ORDER BY e.number
            """).map { row in
            let codes = (row["codes"] as String).split(separator: ",").sorted()
            return VerifyProblem(.sharedNumber, (row["kind"] as String) == "certify" ? .sharedCertificate : .sharedRegistration,
                                 ["number": .plain(row["number"]), "count": .plain("\(codes.count)"),
                                  "codes": .both(zh: codes.joined(separator: "、"), en: codes.joined(separator: ", "))])
        }
    }

    static func facts(_ db: Database) throws -> [VerifyProblem] {
        guard try db.tableExists("fact") else { return [] }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT x.id, x.year, x.facts, f.credit_code FROM fact x LEFT JOIN enterprise f ON f.id = x.enterprise_id
            ORDER BY x.id
            """)
        var problems: [VerifyProblem] = []
        while let row = try rows.next() {
            do { _ = try FactsJSON.decode(row["facts"]) } catch {
                problems.append(VerifyProblem(.facts, .factsUnreadable, [
                    "id": .plain("\(row["id"] as Int64)"), "code": .plain((row["credit_code"] as String?) ?? "?"),
                    "year": .plain("\(row["year"] as Int)"), "detail": worded(error),
                ]))
            }
        }
        return problems
    }

    static func policies(_ db: Database) throws -> [VerifyProblem] {
        guard try db.tableExists("policy") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT id, policy_id, version, document FROM policy ORDER BY id").compactMap { row in
            do { _ = try PolicyDocument.decode(json: row["document"]) } catch {
                return VerifyProblem(.policy, .policyUnreadable, [
                    "policy": .plain(row["policy_id"]), "version": .plain("\(row["version"] as Int)"),
                    "id": .plain("\(row["id"] as Int64)"), "detail": worded(error),
                ])
            }
            return nil
        }
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
