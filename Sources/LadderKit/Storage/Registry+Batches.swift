import GRDB

extension Registry {
    /// Every import batch, oldest first; with `region`, those imported by an account of the region
    /// or of a region within it.
    public func importBatches(region: Region? = nil) throws -> [ImportBatch] {
        let batches = try everyBatch()
        guard let region else { return batches }
        let made = try read { db in
            let accounts = try Registry.accounts(db, within: region)
            return Set(try Row.fetchAll(db, sql: "SELECT id, operator_id, operator, client FROM import_batch").compactMap { row in
                accounts.made(operatorID: row[1], name: row[2], client: row[3]) ? row[0] as Int64 : nil
            })
        }
        return batches.filter { made.contains($0.id) }
    }

    private func everyBatch() throws -> [ImportBatch] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.*, v.recorded_at AS voided_at FROM import_batch i LEFT JOIN batch_void v ON v.batch_id = i.id
                ORDER BY i.id
                """).map { row in
                let moment: (String?) -> Moment? = { $0.flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) } }
                return ImportBatch(
                    id: row["id"], fileName: row["file_name"], sha256: row["sha256"], sizeBytes: row["size_bytes"],
                    encoding: row["encoding"], kind: row["kind"], operatorName: row["operator"],
                    startedAt: moment(row["started_at"]) ?? Moment(microseconds: 0), finishedAt: moment(row["finished_at"]),
                    rows: row["rows"], newEnterprises: row["new_enterprises"], updatedEnterprises: row["updated_enterprises"],
                    newEvents: row["new_events"], newFacts: row["new_facts"], unchanged: row["unchanged"],
                    rejected: row["rejected"], voidedAt: moment(row["voided_at"]), title: row["title"])
            }
        }
    }

    /// Undoes a batch in one transaction: a void for each of its events still in force, its facts
    /// versions and profile corrections ignored from now on, and the firms it registered set aside
    /// unless something outside the batch refers to them (those are kept, with what refers to
    /// them). What a later batch only repeated was not recorded again, so it goes too: import that
    /// file again to restore it.
    public func voidBatch(_ id: Int64, reason: String, context: WriteContext) throws -> BatchVoidReport {
        try transaction { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM import_batch WHERE id = ?)", arguments: [id])! else {
                throw RegistryError.unknownBatch(id: id)
            }
            if let at = try String.fetchOne(db, sql: "SELECT recorded_at FROM batch_void WHERE batch_id = ?", arguments: [id]) {
                throw RegistryError.batchAlreadyVoided(id: id, at: at)
            }
            let targets = try Row.fetchAll(db, sql: """
                SELECT e.id, e.enterprise_id FROM event e
                WHERE e.batch_id = ? AND e.kind <> 'void'
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
                ORDER BY e.id
                """, arguments: [id])
            for target in targets {
                _ = try Event.insert(db, enterpriseID: target["enterprise_id"],
                                     detail: .void(target: target["id"], reason: reason),
                                     effective: ChinaTime.day(of: context.at), provenance: context.provenance)
            }
            try db.execute(sql: """
                INSERT INTO batch_void (batch_id, reason, recorded_at, operator, client, operator_id) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, reason, context.at.iso, context.operatorName, context.clientAddress, context.operatorID])
            var report = BatchVoidReport(batch: id, voidedEvents: targets.count)
            let registered = try Row.fetchAll(db, sql: """
                SELECT id, credit_code, name FROM enterprise e WHERE batch_id = ?
                  AND e.id NOT IN (\(Registry.setAsideSQL(knownAt: nil)))
                ORDER BY id
                """, arguments: [id])
            for firm in registered {
                let references = try Registry.registrationReferences(db, enterpriseID: firm["id"], exceptBatch: id)
                if references.isEmpty {
                    try Registry.recordRegistrationChange(db, enterpriseID: firm["id"], kind: "void", reason: reason,
                                                          batchID: id, context: context)
                    report.setAside.append(firm["credit_code"])
                } else {
                    report.kept.append(.init(creditCode: firm["credit_code"], name: firm["name"], references: references))
                }
            }
            // An identical row imported again must be applied again, not skipped as unchanged.
            try db.execute(sql: """
                UPDATE enterprise SET row_digest = NULL
                WHERE row_digest IS NOT NULL AND (batch_id = ?1 OR id IN (SELECT enterprise_id FROM fact WHERE batch_id = ?1)
                                                  OR id IN (SELECT enterprise_id FROM profile_version WHERE batch_id = ?1))
                """, arguments: [id])
            return report
        }
    }
}
