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
        let checks: [(String, (Database) throws -> [VerifyProblem])] = [
            ("integrity", integrity), ("schema objects", schemaObjects), ("foreign keys", foreignKeys),
            ("event references", references), ("numbers", sharedNumbers), ("facts", facts), ("policies", policies),
            ("recorded order", recordedOrder), ("registrations", setAsideFirmsHoldNothing),
        ]
        for (name, check) in checks {
            do {
                problems += try check(db)
            } catch {
                // A damaged file can fail a check outright: that is a finding too.
                problems.append(VerifyProblem(.integrity, "the \(name) check could not read the registry: \(error)"))
            }
        }
        return problems
    }

    static func integrity(_ db: Database) throws -> [VerifyProblem] {
        let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard lines != ["ok"] else { return [] }
        return lines.map {
            VerifyProblem(.integrity, "\($0) (the file is damaged; restore the last good backup with `ladder restore`)")
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
            let what = object.type == "trigger"
                ? "so rows of \(object.table) can be changed or deleted in place" : "so lookups on \(object.table) slow down"
            guard let found = actual[name] else {
                problems.append(VerifyProblem(kind, "\(name) is missing, \(what); recreate it from schema.sql "
                    + "or restore the last good backup"))
                continue
            }
            if found != object {
                problems.append(VerifyProblem(kind, "\(name) differs from the schema's definition; recreate it from "
                    + "schema.sql or restore the last good backup"))
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
            return VerifyProblem(.foreignKey, "\(table) row \(rowID.map(String.init) ?? "?"): \(column) names no \(parent) "
                + "row; it was written around ladder with foreign keys off")
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
            let subject = "\(isVoid ? "void" : "revocation") #\(row["id"] as Int64) targets event #\(row["target_id"] as Int64)"
            let why: String
            if (row["found"] as Int64?) == nil {
                why = "which does not exist"
            } else if row["other_firm"] as Bool {
                why = "which belongs to another firm"
            } else if isVoid {
                why = "which is itself a void"
            } else {
                why = "which grants no qualification (it is a \(row["target_kind"] as String))"
            }
            return VerifyProblem(isVoid ? .voidTarget : .revocationTarget,
                                 "\(subject), \(why); it was written around ladder: find its source with `ladder log`")
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
            VerifyProblem(.setAside, "\(row["credit_code"] as String) is set aside as never registered, yet "
                + "\(row["events"] as Int) event(s) of it are in force (first #\(row["event_id"] as Int64)); they were written "
                + "around ladder: find their source with `ladder log`")
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
            let label = (row["kind"] as String) == "certify" ? "certificate" : "入库 number"
            let codes = (row["codes"] as String).split(separator: ",").sorted()
            return VerifyProblem(.sharedNumber, "\(label) \(row["number"] as String) is held by \(codes.count) firms "
                + "(\(codes.joined(separator: ", "))); void the wrong event with `ladder void`")
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
                problems.append(VerifyProblem(.facts, "facts version #\(row["id"] as Int64) of \((row["credit_code"] as String?) ?? "?") "
                    + "for \(row["year"] as Int) does not read: \(brief(error)); record a corrected version with `ladder facts set`"))
            }
        }
        return problems
    }

    static func policies(_ db: Database) throws -> [VerifyProblem] {
        guard try db.tableExists("policy") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT id, policy_id, version, document FROM policy ORDER BY id").compactMap { row in
            do { _ = try PolicyDocument.decode(json: row["document"]) } catch {
                return VerifyProblem(.policy, "policy \(row["policy_id"] as String) v\(row["version"] as Int) (#\(row["id"] as Int64)) "
                    + "does not read: \(brief(error)); import a corrected version with `ladder policy import`")
            }
            return nil
        }
    }

    /// A decoding error in one line: the field and what was wrong with it.
    static func brief(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        let context: DecodingError.Context
        switch error {
        case let .typeMismatch(_, c), let .valueNotFound(_, c), let .keyNotFound(_, c), let .dataCorrupted(c): context = c
        @unknown default: return String(describing: error)
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
    }
}
