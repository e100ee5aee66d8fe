extension Registry {
    /// Every import batch, oldest first; with `region`, those imported by an account of the region
    /// or of a region within it.
    public func importBatches(region: Region? = nil) throws -> [ImportBatch] {
        let batches = try everyBatch()
        guard let region else { return batches }
        let made = try reading { c in
            let accounts = try Registry.accounts(c, within: region)
            return Set(try c.rows("SELECT id, operator_id, operator, client FROM import_batch").compactMap { row in
                accounts.made(operatorID: row.int64(1), name: row.string(2), client: row.text(3)) ? row.id(0) : nil
            })
        }
        return batches.filter { made.contains($0.id) }
    }

    private func everyBatch() throws -> [ImportBatch] {
        try reading { c in
            try c.rows("""
                SELECT i.id, i.file_name, i.sha256, i.size_bytes, i.encoding, i.kind, i.operator, i.started_at,
                       i.finished_at, i.rows, i.new_enterprises, i.updated_enterprises, i.new_events, i.new_facts,
                       i.unchanged, i.rejected, v.recorded_at AS voided_at, i.title
                FROM import_batch i LEFT JOIN batch_void v ON v.batch_id = i.id
                ORDER BY i.id
                """).map { row in
                ImportBatch(
                    id: row.id(0), fileName: row.string(1), sha256: row.string(2), sizeBytes: row.id(3),
                    encoding: row.string(4), kind: row.string(5), operatorName: row.string(6),
                    startedAt: row.moment(7) ?? Moment(microseconds: 0), finishedAt: row.moment(8),
                    rows: row.int(9) ?? 0, newEnterprises: row.int(10) ?? 0, updatedEnterprises: row.int(11) ?? 0,
                    newEvents: row.int(12) ?? 0, newFacts: row.int(13) ?? 0, unchanged: row.int(14) ?? 0,
                    rejected: row.int(15) ?? 0, voidedAt: row.moment(16), title: row.text(17))
            }
        }
    }

    /// Undoes a batch in one transaction: a void for each of its events still in force, its facts
    /// versions and profile corrections ignored from now on, and the firms it registered set aside
    /// unless something outside the batch refers to them (those are kept, with what refers to
    /// them). What a later batch only repeated was not recorded again, so it goes too: import that
    /// file again to restore it.
    public func voidBatch(_ id: Int64, reason: String, context: WriteContext) throws -> BatchVoidReport {
        try writing { c in
            guard try c.value("SELECT id FROM import_batch WHERE id = ?", [.integer(id)]) != nil else {
                throw RegistryError.unknownBatch(id: id)
            }
            if let at = try c.text("SELECT recorded_at FROM batch_void WHERE batch_id = ?", [.integer(id)]) {
                throw RegistryError.batchAlreadyVoided(id: id, at: at)
            }
            let targets = try c.rows("""
                SELECT e.id, e.enterprise_id FROM event e
                WHERE e.batch_id = ? AND e.kind <> 'void'
                  AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
                ORDER BY e.id
                """, [.integer(id)])
            for target in targets {
                _ = try Event.insert(c, enterpriseID: target.id(1),
                                     detail: .void(target: target.id(0), reason: reason),
                                     effective: ChinaTime.day(of: context.at), provenance: context.provenance)
            }
            try c.execute("""
                INSERT INTO batch_void (batch_id, reason, recorded_at, operator, client, operator_id) VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(id), .text(reason), .text(context.at.iso), .text(context.operatorName),
                      .init(context.clientAddress), .init(context.operatorID)])
            var report = BatchVoidReport(batch: id, voidedEvents: targets.count)
            let registered = try c.rows("""
                SELECT id, credit_code, name FROM enterprise e WHERE batch_id = ?
                  AND e.id NOT IN (\(Registry.setAsideSQL(knownAt: nil)))
                ORDER BY id
                """, [.integer(id)])
            for firm in registered {
                let references = try Registry.registrationReferences(c, enterpriseID: firm.id(0), exceptBatch: id)
                if references.isEmpty {
                    try Registry.recordRegistrationChange(c, enterpriseID: firm.id(0), kind: "void", reason: reason,
                                                          batchID: id, context: context)
                    report.setAside.append(firm.string(1))
                } else {
                    report.kept.append(.init(creditCode: firm.string(1), name: firm.string(2), references: references))
                }
            }
            // An identical row imported again must be applied again, not skipped as unchanged.
            try c.execute("""
                UPDATE enterprise SET row_digest = NULL
                WHERE row_digest IS NOT NULL AND (batch_id = ?1 OR id IN (SELECT enterprise_id FROM fact WHERE batch_id = ?1)
                                                  OR id IN (SELECT enterprise_id FROM profile_version WHERE batch_id = ?1))
                """, [.integer(id)])
            return report
        }
    }
}
